/** What a handler returns; one place (http/send.ts) turns it into bytes. Handlers never touch `res`. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Set for non-JSON bodies (the statement PDF). */
  contentType?: string;
  /** Simulator-side failures: skip response validation, add X-Mock-Error. */
  mockError?: boolean;
  /** A large JSON body (a snapshot): written piece by piece, never built as one string. */
  streamed?: boolean;
}

export const ATRIUM_JSON = 'application/vnd.mx.atrium.v1+json';

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body };
}

export function noContent(): Reply {
  return { status: 204 };
}
