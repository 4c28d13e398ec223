import type { IncomingMessage, ServerResponse } from 'node:http';
import { finished, type Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import getRawBody from 'raw-body';
import { parseSize } from '../config.js';
import { describeMalformedJson } from '../simulation/data-file.js';
import { errorReply } from './errors.js';
import type { Reply } from './reply.js';

/** Request bodies nest at most this deep (Atrium's nest four or five levels). */
export const MAX_JSON_DEPTH = 64;

/** What a request carried: nothing, JSON, or bytes of another media type. */
export type RequestBody = { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'other'; contentType: string | undefined };

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/** Whether a request says it has a body at all (an empty chunked POST, as Pact's proxy sends, says so too). */
export function announcesBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** The deepest nesting of a JSON text, counted without parsing it, stopping as soon as it passes `limit`. */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92) index += 1; // backslash: skip what it escapes
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      depth += 1;
      if (depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (code === 125 || code === 93) depth -= 1;
  }
  return deepest;
}

/** Parses a JSON body that may be hostile: its depth is checked before JSON.parse sees it. */
export function parseJsonBody(text: string): { ok: true; value: unknown } | { ok: false; reply: Reply } {
  if (text.trim() === '') return { ok: true, value: undefined };
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    return { ok: false, reply: errorReply(400, `Request body is nested deeper than ${MAX_JSON_DEPTH} levels, the most the simulator reads.`) };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reply: errorReply(400, describeMalformedJson(text)) };
  }
}

interface ReadError extends Error {
  type?: string;
  status?: number;
  code?: string;
}

/** What a failure to read the bytes answers (too large, an unknown or broken encoding, an aborted upload). */
function readFailure(error: ReadError, limit: string): Reply {
  if (error.type === 'entity.too.large') return errorReply(413, `Request body is larger than the ${limit} limit.`);
  if (error.type === 'encoding.unsupported') return errorReply(415, `Unsupported Media Type: ${error.message}; send identity, gzip, deflate or br.`);
  if (error.type === 'charset.unsupported') return errorReply(415, `Unsupported Media Type: ${error.message}; send UTF-8.`);
  if (error.code?.startsWith('Z_') || error.code?.startsWith('ERR_') || error.code?.startsWith('ERR__')) {
    return errorReply(400, `Request body could not be decompressed: it is not what its Content-Encoding says (${error.message}).`);
  }
  return errorReply(400, `Request body could not be read: ${error.message}.`);
}

/** A refused body up to this many times the limit (and this many bytes) is read and dropped, keeping the connection. */
const DRAINED_FACTOR = 16;
const DRAINED_MAX_BYTES = 64 * 2 ** 20;

/** The decompressors of the Content-Encodings a body may come in (zstd where this Node has it); a Map, as the name is the client's. */
const DECOMPRESSORS = new Map<string, () => Transform>([
  ['gzip', () => zlib.createGunzip()],
  ['deflate', () => zlib.createInflate()],
  ['br', () => zlib.createBrotliDecompress()],
  ...('createZstdDecompress' in zlib ? [['zstd', () => (zlib as unknown as { createZstdDecompress: () => Transform }).createZstdDecompress()] as [string, () => Transform]] : []),
]);

/**
 * The bytes of a body, decompressed as its Content-Encoding says, at most `limit` of them after
 * decompression (raw-body counts and stops). What fails is answered once the rest of the request
 * was read and dropped, so a kept-alive connection goes on and the client gets the answer.
 */
function readBytes(req: IncomingMessage, limit: number, done: (error: ReadError | undefined, bytes?: Buffer) => void): void {
  const coding = (req.headers['content-encoding'] || 'identity').toLowerCase();
  let decompressor: Transform | undefined;
  if (coding !== 'identity') {
    const decompress = DECOMPRESSORS.get(coding);
    if (!decompress) return done(Object.assign(new Error(`unsupported content encoding "${coding}"`), { type: 'encoding.unsupported' }));
    decompressor = req.pipe(decompress());
  }
  getRawBody(decompressor ?? req, { length: decompressor ? undefined : req.headers['content-length'], limit }, (error, bytes) => {
    if (decompressor) {
      req.unpipe(decompressor);
      decompressor.on('error', () => undefined);
      decompressor.destroy();
    }
    if (!error) {
      req.resume();
      return done(undefined, bytes);
    }
    finished(req, () => done(error as ReadError));
    req.resume();
  });
}

/** Reads and parses a body within `limit` (bytes after decompression), never throwing: bad input is a Reply. */
export function bodyReader(limit: string): (req: IncomingMessage, res: ServerResponse) => Promise<RequestBody | { kind: 'refused'; reply: Reply }> {
  const limitBytes = parseSize(limit);
  return (req) =>
    new Promise((resolve) => {
      if (!announcesBody(req)) {
        resolve({ kind: 'none' });
        return;
      }
      // a declared length over the limit is refused at once, without waiting for the body
      const declared = Number(req.headers['content-length']);
      const encoding = req.headers['content-encoding'];
      if (declared > limitBytes && (encoding === undefined || encoding.trim().toLowerCase() === 'identity')) {
        // Node reads and drops the rest of a kept-alive request; closing with the client still sending
        // resets the connection, and the client may lose the 413 (EPIPE). Only a body far over the limit closes.
        const close = declared > Math.min(limitBytes * DRAINED_FACTOR, DRAINED_MAX_BYTES);
        resolve({ kind: 'refused', reply: errorReply(413, `Request body is larger than the ${limit} limit.`, close ? { Connection: 'close' } : {}) });
        return;
      }
      const contentType = req.headers['content-type'];
      const mediaType = contentType?.split(';')[0]!.trim();
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
      readBytes(req, limitBytes, (error, bytes) => {
        if (error) return resolve({ kind: 'refused', reply: readFailure(error, limit) });
        const buffer = bytes ?? Buffer.alloc(0);
        if (buffer.length === 0) return resolve({ kind: 'none' });
        if (mediaType === undefined || !JSON_TYPE.test(mediaType)) return resolve({ kind: 'other', contentType });
        if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
          return resolve({ kind: 'refused', reply: errorReply(415, `Unsupported Media Type: charset "${charset}" is not supported; send UTF-8.`) });
        }
        const parsed = parseJsonBody(buffer.toString('utf8'));
        if (!parsed.ok) return resolve({ kind: 'refused', reply: parsed.reply });
        resolve(parsed.value === undefined ? { kind: 'none' } : { kind: 'json', value: parsed.value });
      });
    });
}
