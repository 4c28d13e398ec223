import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from 'pino';
import type { ControlPlane } from '../control/control-plane.js';
import { EMPTY_QUERY } from '../control/journal.js';
import type { ClientKeys } from './client-keys.js';
import type { AtriumDispatcher, Exchange } from './atrium-dispatcher.js';
import { errorReply, mockErrorReply } from './errors.js';
import type { Reply } from './reply.js';
import { bodyReader } from './request-body.js';
import { publicUrlOf, repeatedIdentity, writeReply, type Finisher } from './reply-writer.js';
import { vestibuleAnswer } from './vestibule-headers.js';

export interface AtriumHttpDeps {
  dispatcher: AtriumDispatcher;
  control: ControlPlane;
  keys: ClientKeys;
  clock: { now(): number };
  logger: Logger;
  bodyLimit: string;
}

/**
 * The Atrium API on node:http directly, without a framework in the way: the hot path. One
 * request: read the body (bounded), dispatch, write the reply, then one log line and the
 * tenant's journal.
 */
export function createAtriumHandler(deps: AtriumHttpDeps): (req: IncomingMessage, res: ServerResponse, path: string, search: string) => void {
  const readBody = bodyReader(deps.bodyLimit);
  const { dispatcher, control, keys, clock, logger } = deps;
  const onWriteError = (error: unknown) => logger.error({ err: error }, 'could not write the response');

  return (req, res, path, search) => {
    const started = performance.now();
    const requestId = randomUUID().replaceAll('-', '');
    const exchange: Exchange = {};
    const query = search === '' ? EMPTY_QUERY : (parseQuery(search) as Record<string, unknown>);
    let requestBody: unknown;

    // vestibule's Rails headers and conditional GET, from the exact bytes that go out
    const finish: Finisher = (status, body) => {
      const header = (name: string) => {
        const value = req.headers[name];
        return Array.isArray(value) ? value.join(', ') : value;
      };
      return vestibuleAnswer({ method: req.method ?? 'GET', ifNoneMatch: header('if-none-match'), ifModifiedSince: header('if-modified-since') }, status, body, performance.now() - started);
    };
    const answer = (reply: Reply) => {
      const text = writeReply(res, reply, onWriteError, { headers: { 'X-Request-Id': requestId }, finish });
      const duration = Math.round((performance.now() - started) * 100) / 100;
      try {
        const header = req.headers['mx-client-id'];
        // requests that never authenticated (unknown path, unparsable body) count for the named tenant only in local mode
        const tenant = exchange.tenantId ?? (!keys.guarded && typeof header === 'string' && header !== '' ? header : null);
        if (logger.isLevelEnabled('info')) {
          logger.info({ req_id: requestId, tenant, operation: exchange.operationId ?? null, method: req.method, path, status: reply.status, duration_ms: duration, fault: exchange.faultId }, 'request');
        }
        control.record(tenant, {
          at: clock.now(),
          method: req.method ?? 'GET',
          path,
          query,
          status: reply.status,
          operation_id: exchange.operationId ?? null,
          request_id: requestId,
          duration_ms: duration,
          fault_id: exchange.faultId ?? null,
          request_body: requestBody,
          response_text: text,
        });
      } catch (error) {
        logger.error({ err: error }, 'could not record the request');
      }
    };

    const repeated = repeatedIdentity(req);
    if (repeated) return answer(errorReply(400, `The ${repeated} header was sent more than once; send it once.`));
    readBody(req, res)
      .then((body) => {
        if (body.kind === 'refused') return body.reply;
        if (body.kind === 'json') requestBody = body.value;
        return dispatcher.dispatch(
          {
            method: req.method ?? 'GET',
            path,
            query,
            headers: req.headers,
            body: body.kind === 'json' ? body.value : undefined,
            unparsedBody: body.kind === 'other',
            publicUrl: publicUrlOf(req),
          },
          exchange,
        );
      })
      .then(answer, (error: unknown) => {
        logger.error({ err: error }, 'request failed');
        answer(mockErrorReply(`The simulator failed: ${(error as Error).message}`));
      });
  };
}
