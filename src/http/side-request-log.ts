import type { Logger } from 'pino';

/** The token of a browser page's path is a secret (it opens the link): logs show where it was, not what it is. */
const LINK_TOKEN = /^\/(oauth\/window|connect)\/[^/]+/;

export interface SideRequest {
  requestId: string;
  /** The MX-Client-ID header as sent. */
  clientId: string | string[] | undefined;
  operationId: string | null;
  method: string | undefined;
  /** Without the query. */
  path: string;
  status: number;
  started: number;
}

/**
 * The one structured log line of a control-plane or browser response (request id, tenant,
 * operation, status, duration; never headers, bodies or link tokens), as http/atrium-http.ts
 * writes for Atrium requests. Never throws.
 */
export function logSideRequest(logger: Logger, request: SideRequest): void {
  try {
    if (!logger.isLevelEnabled('info')) return;
    const { clientId } = request;
    logger.info(
      {
        req_id: request.requestId,
        tenant: typeof clientId === 'string' && clientId !== '' ? clientId : null,
        operation: request.operationId,
        method: request.method,
        path: request.path.replace(LINK_TOKEN, '/$1/:token'),
        status: request.status,
        duration_ms: Math.round((performance.now() - request.started) * 100) / 100,
      },
      'request',
    );
  } catch (error) {
    logger.error({ err: error }, 'could not log the request');
  }
}
