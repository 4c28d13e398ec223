import { hash } from 'node:crypto';

/**
 * The headers vestibule's Rails stack put on every Atrium response, as recorded in atrium-ruby's
 * VCR cassettes (spec/cassettes/atrium/*.yml, 2017): Rails' default headers, Rack::Runtime's
 * X-Runtime, and Rack::ETag with Rack::ConditionalGet (Rails' default middleware, `Rack::ETag,
 * "no-cache"`). The cassettes' ETags are W/"<MD5 of the body>" (Rack before 2.1).
 */
export const RAILS_DEFAULT_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'X-Frame-Options': 'SAMEORIGIN',
  'X-XSS-Protection': '1; mode=block',
  'X-Content-Type-Options': 'nosniff',
});

/** Rack::ETag's Cache-Control when it computed an ETag, and Rails' `no_cache_control` otherwise. */
export const CACHE_CONTROL_WITH_ETAG = 'max-age=0, private, must-revalidate';
export const CACHE_CONTROL_WITHOUT_ETAG = 'no-cache';

/** Rack::ETag: a weak ETag of the body bytes, W/"<32 hex digits of MD5>". */
export function weakEtag(body: Buffer | string): string {
  // crypto.hash: one call, no Hash object per response
  return `W/"${hash('md5', body, 'hex')}"`;
}

/** Rack::Runtime's X-Runtime: seconds with six decimals ("%0.6f"), e.g. 0.064885. */
export function railsRuntime(milliseconds: number): string {
  return (Math.max(0, milliseconds) / 1000).toFixed(6);
}

export interface VestibuleRequest {
  method: string;
  ifNoneMatch?: string | undefined;
  ifModifiedSince?: string | undefined;
}

export interface VestibuleAnswer {
  /** The status to send: 304 when a conditional GET matched, else the reply's. */
  status: number;
  headers: Record<string, string>;
  /** False for a 304: no body, no Content-Type, no Content-Length (Rack::ConditionalGet drops them). */
  withBody: boolean;
}

/**
 * What Rails' stack adds to an answer, from the final body bytes. Rack::ETag: 200 and 201 with a
 * non-empty body get an ETag and `max-age=0, private, must-revalidate`; every other answer (202,
 * 204, errors) gets `no-cache`. Rack::ConditionalGet (1.6/2.0, the MD5 era): a GET or HEAD that
 * answered 200 becomes 304 when If-None-Match equals the ETag exactly (no list parsing, no `*`);
 * an If-Modified-Since in the request prevents the 304, since no answer has a Last-Modified.
 */
export function vestibuleAnswer(request: VestibuleRequest, status: number, body: Buffer | string | undefined, elapsedMs: number): VestibuleAnswer {
  const headers: Record<string, string> = { ...RAILS_DEFAULT_HEADERS };
  const etag = (status === 200 || status === 201) && body !== undefined && body.length > 0 ? weakEtag(body) : undefined;
  if (etag) headers.ETag = etag;
  headers['Cache-Control'] = etag ? CACHE_CONTROL_WITH_ETAG : CACHE_CONTROL_WITHOUT_ETAG;
  headers['X-Runtime'] = railsRuntime(elapsedMs);
  const conditional = request.method === 'GET' || request.method === 'HEAD';
  const fresh = request.ifNoneMatch !== undefined && request.ifModifiedSince === undefined && etag !== undefined && request.ifNoneMatch === etag;
  if (conditional && status === 200 && fresh) return { status: 304, headers, withBody: false };
  return { status, headers, withBody: true };
}
