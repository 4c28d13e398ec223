/** One request as the journal shows it; bodies are masked and truncated. */
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

const SECRET_LISTS = new Set(['credentials', 'challenges']);
const SECRET_KEYS = /^(password|passcode|pin|secret|token|api_key)$/i;
const MASK = '****';
const MAX_BODY_CHARS = 16_384;

/** Credential values, passwords and challenge answers never reach the journal. */
export function mask(body: unknown, inSecretList = false): unknown {
  if (Array.isArray(body)) return body.map((item) => mask(item, inSecretList));
  if (!body || typeof body !== 'object') return body;
  const masked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (inSecretList && key === 'value') masked[key] = MASK;
    else if (SECRET_KEYS.test(key) && typeof value !== 'object') masked[key] = MASK;
    else masked[key] = mask(value, SECRET_LISTS.has(key) || (inSecretList && key !== 'options'));
  }
  return masked;
}

export function parseBodyText(text: string | undefined): unknown {
  if (text === undefined || text === '') return null;
  if (text.length > MAX_BODY_CHARS) return `${text.slice(0, MAX_BODY_CHARS)}... (${text.length} characters)`;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function pathMatcher(filter: string): (path: string) => boolean {
  if (!filter.includes('*')) return (path) => path.includes(filter);
  const pattern = new RegExp(`^${filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
  return (path) => pattern.test(path);
}

/** As recorded: the response stays raw text until someone reads the journal (keeps requests cheap). */
export type RecordedExchange = Omit<JournalEntry, 'id' | 'response_body'> & { response_text: string | undefined };

type StoredEntry = Omit<JournalEntry, 'response_body'> & { response_text: string | undefined };

/** A bounded ring of a tenant's requests, newest first; memory stays flat however long it runs. */
export class Journal {
  #entries: StoredEntry[] = [];
  #start = 0;
  #next = 1;

  constructor(readonly capacity: number) {}

  record(entry: RecordedExchange): void {
    const full = { id: this.#next++, ...entry };
    if (this.#entries.length < this.capacity) {
      this.#entries.push(full);
    } else {
      this.#entries[this.#start] = full;
      this.#start = (this.#start + 1) % this.capacity;
    }
  }

  get size(): number {
    return this.#entries.length;
  }

  list(filter: JournalFilter = {}): JournalEntry[] {
    const ordered = [...this.#entries.slice(this.#start), ...this.#entries.slice(0, this.#start)].reverse();
    const pathOk = filter.path ? pathMatcher(filter.path) : () => true;
    const status = filter.status?.toLowerCase();
    const statusOk = (code: number) =>
      !status || (/^\dxx$/.test(status) ? String(code)[0] === status[0] : String(code) === status);
    const matching = ordered.filter((entry) => pathOk(entry.path) && statusOk(entry.status));
    const limited = filter.limit === undefined ? matching : matching.slice(0, filter.limit);
    return limited.map(({ response_text, ...entry }) => ({ ...entry, response_body: parseBodyText(response_text) }));
  }

  clear(): void {
    this.#entries = [];
    this.#start = 0;
  }
}
