/**
 * The reference Atrium client: one method per operation of src/spec/atrium.openapi.yml, named by
 * operationId, MX wire names (snake_case) in and out, typed by src/generated/atrium.ts. It works
 * against real Atrium (vestibule.mx.com, atrium.mx.com) as well as against the simulator.
 */
import { AtriumNetworkError, AtriumTimeoutError, atriumErrorFor, type AtriumCall, AtriumError } from './errors.js';
import { OPERATION_ROUTES } from './operations.js';
import {
  ATRIUM_JSON,
  type AtriumResponse,
  type OperationArgs,
  type OperationId,
  type OperationMethod,
  type RequestOptions,
} from './types.js';

export interface AtriumClientOptions {
  /** e.g. `https://vestibule.mx.com` or the simulator's `http://127.0.0.1:8080` (no trailing path needed). */
  baseUrl: string;
  apiKey: string;
  clientId: string;
  /** Defaults to the global fetch (Node 20). */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds a request may take, body included; default 30000, 0 for none. */
  timeout?: number;
  /** Extra headers on every request (e.g. a User-Agent); MX-API-Key, MX-Client-ID, Accept and Content-Type are always the client's. */
  headers?: Record<string, string>;
}

export type AtriumClient = { readonly [K in OperationId]: OperationMethod<K> } & {
  /**
   * Calls an operation and answers its status, body, headers and request id, e.g. to tell
   * identifyMember's 200 (started) from 202 (already running).
   */
  request<K extends OperationId>(operationId: K, ...args: OperationArgs<K>): Promise<AtriumResponse<K>>;
  readonly baseUrl: string;
  readonly clientId: string;
};

type Route = { method: string; path: string; accept?: string };
type LooseParams = Record<string, unknown> & { body?: unknown };
type LooseResponse = { status: number; data: unknown; headers: Headers; requestId: string | null };

export const DEFAULT_TIMEOUT_MS = 30_000;

export function createAtriumClient(options: AtriumClientOptions): AtriumClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  if (!/^https?:\/\//.test(baseUrl)) throw new TypeError(`createAtriumClient: baseUrl must be an http(s) URL, got "${options.baseUrl}".`);
  if (!options.apiKey || !options.clientId) throw new TypeError('createAtriumClient: apiKey and clientId are required.');

  async function request(operationId: OperationId, params: LooseParams = {}, init: RequestOptions = {}): Promise<LooseResponse> {
    const route: Route = OPERATION_ROUTES[operationId];
    const { body, ...values } = params;
    const { path, query } = resolvePath(operationId, route.path, values);
    const call: AtriumCall = { operationId, method: route.method, path };
    // Header names are case-insensitive: set() replaces a caller's `accept` or `mx-client-id` instead of sending both values.
    const headers = new Headers(options.headers);
    for (const [name, value] of new Headers(init.headers)) headers.set(name, value);
    headers.set('MX-API-Key', options.apiKey);
    headers.set('MX-Client-ID', options.clientId);
    headers.set('Accept', route.accept ?? ATRIUM_JSON);
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    const timeoutSignal = timeout > 0 ? AbortSignal.timeout(timeout) : undefined;
    const signals = [timeoutSignal, init.signal].filter((signal): signal is AbortSignal => signal !== undefined);
    const failed = (error: unknown): Error => {
      if (init.signal?.aborted) return init.signal.reason instanceof Error ? init.signal.reason : (error as Error);
      if (timeoutSignal?.aborted) return new AtriumTimeoutError(call, timeout, { cause: error });
      return new AtriumNetworkError(call, `${call.method} ${baseUrl}${path} failed: ${causeOf(error)}`, { cause: error });
    };

    let response: Response;
    let text = '';
    let bytes: Uint8Array | undefined;
    try {
      response = await fetchImpl(`${baseUrl}${path}${query}`, {
        method: route.method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
      });
      if (response.ok && route.accept && response.status !== 204) bytes = new Uint8Array(await response.arrayBuffer());
      else text = await response.text();
    } catch (error) {
      throw failed(error);
    }

    const requestId = response.headers.get('x-request-id');
    const parsed = parseBody(text);
    if (!response.ok) {
      const error = (parsed as { error?: { message?: unknown; mock_error?: unknown } } | undefined)?.error;
      throw atriumErrorFor({
        ...call,
        status: response.status,
        message: typeof error?.message === 'string' ? error.message : `${response.status} ${response.statusText || 'error'}`.trim(),
        requestId,
        mockError: error?.mock_error === true || response.headers.get('x-mock-error') === 'true',
        body: parsed ?? text,
        headers: response.headers,
      });
    }
    if (response.status === 204) return { status: 204, data: null, headers: response.headers, requestId };
    if (bytes) return { status: response.status, data: bytes, headers: response.headers, requestId };
    if (parsed === undefined) {
      throw new AtriumError({
        ...call,
        status: response.status,
        message: `Expected a JSON body with ${response.status}, got ${text === '' ? 'none' : `"${text.slice(0, 80)}"`}.`,
        requestId,
        mockError: false,
        body: text,
        headers: response.headers,
      });
    }
    return { status: response.status, data: parsed, headers: response.headers, requestId };
  }

  const client: Record<string, unknown> = { baseUrl, clientId: options.clientId, request };
  for (const operationId of Object.keys(OPERATION_ROUTES) as OperationId[]) {
    client[operationId] = async (params?: LooseParams, init?: RequestOptions) => (await request(operationId, params, init)).data;
  }
  return client as AtriumClient;
}

/** Fills `{name}` from the parameters (URL-encoded); every other defined parameter goes to the query. */
function resolvePath(operationId: string, template: string, values: Record<string, unknown>): { path: string; query: string } {
  const used = new Set<string>();
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`${operationId}: the path parameter "${name}" is required.`);
    }
    used.add(name);
    return encodeURIComponent(String(value));
  });
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (!used.has(name) && value !== undefined && value !== null) query.append(name, String(value));
  }
  const search = query.toString();
  return { path, query: search ? `?${search}` : '' };
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The most specific reason in an error's cause chain: undici hides `connect ECONNREFUSED ...` under "fetch failed". */
function causeOf(error: unknown): string {
  let reason = String(error);
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (current.message) reason = current.message;
    if (typeof code === 'string' && !reason.includes(code)) reason = `${code}: ${reason}`;
  }
  return reason;
}
