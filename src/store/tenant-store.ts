import type { StateBackend } from './backend.js';
import type { Command } from './commands.js';
import { seedRandom } from './random.js';
import { records } from './records.js';
import { copyTenant, decodeTenant, emptyWebhooks, encodeTenant } from './state-codec.js';
import type { TenantState } from './tenant-state.js';

/** The store holds --max-tenants tenants: a new one cannot be kept. */
export class TenantLimitError extends Error {
  constructor(readonly limit: number) {
    super(`This simulator already keeps ${limit} tenants, its limit (--max-tenants); reset tenants you no longer use (POST /__mock/reset) or raise the limit.`);
    this.name = 'TenantLimitError';
  }
}

/** A stored tenant whose commands could not be replayed (state from another version, or a bug). */
export class TenantRebuildError extends Error {
  constructor(
    readonly tenantId: string,
    cause: unknown,
  ) {
    super(`The stored state of tenant "${tenantId}" could not be rebuilt (${(cause as Error).message}); reset it with POST /__mock/reset to start it afresh.`);
    this.name = 'TenantRebuildError';
  }
}

export interface TenantStoreOptions {
  seed: string | number;
  backend: StateBackend;
  /** Tenants kept in memory; the least recently used beyond it leave memory (they reload from the backend when used again). */
  maxResident: number;
  /** Tenants kept at all; a new tenant past it is refused. */
  maxTenants: number;
  /** Commands after which a tenant's snapshot is rewritten and its log emptied. */
  compactAfter?: number;
  /** Runs a command on a tenant again, with the code that ran it the first time. */
  replay: (state: TenantState, command: Command) => void;
  /** A tenant left memory (evicted, reset or rolled back): what lives beside it in memory (journal, faults) goes too. */
  onEvict?: (tenantId: string, reason: 'evicted' | 'reset') => void;
  /** A tenant's change was kept (webhooks it made can go out now). */
  onCommit?: (tenantId: string) => void;
}

interface Resident {
  state: TenantState;
  /** Commands appended since the backend's snapshot. */
  pending: number;
  /** Whether the backend keeps it (a tenant that never changed is not kept). */
  stored: boolean;
  /** Link tokens as last committed, to tell the backend's link index what changed. */
  links: Set<string>;
  /** Whether it committed since the last quiet sweep (compactQuiet). */
  busy: boolean;
  broken?: TenantRebuildError;
}

/**
 * Every MX-Client-ID gets its own world. The store is the one place that knows how worlds are
 * kept: a snapshot plus an append-only log of the commands that changed it since, in a backend
 * (memory or SQLite), with the recently used tenants resident in memory. A tenant is rebuilt by
 * replaying its log over its snapshot, so a command is durable once appended, a failed request
 * is undone by dropping the resident copy, and a tenant that leaves memory comes back the same.
 */
export class TenantStore {
  readonly seed: string | number;
  readonly backend: StateBackend;
  readonly #options: Required<Omit<TenantStoreOptions, 'onEvict' | 'onCommit'>> & Pick<TenantStoreOptions, 'onEvict' | 'onCommit'>;
  readonly #resident = new Map<string, Resident>();
  readonly #locks = new Map<string, Promise<void>>();
  readonly #compactions = new Set<string>();
  #compactionScheduled = false;

  constructor(options: TenantStoreOptions) {
    this.seed = options.seed;
    this.backend = options.backend;
    this.#options = { compactAfter: 128, ...options };
  }

  /** The tenant's state, loaded (or fresh) when it is not in memory. */
  get(tenantId: string): TenantState {
    const resident = this.#resident.get(tenantId);
    if (resident) {
      // most recently used last
      this.#resident.delete(tenantId);
      this.#resident.set(tenantId, resident);
      if (resident.broken) throw resident.broken;
      return resident.state;
    }
    const loaded = this.#load(tenantId);
    this.#resident.set(tenantId, loaded);
    this.#evictBeyondLimit(tenantId);
    if (loaded.broken) throw loaded.broken;
    return loaded.state;
  }

  /** A fresh world: seeded ids, no users, no links. */
  fresh(tenantId: string): TenantState {
    return { tenant_id: tenantId, random: seedRandom(this.seed, tenantId), clock_offset_ms: 0, forced_scenario: null, users: records(), links: records(), webhooks: emptyWebhooks() };
  }

  /** A copy to compute an answer on that must change nothing (HEAD). */
  scratch(tenantId: string): TenantState {
    return copyTenant(this.get(tenantId));
  }

  /** Makes what commands did to the resident tenant durable: appended to its log, in order. */
  commit(tenantId: string, commands: Command[]): void {
    const resident = this.#resident.get(tenantId);
    if (!resident || commands.length === 0) return;
    if (!resident.stored && !this.backend.has(tenantId) && this.backend.count() >= this.#options.maxTenants) {
      throw new TenantLimitError(this.#options.maxTenants);
    }
    const current = Object.keys(resident.state.links);
    const added = current.filter((token) => !resident.links.has(token));
    const removed = [...resident.links].filter((token) => !Object.hasOwn(resident.state.links, token));
    this.backend.append(
      tenantId,
      commands.map((command) => JSON.stringify(command)),
      { added, removed },
    );
    resident.stored = true;
    if (added.length > 0 || removed.length > 0) resident.links = new Set(current);
    resident.pending += commands.length;
    resident.busy = true;
    if (resident.pending >= this.#options.compactAfter) this.#scheduleCompaction(tenantId);
    this.#options.onCommit?.(tenantId);
  }

  /** Forgets what the resident tenant did since its last commit: the next use rebuilds it from the backend. */
  rollback(tenantId: string): void {
    this.#resident.delete(tenantId);
  }

  /** Replaces a tenant by a (validated) state: its snapshot now, with no log. */
  replace(tenantId: string, state: TenantState): void {
    if (!this.backend.has(tenantId) && this.backend.count() >= this.#options.maxTenants) throw new TenantLimitError(this.#options.maxTenants);
    const tokens = Object.keys(state.links);
    this.backend.replace(tenantId, encodeTenant(state), tokens);
    this.#resident.delete(tenantId);
    this.#resident.set(tenantId, { state, pending: 0, stored: true, links: new Set(tokens), busy: false });
    this.#evictBeyondLimit(tenantId);
    this.#options.onCommit?.(tenantId);
  }

  /** Forgets one tenant (it starts fresh on its next request), or all of them. */
  reset(tenantId?: string): void {
    if (tenantId === undefined) {
      this.backend.deleteAll();
      const ids = [...this.#resident.keys()];
      this.#resident.clear();
      for (const id of ids) this.#options.onEvict?.(id, 'reset');
      return;
    }
    this.backend.delete(tenantId);
    this.#resident.delete(tenantId);
    this.#options.onEvict?.(tenantId, 'reset');
  }

  /** Waits until no one else holds the tenant (a seed runs many calls as one change), then holds it. */
  async lock(tenantId: string): Promise<() => void> {
    while (this.#locks.has(tenantId)) await this.#locks.get(tenantId);
    let release!: () => void;
    this.#locks.set(tenantId, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.#locks.delete(tenantId);
      release();
    };
  }

  /** The hold on a tenant, if someone has it: requests wait for it before they touch the tenant. */
  held(tenantId: string): Promise<void> | undefined {
    return this.#locks.get(tenantId);
  }

  /** Whether a tenant is kept (it changed at least once since it was last reset). */
  has(tenantId: string): boolean {
    return this.backend.has(tenantId);
  }

  ids(): string[] {
    return this.backend.ids();
  }

  count(): number {
    return this.backend.count();
  }

  get residentCount(): number {
    return this.#resident.size;
  }

  /** The tenants in memory now, least recently used first. */
  residentIds(): string[] {
    return [...this.#resident.keys()];
  }

  /** The tenant that issued a one-time browser link (a browser sends no MX-Client-ID). */
  tenantOfLink(token: string): string | undefined {
    return this.backend.tenantOfLink(token);
  }

  /** Writes the snapshot of every resident tenant with commands in its log (on shutdown). */
  compactAll(): void {
    for (const id of this.#resident.keys()) this.#compact(id);
  }

  /**
   * The periodic sweep: writes the snapshot of every resident tenant with commands in its log that
   * made no change since the previous sweep. A busy tenant compacts every `compactAfter` commands
   * instead, so a sweep under load does not encode every tenant again and again.
   */
  compactQuiet(): void {
    for (const [id, resident] of this.#resident) {
      if (resident.busy) resident.busy = false;
      else this.#compact(id);
    }
  }

  close(): void {
    this.compactAll();
    this.backend.close();
  }

  #load(tenantId: string): Resident {
    const stored = this.backend.load(tenantId);
    if (!stored) return { state: this.fresh(tenantId), pending: 0, stored: false, links: new Set(), busy: false };
    let state = stored.snapshot === null ? this.fresh(tenantId) : decodeTenant(stored.snapshot);
    try {
      for (const text of stored.commands) this.#options.replay(state, JSON.parse(text) as Command);
    } catch (error) {
      state = this.fresh(tenantId);
      return { state, pending: stored.commands.length, stored: true, links: new Set(), busy: false, broken: new TenantRebuildError(tenantId, error) };
    }
    return { state, pending: stored.commands.length, stored: true, links: new Set(Object.keys(state.links)), busy: false };
  }

  #evictBeyondLimit(keep: string): void {
    if (this.#resident.size <= this.#options.maxResident) return;
    for (const id of this.#resident.keys()) {
      if (this.#resident.size <= this.#options.maxResident) break;
      if (id === keep || this.#locks.has(id)) continue;
      this.#resident.delete(id);
      this.#options.onEvict?.(id, 'evicted');
    }
  }

  #scheduleCompaction(tenantId: string): void {
    this.#compactions.add(tenantId);
    if (this.#compactionScheduled) return;
    this.#compactionScheduled = true;
    // after the responses of this turn are written: compaction is never on a request's path
    setImmediate(() => {
      this.#compactionScheduled = false;
      const ids = [...this.#compactions];
      this.#compactions.clear();
      for (const id of ids) this.#compact(id);
    });
  }

  #compact(tenantId: string): void {
    const resident = this.#resident.get(tenantId);
    if (!resident || resident.broken || resident.pending === 0 || this.#locks.has(tenantId)) return;
    this.backend.compact(tenantId, encodeTenant(resident.state), resident.pending);
    resident.pending = 0;
  }
}
