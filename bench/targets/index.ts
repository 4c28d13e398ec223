import type { Target } from '../plan.js';
import { accountsTarget } from './accounts.js';
import { createUserTarget } from './create-user.js';
import { durable100kTarget } from './durable-100k.js';
import { durableColdTarget } from './durable-cold.js';
import { durableRestartTarget } from './durable-restart.js';
import { durableWritesTarget } from './durable-writes.js';
import { prismTarget } from './prism.js';
import { startupTarget } from './startup.js';
import { statusTarget } from './status.js';
import { tenantCostTarget } from './tenant-cost.js';
import { tenantsTarget } from './tenants.js';
import { transactionsTarget } from './transactions.js';
import { userListsTarget } from './user-lists.js';
import { validationTarget } from './validation.js';

/** Every target, in the order of the table. */
export const TARGETS: readonly Target[] = [
  statusTarget,
  accountsTarget,
  createUserTarget,
  prismTarget,
  transactionsTarget,
  userListsTarget,
  tenantsTarget,
  validationTarget,
  startupTarget,
  durableRestartTarget,
  durableColdTarget,
  durableWritesTarget,
  durable100kTarget,
  tenantCostTarget,
];

/** BENCH_ONLY names targets, or `durable` for every durable-* target; an unknown name stops the bench with the known ones. */
export function selectTargets(targets: readonly Target[], only: ReadonlySet<string> | null): Target[] {
  if (!only) return [...targets];
  const known = new Set(targets.map((target) => target.name));
  const unknown = [...only].filter((name) => !known.has(name) && name !== 'durable');
  if (unknown.length) {
    console.error(`BENCH_ONLY: unknown target ${unknown.join(', ')}; known: ${[...known].join(', ')} (and durable for every durable-* target).`);
    process.exit(2);
  }
  return targets.filter((target) => only.has(target.name) || (only.has('durable') && target.name.startsWith('durable-')));
}
