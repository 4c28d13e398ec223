import { chmodSync, closeSync, existsSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { LinkChanges, StateBackend, StoredTenant } from './backend.js';

let loaded: typeof BetterSqlite3 | undefined;
/** The native addon, loaded when a state file is first opened: a simulator in memory never pays for it at start. */
function openDatabase(...args: ConstructorParameters<typeof BetterSqlite3>): SqliteDatabase {
  loaded ??= createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  return new loaded(...args);
}

export const DATABASE_FORMAT = 'atrium-mock/state';
/** The layout this code writes; a database of a later one is refused, never changed. */
export const DATABASE_VERSION = 1;

/** A state file that cannot be used: reported in one line, and left exactly as it is. */
export class StateFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`Cannot use the state file ${file}: ${problem} It was left untouched; move it away (or point --state-file elsewhere) to start with a fresh state.`);
    this.name = 'StateFileError';
  }
}

export type SyncMode = 'off' | 'normal' | 'full';

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** What the first bytes of a file say it is: a SQLite database, something else, or nothing yet. */
export function fileKind(file: string): 'missing' | 'empty' | 'sqlite' | 'json' | 'other' {
  if (!existsSync(file)) return 'missing';
  const descriptor = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = readSync(descriptor, head, 0, 16, 0);
    if (read === 0) return 'empty';
    if (read === 16 && head.toString('latin1') === SQLITE_HEADER) return 'sqlite';
    const first = head.subarray(0, read).toString('utf8').trimStart()[0];
    return first === '{' || first === 'n' || first === '[' ? 'json' : 'other';
  } finally {
    closeSync(descriptor);
  }
}

/** Checks a database read-only before anything writes to it: its format and version. */
function checkExisting(file: string): void {
  let db: SqliteDatabase | undefined;
  try {
    db = openDatabase(file, { readonly: true, fileMustExist: true });
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name));
    if (tables.size === 0) return;
    if (!tables.has('meta')) throw new StateFileError(file, 'it is a SQLite database, but not one of atrium-mock.');
    const meta = new Map((db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((row) => [row.key, row.value]));
    if (meta.get('format') !== DATABASE_FORMAT) throw new StateFileError(file, `it is a SQLite database of "${meta.get('format') ?? 'something else'}", not of atrium-mock.`);
    const version = Number(meta.get('version'));
    if (!Number.isInteger(version) || version > DATABASE_VERSION) {
      throw new StateFileError(file, `it was written by a newer atrium-mock (layout ${meta.get('version')}); this one reads layout ${DATABASE_VERSION}. Upgrade atrium-mock.`);
    }
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') throw new StateFileError(file, `the database is damaged (${String(check)}).`);
  } catch (error) {
    if (error instanceof StateFileError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new StateFileError(file, 'another process is using it (another atrium-mock?).');
    throw new StateFileError(file, `it cannot be read as a database (${(error as Error).message}).`);
  } finally {
    db?.close();
  }
}

/**
 * Tenants in one SQLite file (better-sqlite3): a snapshot row per tenant, the commands since in
 * order, and the index of one-time link tokens. Each write is one transaction, done before the
 * request it belongs to is answered; `sync` decides what survives a power loss (WAL mode: every
 * committed write survives a crash of the process even with `normal`).
 */
export class SqliteBackend implements StateBackend {
  readonly kind = 'sqlite';
  readonly file: string;
  readonly #db: SqliteDatabase;
  readonly #next = new Map<string, number>();
  #count: number;
  readonly #sql: Record<
    | 'snapshot' | 'commands' | 'maxSeq' | 'minSeq' | 'ensure' | 'insert' | 'compactSnapshot' | 'dropCommands' | 'upsertSnapshot' | 'deleteCommands'
    | 'deleteLinksOf' | 'deleteTenant' | 'insertLink' | 'deleteLink' | 'linkTenant' | 'has' | 'ids' | 'count',
    Statement
  >;

  /** Opens (or creates, mode 0600) the database; a file that is not one of ours, damaged, or of a newer layout is refused untouched. */
  constructor(file: string, sync: SyncMode = 'normal') {
    this.file = file;
    const kind = fileKind(file);
    if (kind === 'other' || kind === 'json') throw new StateFileError(file, kind === 'json' ? 'it is JSON, not a database (import it first).' : 'it is not a SQLite database.');
    if (kind === 'missing') closeSync(openSync(file, 'wx', 0o600));
    else if (kind === 'sqlite') checkExisting(file);
    try {
      this.#db = openDatabase(file, { fileMustExist: true });
      // one simulator per file: a second one gets "busy" at start instead of two logs interleaving
      this.#db.pragma('locking_mode = EXCLUSIVE');
      this.#db.pragma('journal_mode = WAL');
      this.#db.pragma(`synchronous = ${sync.toUpperCase()}`);
      this.#db.exec(`
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS tenants (id TEXT PRIMARY KEY, snapshot TEXT) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS commands (tenant TEXT NOT NULL, seq INTEGER NOT NULL, command TEXT NOT NULL, PRIMARY KEY (tenant, seq)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS links (token TEXT PRIMARY KEY, tenant TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS links_by_tenant ON links (tenant);
      `);
      this.#db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?), (?, ?)').run('format', DATABASE_FORMAT, 'version', String(DATABASE_VERSION));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new StateFileError(file, 'another process is using it (another atrium-mock?).');
      throw new StateFileError(file, `it cannot be opened as a database (${(error as Error).message}).`);
    }
    chmodSync(file, 0o600);
    const db = this.#db;
    this.#sql = {
      snapshot: db.prepare('SELECT snapshot FROM tenants WHERE id = ?'),
      commands: db.prepare('SELECT command FROM commands WHERE tenant = ? ORDER BY seq').pluck(),
      maxSeq: db.prepare('SELECT max(seq) FROM commands WHERE tenant = ?').pluck(),
      minSeq: db.prepare('SELECT min(seq) FROM commands WHERE tenant = ?').pluck(),
      ensure: db.prepare('INSERT OR IGNORE INTO tenants (id, snapshot) VALUES (?, NULL)'),
      insert: db.prepare('INSERT INTO commands (tenant, seq, command) VALUES (?, ?, ?)'),
      compactSnapshot: db.prepare('UPDATE tenants SET snapshot = ? WHERE id = ?'),
      dropCommands: db.prepare('DELETE FROM commands WHERE tenant = ? AND seq < ?'),
      upsertSnapshot: db.prepare('INSERT INTO tenants (id, snapshot) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET snapshot = excluded.snapshot'),
      deleteCommands: db.prepare('DELETE FROM commands WHERE tenant = ?'),
      deleteLinksOf: db.prepare('DELETE FROM links WHERE tenant = ?'),
      deleteTenant: db.prepare('DELETE FROM tenants WHERE id = ?'),
      insertLink: db.prepare('INSERT OR REPLACE INTO links (token, tenant) VALUES (?, ?)'),
      deleteLink: db.prepare('DELETE FROM links WHERE token = ?'),
      linkTenant: db.prepare('SELECT tenant FROM links WHERE token = ?').pluck(),
      has: db.prepare('SELECT 1 FROM tenants WHERE id = ?').pluck(),
      ids: db.prepare('SELECT id FROM tenants ORDER BY id').pluck(),
      count: db.prepare('SELECT count(*) FROM tenants').pluck(),
    };
    this.#count = this.#sql.count.get() as number;
  }

  load(tenantId: string): StoredTenant | undefined {
    const row = this.#sql.snapshot.get(tenantId) as { snapshot: string | null } | undefined;
    if (!row) return undefined;
    return { snapshot: row.snapshot, commands: this.#sql.commands.all(tenantId) as string[] };
  }

  /** Appends in the open transaction; what it returns is kept by the caller once the transaction committed. */
  readonly #append = (tenantId: string, commands: string[], links: LinkChanges): { next: number; newTenant: boolean } => {
    let seq = this.#next.get(tenantId);
    let newTenant = false;
    // a tenant with a committed next sequence number has its row already
    if (seq === undefined) {
      newTenant = this.#sql.ensure.run(tenantId).changes > 0;
      seq = ((this.#sql.maxSeq.get(tenantId) as number | null) ?? 0) + 1;
    }
    for (const command of commands) this.#sql.insert.run(tenantId, seq++, command);
    for (const token of links.removed) this.#sql.deleteLink.run(token);
    for (const token of links.added) this.#sql.insertLink.run(token, tenantId);
    return { next: seq, newTenant };
  };

  append(tenantId: string, commands: string[], links: LinkChanges): void {
    let appended = { next: 0, newTenant: false };
    this.#transaction(() => {
      appended = this.#append(tenantId, commands, links);
    });
    // only after the commit: a rolled back append leaves neither a count nor a number behind
    this.#next.set(tenantId, appended.next);
    if (appended.newTenant) this.#count += 1;
  }

  compact(tenantId: string, snapshot: string, covered: number): void {
    this.#transaction(() => {
      const first = (this.#sql.minSeq.get(tenantId) as number | null) ?? this.#nextSeq(tenantId);
      this.#sql.compactSnapshot.run(snapshot, tenantId);
      this.#sql.dropCommands.run(tenantId, first + covered);
    });
  }

  replace(tenantId: string, snapshot: string, tokens: string[]): void {
    this.#transaction(() => {
      if (this.#sql.has.get(tenantId) === undefined) this.#count += 1;
      this.#sql.upsertSnapshot.run(tenantId, snapshot);
      this.#sql.deleteCommands.run(tenantId);
      this.#sql.deleteLinksOf.run(tenantId);
      for (const token of tokens) this.#sql.insertLink.run(token, tenantId);
    });
  }

  delete(tenantId: string): void {
    this.#transaction(() => {
      if (this.#sql.deleteTenant.run(tenantId).changes > 0) this.#count -= 1;
      this.#sql.deleteCommands.run(tenantId);
      this.#sql.deleteLinksOf.run(tenantId);
    });
    this.#next.delete(tenantId);
  }

  deleteAll(): void {
    this.#transaction(() => this.#db.exec('DELETE FROM tenants; DELETE FROM commands; DELETE FROM links;'));
    this.#count = 0;
    this.#next.clear();
  }

  has(tenantId: string): boolean {
    return this.#sql.has.get(tenantId) !== undefined;
  }

  count(): number {
    return this.#count;
  }

  ids(): string[] {
    return this.#sql.ids.all() as string[];
  }

  tenantOfLink(token: string): string | undefined {
    return this.#sql.linkTenant.get(token) as string | undefined;
  }

  /** Imports tenants in one transaction (a JSON state file of the old format). */
  importTenants(tenants: Iterable<[string, string, string[]]>): number {
    let imported = 0;
    this.#transaction(() => {
      for (const [tenantId, snapshot, tokens] of tenants) {
        if (this.#sql.has.get(tenantId) === undefined) this.#count += 1;
        this.#sql.upsertSnapshot.run(tenantId, snapshot);
        for (const token of tokens) this.#sql.insertLink.run(token, tenantId);
        imported += 1;
      }
    });
    return imported;
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  #nextSeq(tenantId: string): number {
    let next = this.#next.get(tenantId);
    if (next === undefined) {
      next = ((this.#sql.maxSeq.get(tenantId) as number | null) ?? 0) + 1;
      this.#next.set(tenantId, next);
    }
    return next;
  }

  #transaction(body: () => void): void {
    this.#inTransaction(body);
  }

  readonly #inTransaction = (body: () => void): void => {
    this.#transactionOf ??= this.#db.transaction((run: () => void) => run());
    this.#transactionOf(body);
  };

  #transactionOf: ((run: () => void) => void) | undefined;
}
