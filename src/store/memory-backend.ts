import type { LinkChanges, StateBackend, StoredTenant } from './backend.js';

/** Tenants kept in this process only (no --state-file): what tests and createSimulator() use. */
export class MemoryBackend implements StateBackend {
  readonly kind = 'memory';
  readonly #tenants = new Map<string, StoredTenant>();
  readonly #links = new Map<string, string>();
  readonly #tokens = new Map<string, Set<string>>();

  load(tenantId: string): StoredTenant | undefined {
    const stored = this.#tenants.get(tenantId);
    return stored && { snapshot: stored.snapshot, commands: [...stored.commands] };
  }

  append(tenantId: string, commands: string[], links: LinkChanges): void {
    let stored = this.#tenants.get(tenantId);
    if (!stored) this.#tenants.set(tenantId, (stored = { snapshot: null, commands: [] }));
    stored.commands.push(...commands);
    this.#index(tenantId, links);
  }

  compact(tenantId: string, snapshot: string, covered: number): void {
    const stored = this.#tenants.get(tenantId);
    if (!stored) return;
    stored.snapshot = snapshot;
    stored.commands.splice(0, covered);
  }

  replace(tenantId: string, snapshot: string, tokens: string[]): void {
    this.#unlink(tenantId);
    this.#tenants.set(tenantId, { snapshot, commands: [] });
    this.#index(tenantId, { added: tokens, removed: [] });
  }

  delete(tenantId: string): void {
    this.#unlink(tenantId);
    this.#tenants.delete(tenantId);
  }

  deleteAll(): void {
    this.#tenants.clear();
    this.#links.clear();
    this.#tokens.clear();
  }

  has(tenantId: string): boolean {
    return this.#tenants.has(tenantId);
  }

  count(): number {
    return this.#tenants.size;
  }

  ids(): string[] {
    return [...this.#tenants.keys()];
  }

  tenantOfLink(token: string): string | undefined {
    return this.#links.get(token);
  }

  close(): void {}

  #index(tenantId: string, { added, removed }: LinkChanges): void {
    let tokens = this.#tokens.get(tenantId);
    if (!tokens) this.#tokens.set(tenantId, (tokens = new Set()));
    for (const token of removed) {
      this.#links.delete(token);
      tokens.delete(token);
    }
    for (const token of added) {
      this.#links.set(token, tenantId);
      tokens.add(token);
    }
  }

  #unlink(tenantId: string): void {
    for (const token of this.#tokens.get(tenantId) ?? []) this.#links.delete(token);
    this.#tokens.delete(tenantId);
  }
}
