import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookReceiver, type WebhookReceiver } from '../../src/index.js';
import { deliverWebhook, isDelivered } from '../../src/webhooks/deliver.js';
import { sampleWebhook } from '../../src/webhooks/samples.js';

const SIMULATED_NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const now = () => SIMULATED_NOW;

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

async function receiver(): Promise<WebhookReceiver> {
  const created = await createWebhookReceiver();
  open.push(created);
  return created;
}

/** A raw server that misbehaves as the handler says; its URL. */
async function rawServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  open.push({
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

describe('delivering one webhook attempt over HTTP', () => {
  it('POSTs the payload as JSON with MX headers and the configured ones, and records a 204 as delivered', async () => {
    const hooks = await receiver();
    const payload = sampleWebhook('AGGREGATION');
    const attempt = await deliverWebhook({ url: hooks.url, payload, headers: { Authorization: 'Basic dXNlcjpwYXNz', 'x-tenant': 'client-a' } }, { now });
    expect(attempt).toMatchObject({ at_ms: SIMULATED_NOW, status: 204, error: null });
    expect(attempt.duration_ms).toBeGreaterThanOrEqual(0);
    expect(isDelivered(attempt)).toBe(true);
    const [delivery] = hooks.deliveries;
    expect(delivery).toMatchObject({ method: 'POST', payload, body: JSON.stringify(payload) });
    expect(delivery!.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      accept: 'application/json',
      'user-agent': 'atrium-mock-webhooks',
      authorization: 'Basic dXNlcjpwYXNz',
      'x-tenant': 'client-a',
      'content-length': String(Buffer.byteLength(JSON.stringify(payload))),
    });
  });

  it('lets a configured header replace a default one whatever its case, and never the framing of the body', async () => {
    const hooks = await receiver();
    await deliverWebhook({ url: hooks.url, payload: { type: 'BALANCE' }, headers: { 'user-agent': 'MX', 'Content-Length': '1', 'Transfer-Encoding': 'chunked' } });
    expect(hooks.deliveries[0]!.payload).toEqual({ type: 'BALANCE' });
    expect(hooks.deliveries[0]!.headers['user-agent']).toBe('MX');
    expect(hooks.deliveries[0]!.headers['content-length']).toBe(String(JSON.stringify({ type: 'BALANCE' }).length));
  });

  it('records a non-2xx answer with its status and no error; it is not delivered', async () => {
    const hooks = await receiver();
    hooks.failNext(1, 503);
    const attempt = await deliverWebhook({ url: hooks.url, payload: sampleWebhook('BALANCE') }, { now });
    expect(attempt).toMatchObject({ status: 503, error: null });
    expect(isDelivered(attempt)).toBe(false);
  });

  it('counts a redirect as not delivered and does not follow it', async () => {
    const url = await rawServer((_req, res) => res.writeHead(302, { Location: 'http://127.0.0.1:1/elsewhere' }).end());
    const attempt = await deliverWebhook({ url, payload: {} });
    expect(attempt).toMatchObject({ status: 302, error: null });
    expect(isDelivered(attempt)).toBe(false);
  });

  it('records a refused connection as an error without a status', async () => {
    const hooks = await createWebhookReceiver();
    await hooks.close();
    const attempt = await deliverWebhook({ url: hooks.url, payload: {} }, { now });
    expect(attempt).toMatchObject({ at_ms: SIMULATED_NOW, status: null });
    expect(attempt.error).toContain('ECONNREFUSED');
  });

  it('gives up on a receiver that never answers once the timeout passes', async () => {
    const url = await rawServer(() => {
      // reads the request and never answers
    });
    const attempt = await deliverWebhook({ url, payload: {}, timeoutMs: 50 });
    expect(attempt).toMatchObject({ status: null, error: 'no answer within 50 ms (timeout)' });
  });

  it('stops reading a receiver that answers 200 and then talks forever', async () => {
    const url = await rawServer((_req, res) => {
      res.writeHead(200);
      const chunk = Buffer.alloc(16 * 1024, 'x');
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    // a timeout longer than the test's own: only the bound on the body can end this attempt
    const attempt = await deliverWebhook({ url, payload: {}, timeoutMs: 60_000 }, { maxResponseBytes: 1024 });
    expect(attempt).toMatchObject({ status: 200, error: null });
  });

  it.each([
    ['not a URL', { url: 'receiver', payload: {} }, '"receiver" is not a URL'],
    ['another protocol', { url: 'ftp://127.0.0.1/hook', payload: {} }, 'ftp: URLs are not supported: webhooks go to http or https URLs'],
    ['a payload that is not JSON', { url: 'http://127.0.0.1:1/', payload: { big: 1n } }, 'the payload is not JSON: Do not know how to serialize a BigInt'],
    ['a header value with a line break', { url: 'http://127.0.0.1:1/', payload: {}, headers: { 'X-Bad': 'a\r\nb' } }, 'ERR_INVALID_CHAR'],
    ['a header name with a space', { url: 'http://127.0.0.1:1/', payload: {}, headers: { 'Bad Name': 'x' } }, 'ERR_INVALID_HTTP_TOKEN'],
  ])('answers an attempt with an error, never a throw, for %s', async (_name, delivery, error) => {
    const attempt = await deliverWebhook(delivery, { now });
    expect(attempt).toMatchObject({ at_ms: SIMULATED_NOW, status: null });
    expect(attempt.error).toContain(error);
  });
});
