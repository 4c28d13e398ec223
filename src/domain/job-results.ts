import { accountFromTemplate, accountNumberOf, generatedAccountTemplates, isDemandDeposit } from '../factories/accounts.js';
import { generateAccountOwners } from '../factories/account-owners.js';
import { refreshBalances } from '../factories/balances.js';
import { addMonths, dateOfDay, dayOf, dayOfDate, firstOfMonth, mixSeed } from '../factories/calendar.js';
import { generateHoldings, holdingFromTemplate } from '../factories/holdings.js';
import { statementDocument, buildStatement } from '../factories/statements.js';
import { earliestRetainedDay, gatherDays } from '../factories/transaction-history.js';
import { toMxTimestamp } from '../simulation/clock.js';
import { drawUint32, nextGuid } from '../store/random.js';
import type { Job, JobType, MemberState } from '../store/tenant-state.js';
import { valuesOf } from '../store/records.js';
import { HISTORY_DAYS, accountTransactions } from './account-transactions.js';
import { countGathered, webhookUrl } from './webhooks.js';
import type { Phase } from '../simulation/engine.js';
import type { DomainContext } from './context.js';

/** Extended history reaches back this many months. */
export const EXTENDED_HISTORY_MONTHS = 24;
/** A statements job fetches the statements of this many complete calendar months, per account. */
export const STATEMENT_MONTHS = 3;
/** Holdings draw from the account's seed mixed with this tag, apart from the per-day transaction seeds. */
const HOLDINGS_STREAM = -1;

function seedFrom(ctx: DomainContext): number {
  return drawUint32(ctx.tenant.random, 1)[0]!;
}

function isMxBank(state: MemberState): boolean {
  return state.member.institution_code === 'mxbank';
}

/** Every job that reaches the institution discovers the member's accounts when it has none yet, with the holdings of investment accounts. */
function discoverAccounts(ctx: DomainContext, state: MemberState): void {
  const { member } = state;
  const institution = ctx.institutions.get(member.institution_code);
  const templates = isMxBank(state) ? ctx.data.mxbank.accounts : generatedAccountTemplates(institution.account_profile, seedFrom(ctx));
  const timestamp = toMxTimestamp(ctx.now);
  for (const template of templates) {
    const guid = nextGuid(ctx.tenant.random, 'ACT');
    const owner = { guid, member_guid: member.guid, user_guid: member.user_guid, institution_code: member.institution_code };
    const record = accountFromTemplate(template, owner, timestamp, seedFrom(ctx));
    state.accounts[guid] = record;
    const holdings = isMxBank(state)
      ? ctx.data.mxbank.holdings.filter((holding) => holding.account === template.name).map((holding) => holdingFromTemplate(holding, record.account, nextGuid(ctx.tenant.random, 'HOL'), timestamp))
      : record.account.type === 'INVESTMENT'
        ? generateHoldings(record.account, mixSeed(record.seed, HOLDINGS_STREAM), timestamp, () => nextGuid(ctx.tenant.random, 'HOL'))
        : [];
    for (const holding of holdings) state.holdings[holding.guid] = holding;
  }
}

/** Accounts processed: new members discover accounts; later standard and balance aggregations refresh balances. */
function gatherAccounts(ctx: DomainContext, state: MemberState, job: Job): void {
  const records = valuesOf(state.accounts);
  if (records.length === 0) {
    discoverAccounts(ctx, state);
  } else if (job.type === 'aggregation' || job.type === 'balance') {
    refreshBalances(records, valuesOf(state.holdings), seedFrom(ctx), toMxTimestamp(ctx.now));
  }
}

/** The first day whose transactions a job gathers, or null when it gathers none (balance; identify/verify without include_transactions). */
function historyStart(job: Job, today: number): number | null {
  switch (job.type) {
    case 'aggregation':
      return today - HISTORY_DAYS;
    case 'identification':
    case 'verification':
      return job.include_transactions ? today - HISTORY_DAYS : null;
    case 'extended_history':
      return addMonths(today, -EXTENDED_HISTORY_MONTHS);
    case 'statements':
      // the statements list these transactions; gathering them keeps PDFs and the API in agreement
      return firstOfMonth(today, -STATEMENT_MONTHS);
    case 'balance':
      return null;
  }
}

/** Transactions processed: the account's history now covers the days the job reaches (only days not gathered yet are new; what was pending may have posted). */
function gatherTransactions(ctx: DomainContext, state: MemberState, job: Job): void {
  const today = dayOf(ctx.now);
  const from = historyStart(job, today);
  if (from === null) return;
  for (const record of valuesOf(state.accounts)) {
    record.history = gatherDays(record.history, from, today, ctx.now);
    forgetStatementsBefore(state, record.account.guid, earliestRetainedDay(record.history));
  }
  // what the job's webhook reports (counted only when its webhook goes somewhere: it derives the lists)
  const kind = job.type === 'extended_history' ? 'HISTORY' : 'AGGREGATION';
  if ((job.type === 'aggregation' || job.type === 'extended_history') && webhookUrl(ctx, kind) !== null) {
    const { created, updated } = countGathered(ctx, state, toMxTimestamp(ctx.now));
    job.transactions_created = created;
    job.transactions_updated = updated;
  }
}

/** Identification replaces the owners it found last time. */
function identifyOwners(ctx: DomainContext, state: MemberState): void {
  const accounts = valuesOf(state.accounts);
  state.account_owners = generateAccountOwners(accounts, seedFrom(ctx), () => nextGuid(ctx.tenant.random, 'ACO'));
}

/** Verification reveals numbers of demand-deposit accounts only (MX docs). */
function verifyAccountNumbers(_ctx: DomainContext, state: MemberState): void {
  state.account_numbers = valuesOf(state.accounts).filter(isDemandDeposit).map(accountNumberOf);
}

/**
 * One statement per account and complete month of the last STATEMENT_MONTHS; periods fetched
 * before are kept, not duplicated. What the PDF shows is worked out now and kept (balances) or
 * derived again on download (the lines), so its SHA-256 stays `content_hash`.
 */
function fetchStatements(ctx: DomainContext, state: MemberState): void {
  const today = dayOf(ctx.now);
  const institution = ctx.institutions.get(state.member.institution_code);
  const timestamp = toMxTimestamp(ctx.now);
  const fetched = new Set(valuesOf(state.statements).map((record) => `${record.statement.account_guid} ${record.period_start}`));
  let fetchedNow = 0;
  for (let monthsBack = STATEMENT_MONTHS; monthsBack >= 1; monthsBack -= 1) {
    const period = { start: dateOfDay(firstOfMonth(today, -monthsBack)), end: dateOfDay(firstOfMonth(today, 1 - monthsBack) - 1) };
    for (const record of valuesOf(state.accounts)) {
      const { account } = record;
      if (fetched.has(`${account.guid} ${period.start}`)) continue;
      const document = statementDocument(institution.name, account, period, accountTransactions(ctx, state, record), ctx.now);
      const guid = nextGuid(ctx.tenant.random, 'STA');
      fetchedNow += 1;
      state.statements[guid] = {
        statement: buildStatement({ guid, account, timestamp }, document),
        period_start: period.start,
        period_end: period.end,
        opening_balance: document.opening_balance,
        closing_balance: document.closing_balance,
        as_of: ctx.now,
      };
    }
  }
  trimStatements(state);
  if (state.job) state.job.statements_created = fetchedNow;
}

/** A statement lists its period's transactions: once those days are no longer kept, neither is the statement (its PDF would change). */
function forgetStatementsBefore(state: MemberState, accountGuid: string, earliest: number | null): void {
  if (earliest === null) return;
  for (const [guid, record] of Object.entries(state.statements)) {
    if (record.statement.account_guid === accountGuid && (dayOfDate(record.period_start) ?? earliest) < earliest) delete state.statements[guid];
  }
}

/** Statements of at most this many months are kept per account (the oldest go first). */
export const KEPT_STATEMENT_MONTHS = 36;

function trimStatements(state: MemberState): void {
  const byAccount = new Map<string, [string, string][]>();
  for (const [guid, record] of Object.entries(state.statements)) {
    const list = byAccount.get(record.statement.account_guid) ?? [];
    list.push([record.period_start, guid]);
    byAccount.set(record.statement.account_guid, list);
  }
  for (const list of byAccount.values()) {
    list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [, guid] of list.slice(0, Math.max(0, list.length - KEPT_STATEMENT_MONTHS))) delete state.statements[guid];
  }
}

type Effect = (ctx: DomainContext, state: MemberState) => void;

/** What each job type leaves behind when it completes. */
const RESULTS: Partial<Record<JobType, Effect>> = {
  identification: identifyOwners,
  verification: verifyAccountNumbers,
  statements: fetchStatements,
};

/** Data effects of entering a phase, beside the look that domain/lifecycle.ts gives the member. */
export function applyPhaseEffects(ctx: DomainContext, state: MemberState, job: Job, phase: Phase): void {
  if (phase === 'accounts_processed') gatherAccounts(ctx, state, job);
  if (phase === 'transactions_processed') gatherTransactions(ctx, state, job);
  if (phase === 'completed') RESULTS[job.type]?.(ctx, state);
}
