import { dayOf } from '../factories/calendar.js';
import { DerivedCache } from '../factories/derived-cache.js';
import { deriveTransactions, estimatedBytes } from '../factories/transaction-history.js';
import type { Transaction } from '../spec/wire.js';
import type { AccountRecord, MemberState } from '../store/tenant-state.js';
import { valuesOf } from '../store/records.js';
import type { DomainContext } from './context.js';
import { mergedLists } from './newest-first-merge.js';
import { testAtriumTransactions } from './test-atrium.js';

/** How far back a standard aggregation gathers transactions, and how far back transaction lists reach by default (MX: 90 days both). */
export const HISTORY_DAYS = 90;

/** What derived transaction lists may hold in memory, across every tenant of the process. */
export const DERIVED_CACHE_BYTES = 64 * 1024 * 1024;

interface DerivedList {
  /** Newest first (newestFirst). */
  list: Transaction[];
  byGuid?: Map<string, Transaction>;
  /** Of a member's merged list: each account record and the history it was derived from, in order. */
  sources?: unknown[];
}

// Account lists are keyed by the history they derive from (replaced, never changed); a member's
// merged list by the member, checked against its sources. A merged list is counted in full, as
// it may outlive the account lists whose transactions it shares.
const derived = new DerivedCache<object, DerivedList>(DERIVED_CACHE_BYTES);

const historyOf = (record: AccountRecord): object | undefined => record.history ?? record.imported;

const isTestAtrium = (ctx: DomainContext, state: MemberState): boolean => state.read_only && state.member.guid === ctx.data.testAtrium.member.guid;

/** An account's transactions derived afresh from its history (and MX Bank's pinned templates). */
function deriveAccount(ctx: DomainContext, state: MemberState, record: AccountRecord): DerivedList {
  const pinned = state.member.institution_code === 'mxbank' ? ctx.data.mxbank.transactions.filter((template) => template.account === record.account.name) : [];
  return { list: deriveTransactions(record, pinned, ctx.data.catalog) };
}

/** The derived list of one account, cached by the history it derives from. */
export function derivedOf(ctx: DomainContext, state: MemberState, record: AccountRecord): DerivedList {
  if (isTestAtrium(ctx, state)) return { list: testAtriumTransactions(ctx.data, state, record.account, dayOf(ctx.now)) };
  const key = historyOf(record);
  if (!key) return { list: [] };
  return derived.get(key, () => deriveAccount(ctx, state, record), (entry) => estimatedBytes(entry.list));
}

/** Every transaction of an account gathered so far, newest first. */
export function accountTransactions(ctx: DomainContext, state: MemberState, record: AccountRecord): Transaction[] {
  return derivedOf(ctx, state, record).list;
}

/** Whether the member's accounts are still the ones, with the histories, that `sources` lists. */
function sameSources(state: MemberState, sources: readonly unknown[]): boolean {
  const records = valuesOf(state.accounts);
  if (records.length * 2 !== sources.length) return false;
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index]!;
    if (sources[index * 2] !== record || sources[index * 2 + 1] !== historyOf(record)) return false;
  }
  return true;
}

/**
 * Every transaction of every account of a member, newest first: merged once, and again only when
 * an account or its history changes, so a member's list costs one run however many accounts it has.
 */
export function memberTransactions(ctx: DomainContext, state: MemberState): readonly Transaction[] {
  if (isTestAtrium(ctx, state)) return mergedLists(valuesOf(state.accounts).map((record) => accountTransactions(ctx, state, record)));
  // cached account lists are used but a merge caches none, so a user's lists need room for one copy, not two
  const accountList = (record: AccountRecord): readonly Transaction[] => {
    const key = historyOf(record);
    return key ? (derived.peek(key) ?? deriveAccount(ctx, state, record)).list : [];
  };
  const derive = (): DerivedList => {
    const records = valuesOf(state.accounts);
    return { list: mergedLists(records.map(accountList)), sources: records.flatMap((record) => [record, historyOf(record)]) };
  };
  return derived.get(state, derive, (entry) => estimatedBytes(entry.list), (entry) => entry.sources !== undefined && sameSources(state, entry.sources)).list;
}
