import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { mockErrorReply } from './errors.js';
import { ATRIUM_JSON, type Reply } from './reply.js';

export const ATRIUM_CONTENT_TYPE = `${ATRIUM_JSON}; charset=utf-8`;
export const CONTROL_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * Writes a Reply in one writeHead: the only place responses become bytes. Returns the JSON text
 * it sent (the journal keeps it). Throws when the body cannot be built (writeReply answers that).
 */
function write(res: ServerResponse, reply: Reply, jsonType: string, extra: OutgoingHttpHeaders): string | undefined {
  const headers: OutgoingHttpHeaders = { ...extra, ...reply.headers };
  if (reply.body === undefined || reply.status === 204 || reply.status === 304) {
    res.writeHead(reply.status, headers);
    res.end();
    return undefined;
  }
  if (reply.contentType) {
    const bytes = reply.body as Buffer;
    headers['Content-Type'] = reply.contentType;
    headers['Content-Length'] = bytes.length;
    res.writeHead(reply.status, headers);
    res.end(bytes);
    return undefined;
  }
  const text = JSON.stringify(reply.body);
  headers['Content-Type'] = jsonType;
  headers['Content-Length'] = Buffer.byteLength(text);
  res.writeHead(reply.status, headers);
  res.end(text);
  return text;
}

/** Writes a Reply, or the simulator's own failure when even that fails (a body too large to build); never throws. */
export function writeReply(res: ServerResponse, reply: Reply, onError: (error: unknown) => void, jsonType = ATRIUM_CONTENT_TYPE, extra: OutgoingHttpHeaders = {}): string | undefined {
  try {
    return write(res, reply, jsonType, extra);
  } catch (error) {
    onError(error);
    if (res.headersSent) {
      res.destroy();
      return undefined;
    }
    try {
      return write(res, mockErrorReply(`The simulator could not write this response (${(error as Error).message}); ask for less, e.g. a smaller page.`), jsonType, extra);
    } catch {
      res.destroy();
      return undefined;
    }
  }
}

/** Where the client reached the simulator, for URLs that must point back at it. */
export function publicUrlOf(req: IncomingMessage): string {
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  return `${encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
}

/** A header the client may have sent more than once, where one value only makes sense; the name when it did. */
export function repeatedIdentity(req: IncomingMessage): string | undefined {
  for (const name of ['mx-client-id', 'mx-api-key', 'x-mock-admin-key']) {
    const value = req.headers[name];
    // node joins repeated headers with ", ": only then can one have been sent twice
    if (typeof value === 'string' && value.includes(',') && (req.headersDistinct[name]?.length ?? 0) > 1) return name;
  }
  return undefined;
}
