import { asRecords, records, valuesOf } from './records.js';
import type { TenantState, WebhookState } from './tenant-state.js';

export function emptyWebhooks(): WebhookState {
  return { config: null, outbox: records(), sequence: 0 };
}

/** A tenant as stored: plain JSON. */
export function encodeTenant(state: TenantState): string {
  return JSON.stringify(state);
}

/**
 * A stored tenant back in memory, its records prototype-free again (JSON.parse keeps a
 * `__proto__` key as an own key; making the object prototype-free keeps it a key).
 */
export function decodeTenant(json: string): TenantState {
  return reviveRecords(JSON.parse(json) as TenantState);
}

/** Makes every record of a parsed tenant prototype-free, in place. */
export function reviveRecords(state: TenantState): TenantState {
  asRecords(state.users);
  asRecords(state.links);
  // tenants kept before webhooks existed have none
  state.webhooks ??= emptyWebhooks();
  asRecords(state.webhooks.outbox);
  if (state.webhooks.config) {
    asRecords(state.webhooks.config.urls);
    asRecords(state.webhooks.config.headers);
  }
  for (const link of valuesOf(state.links)) if (link.kind === 'connect') asRecords(link.options);
  for (const user of valuesOf(state.users)) {
    asRecords(user.members);
    for (const member of valuesOf(user.members)) {
      asRecords(member.scenario_fault_counts);
      asRecords(member.accounts);
      asRecords(member.holdings);
      asRecords(member.statements);
      if (member.job) asRecords(member.job.timing_by_phase);
    }
  }
  return state;
}

/** A deep copy (for requests that must change nothing, such as HEAD). */
export function copyTenant(state: TenantState): TenantState {
  return decodeTenant(encodeTenant(state));
}
