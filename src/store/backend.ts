/** A tenant as kept: its last snapshot (JSON of TenantState, null before the first) and the commands since, as JSON. */
export interface StoredTenant {
  snapshot: string | null;
  commands: string[];
}

/** Which one-time link tokens a commit added and removed, so a browser link finds its tenant. */
export interface LinkChanges {
  added: string[];
  removed: string[];
}

/**
 * Where tenants are kept between requests: in memory, or in SQLite (a state file). Every write
 * is durable when it returns (what that means against power loss is the backend's setting).
 */
export interface StateBackend {
  readonly kind: 'memory' | 'sqlite';
  load(tenantId: string): StoredTenant | undefined;
  /** Appends commands in one transaction, with the link index changes they made. */
  append(tenantId: string, commands: string[], links: LinkChanges): void;
  /** Replaces the snapshot and drops the first `covered` commands (they are in it now). */
  compact(tenantId: string, snapshot: string, covered: number): void;
  /** A tenant restored from a snapshot: no commands, the link index rebuilt from `tokens`. */
  replace(tenantId: string, snapshot: string, tokens: string[]): void;
  delete(tenantId: string): void;
  deleteAll(): void;
  has(tenantId: string): boolean;
  count(): number;
  ids(): string[];
  tenantOfLink(token: string): string | undefined;
  close(): void;
}
