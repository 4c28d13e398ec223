import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { mockErrorReply } from './errors.js';
import { jsonPieces, writeJsonPieces } from './json-stream.js';
import { ATRIUM_JSON, type Reply } from './reply.js';

export const ATRIUM_CONTENT_TYPE = `${ATRIUM_JSON}; charset=utf-8`;
export const CONTROL_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Last words on an answer from its final bytes (vestibule's Rails headers, a 304): its status, more headers, whether the body goes out. */
export type Finisher = (status: number, body: Buffer | string | undefined) => { status: number; headers: Record<string, string>; withBody: boolean };

export interface WriteOptions {
  jsonType?: string;
  headers?: OutgoingHttpHeaders;
  finish?: Finisher;
  /** Told when a streamed body fails after its headers went out (the connection is then closed). */
  onStreamError?: (error: unknown) => void;
}

/**
 * Writes a Reply in one writeHead: the only place responses become bytes. Returns the JSON text
 * it sent (the journal keeps it). Throws when the body cannot be built (writeReply answers that).
 */
function write(res: ServerResponse, reply: Reply, options: WriteOptions): string | undefined {
  const headers: OutgoingHttpHeaders = { ...options.headers, ...reply.headers };
  const empty = reply.body === undefined || reply.status === 204 || reply.status === 304;
  if (reply.streamed && !empty && !options.finish) {
    headers['Content-Type'] = options.jsonType ?? ATRIUM_CONTENT_TYPE;
    res.writeHead(reply.status, headers);
    // users, links and outbox entries one at a time (state.users.<guid> is depth 3)
    void writeJsonPieces(res, jsonPieces(reply.body, 3), options.onStreamError ?? (() => undefined));
    return undefined;
  }
  const body = empty ? undefined : reply.contentType ? (reply.body as Buffer) : JSON.stringify(reply.body);
  let status = reply.status;
  let withBody = body !== undefined;
  if (options.finish) {
    const finished = options.finish(status, body);
    status = finished.status;
    withBody &&= finished.withBody;
    Object.assign(headers, finished.headers);
  }
  if (!withBody) {
    res.writeHead(status, headers);
    res.end();
    return undefined;
  }
  headers['Content-Type'] = reply.contentType ?? options.jsonType ?? ATRIUM_CONTENT_TYPE;
  headers['Content-Length'] = typeof body === 'string' ? Buffer.byteLength(body) : body!.length;
  res.writeHead(status, headers);
  res.end(body);
  return typeof body === 'string' ? body : undefined;
}

/** Writes a Reply, or the simulator's own failure when even that fails (a body too large to build); never throws. */
export function writeReply(res: ServerResponse, reply: Reply, onError: (error: unknown) => void, options: WriteOptions = {}): string | undefined {
  try {
    return write(res, reply, options);
  } catch (error) {
    onError(error);
    if (res.headersSent) {
      res.destroy();
      return undefined;
    }
    try {
      return write(res, mockErrorReply(`The simulator could not write this response (${(error as Error).message}); ask for less, e.g. a smaller page.`), options);
    } catch {
      res.destroy();
      return undefined;
    }
  }
}

/** Where the client reached the simulator, for URLs that must point back at it. */
export function publicUrlOf(req: IncomingMessage): string {
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  // a proxy that terminates TLS says so; only the two schemes a link can use are taken from it
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = typeof forwarded === 'string' ? forwarded.split(',')[0]!.trim().toLowerCase() : '';
  const scheme = proto === 'https' || proto === 'http' ? proto : encrypted ? 'https' : 'http';
  const host = req.headers.host;
  // a Host that is not a host name, IPv4/IPv6 address and port cannot go into a link
  return `${scheme}://${host !== undefined && HOST.test(host) ? host : 'localhost'}`;
}

const HOST = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/;

/** A header the client may have sent more than once, where one value only makes sense; the name when it did. */
export function repeatedIdentity(req: IncomingMessage): string | undefined {
  for (const name of ['mx-client-id', 'mx-api-key', 'x-mock-admin-key']) {
    const value = req.headers[name];
    // node joins repeated headers with ", ": only then can one have been sent twice
    if (typeof value === 'string' && value.includes(',') && (req.headersDistinct[name]?.length ?? 0) > 1) return name;
  }
  return undefined;
}
