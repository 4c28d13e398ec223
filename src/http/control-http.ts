import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from 'pino';
import type { ControlRequest, ControlAnswer } from './admin/control-routes.js';
import { errorReply, mockErrorReply } from './errors.js';
import { bodyReader } from './request-body.js';
import { CONTROL_CONTENT_TYPE, publicUrlOf, repeatedIdentity, writeReply } from './reply-writer.js';
import { logSideRequest } from './side-request-log.js';

export interface ControlHttpDeps {
  routes: (request: ControlRequest) => Promise<ControlAnswer>;
  logger: Logger;
  bodyLimit: string;
  /** PUT /__mock/state carries a whole snapshot: its own limit. */
  snapshotLimit: string;
}

/**
 * The control plane (/__mock) on node:http, like the Atrium API: no framework to load before the
 * first answer. One request: read the body (bounded), answer, one log line.
 */
export function createControlHandler(deps: ControlHttpDeps): (req: IncomingMessage, res: ServerResponse, path: string, search: string) => void {
  const small = bodyReader(deps.bodyLimit);
  const large = bodyReader(deps.snapshotLimit);
  const { logger } = deps;
  const onError = (error: unknown) => logger.error({ err: error }, 'could not write the response');

  return (req, res, path, search) => {
    const started = performance.now();
    const requestId = randomUUID().replaceAll('-', '');
    const answer = ({ reply, operationId }: ControlAnswer) => {
      writeReply(res, reply, onError, { jsonType: CONTROL_CONTENT_TYPE, headers: { 'X-Request-Id': requestId }, onStreamError: onError });
      logSideRequest(logger, { requestId, clientId: req.headers['mx-client-id'], operationId: operationId ?? null, method: req.method, path, status: reply.status, started });
    };
    const repeated = repeatedIdentity(req);
    if (repeated) return answer({ reply: errorReply(400, `The ${repeated} header was sent more than once; send it once.`) });
    const read = req.method === 'PUT' && path === '/__mock/state' ? large : small;
    read(req, res)
      .then((body) =>
        deps.routes({
          method: req.method ?? 'GET',
          path,
          query: search === '' ? {} : (parseQuery(search) as Record<string, unknown>),
          headers: req.headers,
          body,
          publicUrl: publicUrlOf(req),
        }),
      )
      .then(answer)
      .catch((error: unknown) => {
        onError(error);
        if (!res.headersSent) answer({ reply: mockErrorReply(`The simulator failed: ${(error as Error).message}`) });
      });
  };
}
