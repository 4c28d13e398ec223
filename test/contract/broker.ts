import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the broker received: what the verifier asked and sent. */
export interface BrokerRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface BrokerPactSpec {
  consumer: string;
  interactions: unknown[];
  pending?: boolean;
}

export interface FakeBroker {
  url: string;
  requests: BrokerRequest[];
  /** The verification results published, by consumer. */
  published: Record<string, Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * A Pact Broker in miniature, shaped as its HAL API documents it: the index with the
 * `pb:provider-pacts-for-verification` link, pacts for verification (GET and POST), each pact with
 * its `pb:publish-verification-results` and `pb:provider` links, the provider's
 * `pb:branch-version`, and the verification results POST. Port 0; it records every request.
 */
export async function startFakeBroker(options: { provider: string; pacts: BrokerPactSpec[]; authorization?: string }): Promise<FakeBroker> {
  const requests: BrokerRequest[] = [];
  const published: Record<string, Record<string, unknown>> = {};
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (chunk) => (text += String(chunk)));
      req.on('end', () => resolve(text));
    });
  const server = createServer(async (req, res) => {
    const text = await read(req);
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/hal+json' });
      res.end(JSON.stringify(body));
    };
    if (options.authorization !== undefined && req.headers.authorization !== options.authorization) return send(401, { error: 'Unauthorized' });
    const base = url;
    const provider = encodeURIComponent(options.provider);
    const pactPath = (consumer: string) => `/pacts/provider/${provider}/consumer/${encodeURIComponent(consumer)}/pact-version/${Buffer.from(consumer).toString('hex')}/metadata/c3ViPW1haW4`;
    const forVerification = `/pacts/provider/${provider}/for-verification`;
    if (req.method === 'GET' && path === '/') {
      return send(200, {
        _links: {
          self: { href: base },
          'pb:provider-pacts-for-verification': { href: `${base}/pacts/provider/{provider}/for-verification`, title: 'Pact versions to be verified for the specified provider', templated: true },
        },
      });
    }
    if (path === forVerification && (req.method === 'GET' || req.method === 'POST')) {
      return send(200, {
        _embedded: {
          pacts: options.pacts.map((pact) => ({
            shortDescription: 'latest from main',
            verificationProperties: { pending: pact.pending ?? false, notices: [{ when: 'before_verification', text: `The pact of ${pact.consumer} is verified because it is the latest on main.` }] },
            _links: { self: { href: `${base}${pactPath(pact.consumer)}`, name: `Pact between ${pact.consumer} (1.0.0) and ${options.provider}` } },
          })),
        },
        _links: { self: { href: `${base}${forVerification}` } },
      });
    }
    const pact = options.pacts.find((candidate) => path.startsWith(pactPath(candidate.consumer)));
    if (pact && req.method === 'GET' && path === pactPath(pact.consumer)) {
      return send(200, {
        consumer: { name: pact.consumer },
        provider: { name: options.provider },
        interactions: pact.interactions,
        metadata: { pactSpecification: { version: '3.0.0' } },
        _links: {
          self: { href: `${base}${path}` },
          'pb:provider': { href: `${base}/pacticipants/${provider}` },
          'pb:publish-verification-results': { title: 'Publish verification results', href: `${base}${path}/verification-results` },
        },
      });
    }
    if (pact && req.method === 'POST' && path === `${pactPath(pact.consumer)}/verification-results`) {
      published[pact.consumer] = JSON.parse(text) as Record<string, unknown>;
      return send(201, { success: published[pact.consumer]!.success });
    }
    if (req.method === 'GET' && path === `/pacticipants/${provider}`) {
      return send(200, {
        name: options.provider,
        _links: { self: { href: `${base}${path}` }, 'pb:branch-version': { href: `${base}/pacticipants/${provider}/branches/{branch}/versions/{version}`, templated: true } },
      });
    }
    if (req.method === 'PUT' && path.startsWith(`/pacticipants/${provider}/branches/`)) return send(200, { _links: { self: { href: `${base}${path}` } } });
    return send(404, { error: `no ${req.method} ${path} here` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    published,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A V3 interaction reading MX Bank that expects `status` (200 holds, anything else fails). */
export const mxBankInteraction = (status: number, description = 'a request for MX Bank') => ({
  description,
  request: { method: 'GET', path: '/institutions/mxbank', headers: { 'MX-API-Key': 'k', 'MX-Client-ID': 'c', Accept: 'application/vnd.mx.atrium.v1+json' } },
  response: { status },
});
