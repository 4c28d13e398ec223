import { seedRandom } from './random.js';
import { records } from './records.js';
import type { TenantState } from './tenant-state.js';

/**
 * Every MX-Client-ID gets its own world, created on first use: parallel test suites that use
 * different client ids never see each other's users, members, jobs or clock.
 */
export class TenantStore {
  readonly #tenants = new Map<string, TenantState>();

  constructor(readonly seed: string | number) {}

  get(tenantId: string): TenantState {
    let tenant = this.#tenants.get(tenantId);
    if (!tenant) {
      tenant = this.fresh(tenantId);
      this.#tenants.set(tenantId, tenant);
    }
    return tenant;
  }

  fresh(tenantId: string): TenantState {
    const tenant: TenantState = {
      tenant_id: tenantId,
      random: seedRandom(this.seed, tenantId),
      clock_offset_ms: 0,
      forced_scenario: null,
      users: records(),
      links: records(),
    };
    return tenant;
  }

  has(tenantId: string): boolean {
    return this.#tenants.has(tenantId);
  }

  ids(): string[] {
    return [...this.#tenants.keys()];
  }

  /** Forgets one tenant (it starts fresh on its next request), or all of them. */
  reset(tenantId?: string): void {
    if (tenantId === undefined) this.#tenants.clear();
    else this.#tenants.delete(tenantId);
  }

  replace(tenant: TenantState): void {
    this.#tenants.set(tenant.tenant_id, tenant);
  }
}
