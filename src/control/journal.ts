import { compileGlob } from './glob.js';

/** One request as the journal shows it; bodies are masked and cut. */
export interface JournalEntry {
  id: number;
  at: string;
  method: string;
  path: string;
  query: Record<string, unknown>;
  status: number;
  operation_id: string | null;
  request_id: string | null;
  duration_ms: number;
  fault_id: string | null;
  request_body: unknown;
  response_body: unknown;
}

export interface JournalFilter {
  /** Substring of the path, or a glob with `*` when it contains one. */
  path?: string | undefined;
  /** An exact status (404) or a class (4xx). */
  status?: string | undefined;
  limit?: number | undefined;
}

/** What the HTTP layer hands over when a response is sent: the parsed request body, the response text. */
export interface RecordedExchange {
  /** The base clock, ms. */
  at: number;
  method: string;
  path: string;
  query: Record<string, unknown>;
  status: number;
  operation_id: string | null;
  request_id: string | null;
  duration_ms: number;
  fault_id: string | null;
  request_body: unknown;
  response_text: string | undefined;
}

interface StoredEntry extends Omit<RecordedExchange, 'request_body' | 'response_text' | 'at'> {
  at: number;
  id: number;
  request_text: string | null;
  response_text: string | null;
  bytes: number;
}

/** Lists whose `value`s are secrets (credential values, challenge answers). */
const SECRET_LISTS = new Set(['credentials', 'challenges']);
/** Fields and query parameters that say who someone is or what lets them in. */
const SECRET_KEYS = new Set([
  'password', 'passcode', 'passwd', 'pass', 'pin', 'secret', 'token', 'api_key', 'apikey', 'access_token', 'refresh_token',
  'login', 'username', 'user_name', 'userid', 'user_id_login', 'answer', 'otp', 'ssn', 'security_answer', 'mx-api-key',
]);
const MASK = '****';
/** The query of most requests: shared, never changed. */
export const EMPTY_QUERY: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
/** At most this much of a body is kept per entry; the rest is cut and marked. */
export const MAX_BODY_CHARS = 16_384;
/** Beyond this depth a body is not walked (request bodies are refused deeper than 64 levels anyway). */
const MAX_MASK_DEPTH = 64;
const ENTRY_OVERHEAD = 256;

export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase()) || /pass(word|code)|secret|token|api_?key/i.test(key);
}

/** Credential values, passwords, logins and challenge answers never reach the journal. */
export function mask(body: unknown, inSecretList = false, depth = 0): unknown {
  if (!body || typeof body !== 'object') return body;
  if (depth >= MAX_MASK_DEPTH) return '(nested too deep to show)';
  if (Array.isArray(body)) return body.map((item) => mask(item, inSecretList, depth + 1));
  const masked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    let shown: unknown;
    if (inSecretList && key === 'value') shown = MASK;
    else if (isSecretKey(key) && (value === null || typeof value !== 'object')) shown = value === null ? null : MASK;
    else shown = mask(value, SECRET_LISTS.has(key) || (inSecretList && key !== 'options'), depth + 1);
    Object.defineProperty(masked, key, { value: shown, enumerable: true, writable: true, configurable: true });
  }
  return masked;
}

/** A query as the journal shows it: secret-looking parameters masked. */
export function maskQuery(query: Record<string, unknown>): Record<string, unknown> {
  const masked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    Object.defineProperty(masked, key, { value: isSecretKey(key) ? MASK : value, enumerable: true, writable: true, configurable: true });
  }
  return masked;
}

function cut(text: string): string {
  return text.length > MAX_BODY_CHARS ? `${text.slice(0, MAX_BODY_CHARS)}... (cut: ${text.length} characters in all)` : text;
}

export function parseBodyText(text: string | null): unknown {
  if (text === null || text === '') return null;
  if (text.length > MAX_BODY_CHARS) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Roughly what a query costs to keep: its keys and values as text. */
function queryBytes(query: Record<string, unknown>): number {
  let bytes = 0;
  for (const key in query) {
    const value = query[key];
    bytes += key.length + (typeof value === 'string' ? value.length : Array.isArray(value) ? value.join('&').length : 8);
  }
  return bytes * 2;
}

/** A bounded ring of a tenant's requests, newest first, within an entry count and a byte budget. */
export class Journal {
  /** A ring: the oldest entry at #start, #count of them. */
  #entries: (StoredEntry | undefined)[] = [];
  #start = 0;
  #count = 0;
  #next = 1;
  #bytes = 0;

  constructor(
    readonly capacity: number,
    readonly budgetBytes: number,
  ) {}

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#count;
  }

  /** Records an exchange; returns how many bytes the journal grew (negative when it shrank). */
  record(exchange: RecordedExchange): number {
    const before = this.#bytes;
    const { request_body, response_text, query, ...rest } = exchange;
    let requestText: string | null = null;
    if (request_body !== undefined && request_body !== null) {
      try {
        requestText = cut(JSON.stringify(mask(request_body)));
      } catch {
        requestText = '(the request body could not be shown)';
      }
    }
    const responseText = response_text === undefined ? null : cut(response_text);
    const masked = query === EMPTY_QUERY || Object.keys(query).length === 0 ? EMPTY_QUERY : maskQuery(query);
    const entry: StoredEntry = { ...rest, query: masked, id: this.#next++, request_text: requestText, response_text: responseText, bytes: 0 };
    entry.bytes = ENTRY_OVERHEAD + (requestText?.length ?? 0) * 2 + (responseText?.length ?? 0) * 2 + queryBytes(masked);
    if (this.#count === this.capacity) this.dropOldest();
    this.#entries[(this.#start + this.#count) % this.capacity] = entry;
    this.#count += 1;
    this.#bytes += entry.bytes;
    while (this.#bytes > this.budgetBytes && this.#count > 1) this.dropOldest();
    return this.#bytes - before;
  }

  /** Drops the oldest entry; returns the bytes freed. */
  dropOldest(): number {
    if (this.#count === 0) return 0;
    const oldest = this.#entries[this.#start]!;
    this.#entries[this.#start] = undefined;
    this.#start = (this.#start + 1) % this.capacity;
    this.#count -= 1;
    this.#bytes -= oldest.bytes;
    return oldest.bytes;
  }

  list(filter: JournalFilter = {}): JournalEntry[] {
    const pathOk = filter.path ? (filter.path.includes('*') ? compileGlob(filter.path) : (path: string) => path.includes(filter.path!)) : () => true;
    const status = filter.status?.toLowerCase();
    const classOnly = status !== undefined && /^[1-5]xx$/.test(status);
    const statusOk = (code: number) => !status || (classOnly ? String(code)[0] === status[0] : String(code) === status);
    const found: JournalEntry[] = [];
    for (let back = this.#count - 1; back >= 0 && (filter.limit === undefined || found.length < filter.limit); back -= 1) {
      const { request_text, response_text, bytes: _bytes, at, ...entry } = this.#entries[(this.#start + back) % this.capacity]!;
      if (!pathOk(entry.path) || !statusOk(entry.status)) continue;
      found.push({ ...entry, at: new Date(at).toISOString(), query: { ...entry.query }, request_body: parseBodyText(request_text), response_body: parseBodyText(response_text) });
    }
    return found;
  }

  clear(): void {
    this.#entries = [];
    this.#start = 0;
    this.#count = 0;
    this.#bytes = 0;
  }
}

/**
 * Every tenant's journal within one memory budget: when the total passes it, the journals of
 * the tenants that recorded least recently give up their oldest entries first.
 */
/** What a journal costs before its entries (the object, its ring, the map entry and key), measured on Node 20. */
const JOURNAL_OVERHEAD = 512;

export class JournalPool {
  readonly #journals = new Map<string, Journal>();
  #bytes = 0;

  constructor(
    readonly capacity: number,
    readonly tenantBudgetBytes: number,
    readonly totalBudgetBytes: number,
  ) {}

  get bytes(): number {
    return this.#bytes;
  }

  of(tenantId: string): Journal | undefined {
    return this.#journals.get(tenantId);
  }

  record(tenantId: string, exchange: RecordedExchange): void {
    let journal = this.#journals.get(tenantId);
    if (journal) this.#journals.delete(tenantId);
    else {
      journal = new Journal(this.capacity, this.tenantBudgetBytes);
      this.#bytes += JOURNAL_OVERHEAD;
    }
    this.#journals.set(tenantId, journal);
    this.#bytes += journal.record(exchange);
    for (const [id, oldest] of this.#journals) {
      if (this.#bytes <= this.totalBudgetBytes) break;
      while (oldest.size > 0 && this.#bytes > this.totalBudgetBytes && (oldest !== journal || oldest.size > 1)) this.#bytes -= oldest.dropOldest();
      if (oldest.size === 0) {
        this.#journals.delete(id);
        this.#bytes -= JOURNAL_OVERHEAD;
      }
    }
  }

  forget(tenantId?: string): void {
    if (tenantId === undefined) {
      this.#journals.clear();
      this.#bytes = 0;
      return;
    }
    const journal = this.#journals.get(tenantId);
    if (!journal) return;
    this.#bytes -= journal.bytes + JOURNAL_OVERHEAD;
    this.#journals.delete(tenantId);
  }
}
