/**
 * Errors of the reference client. An answer outside 2xx becomes an `AtriumError` subclass chosen
 * by status; a request that got no answer becomes an `AtriumNetworkError` (or its subclass
 * `AtriumTimeoutError`). Every one names the call that failed.
 */

/** What every client error knows about the call. */
export interface AtriumCall {
  operationId: string;
  method: string;
  /** The request path without the base URL and query, e.g. `/users/USR-1/members/MBR-1/status`. */
  path: string;
}

export interface AtriumErrorDetails extends AtriumCall {
  status: number;
  /** MX's sentence from `{"error":{"message"}}`, or the HTTP status text when the body has none. */
  message: string;
  requestId: string | null;
  /** True when the simulator says it is itself at fault (`"mock_error": true` or `X-Mock-Error: true`); never set by real Atrium. */
  mockError: boolean;
  /** The parsed error body (or its text when it is not JSON). */
  body: unknown;
  headers: Headers;
}

/** Atrium answered with a status outside 2xx. `message` is MX's message. */
export class AtriumError extends Error implements AtriumErrorDetails {
  readonly status: number;
  readonly requestId: string | null;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly mockError: boolean;
  readonly body: unknown;
  readonly headers: Headers;

  constructor(details: AtriumErrorDetails) {
    super(details.message);
    this.name = new.target.name;
    this.status = details.status;
    this.requestId = details.requestId;
    this.operationId = details.operationId;
    this.method = details.method;
    this.path = details.path;
    this.mockError = details.mockError;
    this.body = details.body;
    this.headers = details.headers;
  }

  /** `404 GET /users/USR-1: We were unable to find the record you requested.` */
  describe(): string {
    const request = this.requestId ? ` (request ${this.requestId})` : '';
    return `${this.status} ${this.method} ${this.path}: ${this.message}${this.mockError ? ' [simulator error]' : ''}${request}`;
  }
}

/** 400: a parameter or the body is invalid, or the institution does not support the premium job. */
export class AtriumBadRequestError extends AtriumError {}
/** 401: `MX-API-Key` / `MX-Client-ID` missing or wrong. */
export class AtriumUnauthorizedError extends AtriumError {}
/** 403: the feature is not enabled for the client, the user is disabled, or the IP is not allow-listed. */
export class AtriumForbiddenError extends AtriumError {}
/** 404: unknown record, institution or endpoint. */
export class AtriumNotFoundError extends AtriumError {}
/** 405: a constraint of the endpoint was not met (e.g. resuming a member that is not CHALLENGED). */
export class AtriumMethodNotAllowedError extends AtriumError {}
/** 406: the Accept header asks for no version Atrium serves. */
export class AtriumNotAcceptableError extends AtriumError {}
/** 409: a duplicate (identifier, or institution and credentials), or a job of another type is running. */
export class AtriumConflictError extends AtriumError {}
/** 429: too many requests; `retryAfter` is in seconds when the server said. */
export class AtriumRateLimitError extends AtriumError {
  readonly retryAfter: number | undefined;

  constructor(details: AtriumErrorDetails, now = Date.now()) {
    super(details);
    this.retryAfter = parseRetryAfter(details.headers.get('retry-after'), now);
  }
}
/** 5xx: Atrium (or the simulator: see `mockError`) failed. */
export class AtriumServerError extends AtriumError {}

/** The request got no HTTP answer: connection refused, reset, DNS, TLS. */
export class AtriumNetworkError extends Error implements AtriumCall {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;

  constructor(call: AtriumCall, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.operationId = call.operationId;
    this.method = call.method;
    this.path = call.path;
  }
}

/** No complete answer within the client's `timeout`. */
export class AtriumTimeoutError extends AtriumNetworkError {
  readonly timeout: number;

  constructor(call: AtriumCall, timeout: number, options?: { cause?: unknown }) {
    super(call, `${call.method} ${call.path} got no answer within ${timeout} ms.`, options);
    this.timeout = timeout;
  }
}

const ERROR_BY_STATUS: Record<number, new (details: AtriumErrorDetails) => AtriumError> = {
  400: AtriumBadRequestError,
  401: AtriumUnauthorizedError,
  403: AtriumForbiddenError,
  404: AtriumNotFoundError,
  405: AtriumMethodNotAllowedError,
  406: AtriumNotAcceptableError,
  409: AtriumConflictError,
  429: AtriumRateLimitError,
};

/** The error class for a status: the table above, AtriumServerError for 5xx, AtriumError otherwise. */
export function atriumErrorFor(details: AtriumErrorDetails): AtriumError {
  const ErrorClass = ERROR_BY_STATUS[details.status] ?? (details.status >= 500 ? AtriumServerError : AtriumError);
  return new ErrorClass(details);
}

/** `Retry-After` is either seconds or an HTTP date; answers seconds from now. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
