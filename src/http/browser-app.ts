import { randomUUID } from 'node:crypto';
import type { RequestListener } from 'node:http';
import express, { type ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ControlPlane } from '../control/control-plane.js';
import { errorReply, mockErrorReply } from './errors.js';
import { createInspectorRouter } from './inspector-page.js';
import { createOAuthAndWidgetRouter } from './oauth-and-widget-routes.js';
import { CONTROL_CONTENT_TYPE, repeatedIdentity, writeReply } from './reply-writer.js';
import { logSideRequest } from './side-request-log.js';

/**
 * The pages a browser opens: the inspector (/__mock/ui), GET / (which points to it), OAuth
 * windows and Connect widget URLs. Express, built on the first such request (src/app.ts), so a
 * start loads no framework.
 */
export function createBrowserApp(deps: { control: ControlPlane; logger: Logger }): RequestListener {
  const { logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.set('query parser', 'simple');
  app.use((req, res, next) => {
    const started = performance.now();
    const requestId = randomUUID().replaceAll('-', '');
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => logSideRequest(logger, { requestId, clientId: req.headers['mx-client-id'], operationId: null, method: req.method, path: req.path, status: res.statusCode, started }));
    next();
  });
  app.use((req, res, next) => {
    const repeated = repeatedIdentity(req);
    if (!repeated) return next();
    writeReply(res, errorReply(400, `The ${repeated} header was sent more than once; send it once.`), () => undefined, { jsonType: CONTROL_CONTENT_TYPE });
  });
  app.use(createInspectorRouter());
  // the pages a browser opens: no MX headers, the token names the tenant
  app.use(createOAuthAndWidgetRouter({ control: deps.control, logger }));
  app.use((req, res) => writeReply(res, errorReply(404, `Nothing is served at ${req.path}.`), () => undefined, { jsonType: CONTROL_CONTENT_TYPE }));
  app.use(((error, _req, res, _next) => {
    // the router refuses a path parameter that does not decode (GET /connect/%E0%A4%A) with status 400: the client's error, not ours
    if ((error as { status?: unknown }).status === 400 && error instanceof URIError) {
      writeReply(res, errorReply(400, 'Malformed percent-encoding in the path.'), () => undefined, { jsonType: CONTROL_CONTENT_TYPE });
      return;
    }
    logger.error({ err: error }, 'browser page failed');
    writeReply(res, mockErrorReply(`The simulator failed: ${(error as Error).message}`), () => undefined, { jsonType: CONTROL_CONTENT_TYPE });
  }) as ErrorRequestHandler);
  return app;
}
