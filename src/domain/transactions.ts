import { dateOfDay, dayOf, dayOfDate } from '../factories/calendar.js';
import type { Transaction } from '../spec/wire.js';
import { valuesOf } from '../store/records.js';
import { HISTORY_DAYS, accountTransactions, derivedOf, memberTransactions } from './account-transactions.js';
import type { DomainContext } from './context.js';
import { DomainError, notFound } from './errors.js';
import { findAccount, membersInScope, type DataScope } from './member-data.js';
import { mergedPage } from './newest-first-merge.js';
import { userMembers } from './members.js';
import { paginateWith, type PageQuery } from './pagination.js';

/** Atrium's defaults: from HISTORY_DAYS (90) days before today to 5 days after it (to catch pending transactions). */
export const DEFAULT_TO_DAYS = 5;

export interface DateQuery extends PageQuery {
  from_date?: string | undefined;
  to_date?: string | undefined;
}

/** The inclusive date range of a list request; a range that ends before it starts is a 400, never an empty page. */
export function dateWindow(ctx: DomainContext, query: DateQuery): { from: string; to: string } {
  const today = dayOf(ctx.now);
  const parse = (name: 'from_date' | 'to_date', fallback: number): { date: string; given: boolean } => {
    const value = query[name];
    if (value === undefined) return { date: dateOfDay(fallback), given: false };
    if (dayOfDate(value) === undefined) throw new DomainError('invalid', `${name} "${value}" is not a date; use YYYY-MM-DD.`);
    return { date: value, given: true };
  };
  const from = parse('from_date', today - HISTORY_DAYS);
  const to = parse('to_date', today + DEFAULT_TO_DAYS);
  if (from.date > to.date) {
    const describe = (name: string, bound: { date: string; given: boolean }, days: string) => `${name} ${bound.date}${bound.given ? '' : ` (the default, ${days} today)`}`;
    throw new DomainError(
      'invalid',
      `The date range is reversed: ${describe('from_date', from, `${HISTORY_DAYS} days before`)} is after ${describe('to_date', to, `${DEFAULT_TO_DAYS} days after`)}.`,
    );
  }
  return { from: from.date, to: to.date };
}

/** The first index of a newest-first list whose date is before `date` (`inclusive`: on or before), by binary search. */
function firstIndexBefore(list: readonly Transaction[], date: string, inclusive: boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const candidate = list[middle]!.date;
    if (inclusive ? candidate > date : candidate >= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The newest-first lists a scope reaches: the account's, or one merged list per member. */
function listsInScope(ctx: DomainContext, scope: DataScope): readonly (readonly Transaction[])[] {
  if (scope.account_guid !== undefined) {
    const { state, record } = findAccount(ctx, scope.user_guid, scope.account_guid);
    return [accountTransactions(ctx, state, record)];
  }
  return membersInScope(ctx, scope).map((state) => memberTransactions(ctx, state));
}

export function listTransactions(ctx: DomainContext, scope: DataScope, query: DateQuery) {
  const { from, to } = dateWindow(ctx, query);
  const runs = listsInScope(ctx, scope).map((list) => ({ list, start: firstIndexBefore(list, to, true), end: firstIndexBefore(list, from, false) }));
  const total = runs.reduce((sum, run) => sum + run.end - run.start, 0);
  return paginateWith(total, query, (offset, count) => mergedPage(runs, offset, count));
}

export function readTransaction(ctx: DomainContext, userGuid: string, transactionGuid: string): Transaction {
  for (const state of userMembers(ctx, userGuid).members) {
    for (const record of valuesOf(state.accounts)) {
      const entry = derivedOf(ctx, state, record);
      entry.byGuid ??= new Map(entry.list.map((transaction) => [transaction.guid, transaction]));
      const found = entry.byGuid.get(transactionGuid);
      if (found) return found;
    }
  }
  throw notFound(`transaction "${transactionGuid}" of user "${userGuid}"`);
}
