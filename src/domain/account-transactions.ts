import { dayOf } from '../factories/calendar.js';
import { DerivedCache } from '../factories/derived-cache.js';
import { deriveTransactions, estimatedBytes } from '../factories/transaction-history.js';
import type { Transaction } from '../spec/wire.js';
import type { AccountRecord, MemberState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { testAtriumTransactions } from './test-atrium.js';

/** How far back a standard aggregation gathers transactions, and how far back transaction lists reach by default (MX: 90 days both). */
export const HISTORY_DAYS = 90;

/** What derived transaction lists may hold in memory, across every tenant of the process. */
export const DERIVED_CACHE_BYTES = 64 * 1024 * 1024;

interface DerivedList {
  /** Newest first (newestFirst). */
  list: Transaction[];
  byGuid?: Map<string, Transaction>;
}

const derived = new DerivedCache<object, DerivedList>(DERIVED_CACHE_BYTES);

/** The derived list of one account, cached by the history it derives from. */
export function derivedOf(ctx: DomainContext, state: MemberState, record: AccountRecord): DerivedList {
  if (state.read_only && state.member.guid === ctx.data.testAtrium.member.guid) {
    return { list: testAtriumTransactions(ctx.data, state, record.account, dayOf(ctx.now)) };
  }
  const key = record.history ?? record.imported;
  if (!key) return { list: [] };
  const pinned = state.member.institution_code === 'mxbank' ? ctx.data.mxbank.transactions.filter((template) => template.account === record.account.name) : [];
  return derived.get(key, () => ({ list: deriveTransactions(record, pinned, ctx.data.catalog) }), (entry) => estimatedBytes(entry.list));
}

/** Every transaction of an account gathered so far, newest first. */
export function accountTransactions(ctx: DomainContext, state: MemberState, record: AccountRecord): Transaction[] {
  return derivedOf(ctx, state, record).list;
}

