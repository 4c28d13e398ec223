import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { AtriumDispatcher, AtriumRequest, Exchange } from './atrium-dispatcher.js';
import { mockErrorReply } from './errors.js';
import { ATRIUM_JSON, type Reply } from './reply.js';

const JSON_CONTENT_TYPE = `${ATRIUM_JSON}; charset=utf-8`;

/** Writes a Reply; the only place responses become bytes. Keeps the JSON text for the journal. Throws when the body cannot be built (sendSafely answers that). */
export function send(res: Response, reply: Reply, jsonType = JSON_CONTENT_TYPE): void {
  const text = reply.body === undefined || reply.status === 204 || reply.contentType ? undefined : JSON.stringify(reply.body);
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if (reply.body === undefined || reply.status === 204) {
    res.end();
    return;
  }
  if (reply.contentType) {
    res.setHeader('Content-Type', reply.contentType);
    res.end(reply.body as Buffer);
    return;
  }
  res.locals.responseText = text;
  res.setHeader('Content-Type', jsonType);
  res.end(text);
}

/**
 * A non-empty body that no JSON parser took. Bodies without a Content-Type are read raw first
 * (see app.ts), so an empty chunked POST (what Pact's proxy sends) counts as no body at all.
 */
export function carriesBody(req: Request): boolean {
  if (Buffer.isBuffer(req.body)) return req.body.length > 0;
  if (req.body !== undefined) return false;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** The parsed JSON body, or undefined when there is none (a raw Buffer is not JSON). */
export function jsonBody(req: Request): unknown {
  return Buffer.isBuffer(req.body) ? undefined : req.body;
}

export function toAtriumRequest(req: Request): AtriumRequest {
  return {
    method: req.method,
    path: req.path,
    query: req.query as Record<string, unknown>,
    headers: req.headers,
    body: jsonBody(req),
    unparsedBody: carriesBody(req),
    publicUrl: publicUrlOf(req),
  };
}

/** Where the client reached the simulator, for URLs that must point back at it. */
export function publicUrlOf(req: Request): string {
  return `${req.protocol}://${req.headers.host ?? 'localhost'}`;
}

/** Writes a Reply, or answers the simulator's own failure when even that fails (a body too large to build). */
export function sendSafely(res: Response, reply: Reply, logger: Pick<Logger, 'error'>, jsonType?: string): void {
  try {
    send(res, reply, jsonType);
  } catch (error) {
    logger.error({ err: error }, 'could not write the response');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.removeHeader('ETag');
    send(res, mockErrorReply(`The simulator could not write this response (${(error as Error).message}); ask for less, e.g. a smaller page.`), jsonType);
  }
}

/** The Express adapter of the dispatcher. */
export function createAtriumPipeline(dispatcher: AtriumDispatcher, logger: Pick<Logger, 'error'>): RequestHandler {
  return (req, res) => {
    const exchange: Exchange = {};
    res.locals.exchange = exchange;
    dispatcher.dispatch(toAtriumRequest(req), exchange).then(
      (reply) => sendSafely(res, reply, logger),
      (error: unknown) => {
        logger.error({ err: error }, 'request failed');
        sendSafely(res, mockErrorReply(`The simulator failed: ${(error as Error).message}`), logger);
      },
    );
  };
}
