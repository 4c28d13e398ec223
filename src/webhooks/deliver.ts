/**
 * One delivery attempt of a webhook: a real HTTP(S) POST of the JSON payload. It never throws and
 * never rejects, whatever the URL, the headers or the receiver do; the answer is an attempt
 * record for the outbox. A receiver that answers slowly or sends an endless body is cut off by the
 * timeout and by a bound on how much of the body is read (and thrown away).
 */
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';

/** What one attempt saw: when it started (simulated clock), the status (null when none came), how long it took (real time), why it failed. */
export interface DeliveryAttempt {
  at_ms: number;
  status: number | null;
  duration_ms: number;
  error: string | null;
}

export interface DeliveryRequest {
  url: string;
  /** Sent as JSON. */
  payload: unknown;
  /** Configured per tenant, e.g. `{"Authorization": "Basic ..."}`; they win over the defaults. */
  headers?: Readonly<Record<string, string>>;
  /** Milliseconds before the attempt gives up (default 10 s). */
  timeoutMs?: number;
}

export interface DeliveryOptions {
  /** The simulated clock: `at_ms` of the attempt. Default Date.now. */
  now?: () => number;
  /** How much of a response body is read before the connection is closed (default 64 KiB). */
  maxResponseBytes?: number;
}

export const DEFAULT_DELIVERY_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;

/** As MX's own requests (docs.mx.com/resources/webhooks/verifications shows one), plus who sends it. */
export const DEFAULT_WEBHOOK_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Type': 'application/json; charset=utf-8',
  Accept: 'application/json',
  'User-Agent': 'atrium-mock-webhooks',
});

/** 2xx is delivered; MX asks for 204. */
export const isDelivered = (attempt: Pick<DeliveryAttempt, 'status'>): boolean => attempt.status !== null && attempt.status >= 200 && attempt.status < 300;

function mergeHeaders(configured: Readonly<Record<string, string>> | undefined, length: number): OutgoingHttpHeaders {
  const merged: Record<string, string> = {};
  const names = new Map<string, string>();
  for (const [name, value] of [...Object.entries(DEFAULT_WEBHOOK_HEADERS), ...Object.entries(configured ?? {})]) {
    // one spelling per header, the configured one wins whatever its case
    const previous = names.get(name.toLowerCase());
    if (previous !== undefined) delete merged[previous];
    names.set(name.toLowerCase(), name);
    merged[name] = value;
  }
  // the body's framing is ours: a configured length or encoding would corrupt the request
  for (const [lower, name] of names) if (lower === 'content-length' || lower === 'transfer-encoding') delete merged[name];
  return { ...merged, 'Content-Length': String(length) };
}

const describeError = (error: unknown): string => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' && message ? message : String(error);
  return typeof code === 'string' && !text.includes(code) ? `${code}: ${text}` : text;
};

/** POSTs the payload once. Resolves with the attempt; never rejects. */
export function deliverWebhook(delivery: DeliveryRequest, options: DeliveryOptions = {}): Promise<DeliveryAttempt> {
  const now = options.now ?? Date.now;
  let atMs: number;
  try {
    atMs = now();
  } catch {
    atMs = Date.now();
  }
  const started = performance.now();
  const elapsed = () => Math.max(0, Math.round(performance.now() - started));
  const failed = (error: string, status: number | null = null): DeliveryAttempt => ({ at_ms: atMs, status, duration_ms: elapsed(), error });

  let url: URL;
  try {
    url = new URL(delivery.url);
  } catch {
    return Promise.resolve(failed(`${JSON.stringify(delivery.url)} is not a URL`));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.resolve(failed(`${url.protocol} URLs are not supported: webhooks go to http or https URLs`));
  let body: Buffer;
  try {
    const json = JSON.stringify(delivery.payload);
    if (json === undefined) return Promise.resolve(failed('the payload is not JSON'));
    body = Buffer.from(json, 'utf8');
  } catch (error) {
    return Promise.resolve(failed(`the payload is not JSON: ${describeError(error)}`));
  }
  const timeoutMs = delivery.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;

  return new Promise<DeliveryAttempt>((resolve) => {
    let settled = false;
    let status: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    const finish = (attempt: DeliveryAttempt) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      resolve(attempt);
    };
    try {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      // agent: false, one connection per attempt: no pooled socket outlives it or keeps the process up
      const req = send(url, { method: 'POST', headers: mergeHeaders(delivery.headers, body.length), agent: false });
      timer = setTimeout(() => {
        finish(status === null ? failed(`no answer within ${timeoutMs} ms (timeout)`) : { at_ms: atMs, status, duration_ms: elapsed(), error: null });
        req.destroy();
      }, timeoutMs);
      timer.unref?.();
      req.on('error', (error) => finish(status === null ? failed(describeError(error)) : { at_ms: atMs, status, duration_ms: elapsed(), error: null }));
      req.on('response', (res: IncomingMessage) => {
        status = res.statusCode ?? null;
        let read = 0;
        const done = () => finish({ at_ms: atMs, status, duration_ms: elapsed(), error: null });
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          // the answer is the status; a receiver that keeps talking is cut off
          if (read > maxBytes) {
            done();
            res.destroy();
            req.destroy();
          }
        });
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      });
      req.end(body);
    } catch (error) {
      // invalid header names or values throw synchronously in node:http
      finish(failed(describeError(error)));
    }
  });
}
