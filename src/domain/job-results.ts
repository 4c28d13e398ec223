import { accountFromTemplate, accountNumberOf, generatedAccountTemplates, isDemandDeposit } from '../factories/accounts.js';
import { generateAccountOwners } from '../factories/account-owners.js';
import { refreshBalances } from '../factories/balances.js';
import { addMonths, dateOfDay, dayOf, dayOfDate, firstOfMonth, mixSeed } from '../factories/calendar.js';
import { generateHoldings, holdingFromTemplate } from '../factories/holdings.js';
import { statementDocument, buildStatement } from '../factories/statements.js';
import { buildTransaction, draftFromTemplate, generateTransactions, isPendingDay, postedAt, type GenerationEnv } from '../factories/transactions.js';
import { toMxTimestamp } from '../simulation/clock.js';
import { drawUint32, nextGuid } from '../store/random.js';
import type { AccountRecord, Job, JobType, MemberState } from '../store/tenant-state.js';
import type { Phase } from '../simulation/engine.js';
import type { DomainContext } from './context.js';

/** How far back a standard aggregation gathers transactions, and how far back transaction lists reach by default (MX: 90 days both). */
export const HISTORY_DAYS = 90;
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
  const records = Object.values(state.accounts);
  if (records.length === 0) {
    discoverAccounts(ctx, state);
  } else if (job.type === 'aggregation' || job.type === 'balance') {
    refreshBalances(records, Object.values(state.holdings), seedFrom(ctx), toMxTimestamp(ctx.now));
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

/** The day ranges not gathered yet between `from` and `today`: the account's history stays one unbroken range. */
function missingRanges(record: AccountRecord, from: number, today: number): [number, number][] {
  if (!record.history) return [[from, today]];
  return [
    [from, dayOfDate(record.history.from)! - 1],
    [dayOfDate(record.history.to)! + 1, today],
  ];
}

/** Transactions processed: fills the days the job reaches that are not gathered yet, and posts what was pending. */
function gatherTransactions(ctx: DomainContext, state: MemberState, job: Job): void {
  const today = dayOf(ctx.now);
  const from = historyStart(job, today);
  if (from === null) return;
  const env: GenerationEnv = { catalog: ctx.data.catalog, now: ctx.now, nextGuid: () => nextGuid(ctx.tenant.random, 'TRN') };
  for (const record of Object.values(state.accounts)) {
    const first = record.history === null;
    for (const [start, end] of missingRanges(record, from, today)) {
      for (const transaction of generateTransactions(record.account, record.seed, start, end, env)) state.transactions[transaction.guid] = transaction;
    }
    if (first && isMxBank(state)) {
      for (const template of ctx.data.mxbank.transactions.filter((candidate) => candidate.account === record.account.name)) {
        const day = today - template.days_ago;
        if (day < from) continue;
        const transaction = buildTransaction(draftFromTemplate(template, day), record.account, env.nextGuid(), env);
        state.transactions[transaction.guid] = transaction;
      }
    }
    record.history = { from: dateOfDay(Math.min(from, record.history ? dayOfDate(record.history.from)! : from)), to: dateOfDay(today) };
  }
  const timestamp = toMxTimestamp(ctx.now);
  for (const transaction of Object.values(state.transactions)) {
    const day = dayOfDate(transaction.date)!;
    if (transaction.status === 'PENDING' && !isPendingDay(day, ctx.now)) {
      transaction.status = 'POSTED';
      transaction.posted_at = postedAt(day, ctx.now);
      transaction.updated_at = timestamp;
    }
  }
}

/** Identification replaces the owners it found last time. */
function identifyOwners(ctx: DomainContext, state: MemberState): void {
  const accounts = Object.values(state.accounts);
  state.account_owners = generateAccountOwners(accounts, seedFrom(ctx), () => nextGuid(ctx.tenant.random, 'ACO'));
}

/** Verification reveals numbers of demand-deposit accounts only (MX docs). */
function verifyAccountNumbers(_ctx: DomainContext, state: MemberState): void {
  state.account_numbers = Object.values(state.accounts).filter(isDemandDeposit).map(accountNumberOf);
}

/** One statement per account and complete month of the last STATEMENT_MONTHS; periods fetched before are kept, not duplicated. */
function fetchStatements(ctx: DomainContext, state: MemberState): void {
  const today = dayOf(ctx.now);
  const institution = ctx.institutions.get(state.member.institution_code);
  const transactions = Object.values(state.transactions);
  const timestamp = toMxTimestamp(ctx.now);
  const fetched = new Set(Object.values(state.statements).map((statement) => `${statement.account_guid} ${state.statement_documents[statement.guid]?.period_start}`));
  for (let monthsBack = STATEMENT_MONTHS; monthsBack >= 1; monthsBack -= 1) {
    const period = { start: dateOfDay(firstOfMonth(today, -monthsBack)), end: dateOfDay(firstOfMonth(today, 1 - monthsBack) - 1) };
    for (const { account } of Object.values(state.accounts)) {
      if (fetched.has(`${account.guid} ${period.start}`)) continue;
      const document = statementDocument(institution.name, account, period, transactions);
      const guid = nextGuid(ctx.tenant.random, 'STA');
      state.statement_documents[guid] = document;
      state.statements[guid] = buildStatement({ guid, account, timestamp }, document);
    }
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
