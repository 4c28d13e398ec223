import { dateOfDay, dayOf, dayOfDate } from '../factories/calendar.js';
import { compareText } from '../factories/compare.js';
import type { Transaction } from '../spec/wire.js';
import type { MemberState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { DomainError } from './errors.js';
import { HISTORY_DAYS } from './job-results.js';
import { recordOfUser, recordsInScope, type DataScope } from './member-data.js';
import { paginate, type PageQuery } from './pagination.js';
import { refreshTestAtrium } from './test-atrium.js';

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

/** Newest first by `date`, then by guid so that pages never shuffle. */
function newestFirst(a: Transaction, b: Transaction): number {
  return compareText(b.date, a.date) || compareText(a.guid, b.guid);
}

/** A member's transactions; the read-only test member's are dated anew when the simulated day changes. */
const transactionsOf = (ctx: DomainContext) => (state: MemberState) => {
  refreshTestAtrium(ctx, state);
  return state.transactions;
};

export function listTransactions(ctx: DomainContext, scope: DataScope, query: DateQuery) {
  const { from, to } = dateWindow(ctx, query);
  const matching = recordsInScope(ctx, scope, transactionsOf(ctx)).filter((transaction) => transaction.date >= from && transaction.date <= to);
  return paginate(matching.sort(newestFirst), query);
}

export function readTransaction(ctx: DomainContext, userGuid: string, transactionGuid: string): Transaction {
  return recordOfUser(ctx, userGuid, transactionGuid, 'transaction', transactionsOf(ctx)).record;
}
