import { accountFromTemplate, accountNumberOf, isDemandDeposit } from '../factories/accounts.js';
import { DAY_MS } from '../factories/calendar.js';
import type { DataSets } from '../factories/data-sets.js';
import { holdingFromTemplate } from '../factories/holdings.js';
import { buildStatement } from '../factories/statements.js';
import { newestFirst } from '../factories/transaction-history.js';
import { buildTransaction, draftFromTemplate, isPendingDay } from '../factories/transactions.js';
import type { Account, Transaction } from '../spec/wire.js';
import { records, valuesOf } from '../store/records.js';
import type { MemberState, UserState } from '../store/tenant-state.js';
import type { InstitutionCatalog } from './institutions.js';
import { newMemberState } from './member-state.js';

function accountsByName(state: MemberState): Map<string, Account> {
  return new Map(valuesOf(state.accounts).map(({ account }) => [account.name, account]));
}

let dated: { data: DataSets; day: number; byAccount: Map<string, Transaction[]> } | undefined;

/**
 * The fixture's transactions of one account as of simulated day `today`, newest first: each
 * happens `days_ago` days before it, so the default date window (90 days back) always shows
 * them, whatever the clock says. Every timestamp comes from the transaction's own day (capped at
 * the start of `today`), never from the time of the request, so all reads of one day answer the
 * same bodies.
 */
export function testAtriumTransactions(data: DataSets, fixture: MemberState, account: Account, today: number): Transaction[] {
  if (!dated || dated.data !== data || dated.day !== today) {
    const byName = accountsByName(fixture);
    const start = today * DAY_MS;
    const byAccount = new Map<string, Transaction[]>();
    for (const template of data.testAtrium.transactions) {
      const draft = draftFromTemplate(template, today - template.days_ago);
      const owner = byName.get(template.account)!;
      const posted = draft.status === 'POSTED' || !isPendingDay(draft.day, start);
      const transaction = buildTransaction(draft, owner, template.guid!, data.catalog, { gathered_at: start, posted_by: posted ? start : null });
      const recorded = transaction.posted_at ?? transaction.transacted_at ?? transaction.created_at;
      byAccount.set(owner.guid, [...(byAccount.get(owner.guid) ?? []), { ...transaction, created_at: recorded, updated_at: recorded }]);
    }
    for (const list of byAccount.values()) list.sort(newestFirst);
    dated = { data, day: today, byAccount };
  }
  return dated.byAccount.get(account.guid) ?? [];
}

function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next && typeof next === 'object' && !Object.isFrozen(next)) {
      Object.freeze(next);
      pending.push(...Object.values(next));
    }
  }
  return value;
}

/**
 * MX's test GUIDs: user `test_atrium` with member `test_atrium_member` exist in every tenant as a
 * read-only, already connected fixture whose job endpoints answer without starting anything.
 * Built once at startup from fixtures/test-atrium.json (so a bad fixture stops the simulator
 * there, and statement PDFs are rendered once) and shared, frozen, by every tenant: it is never
 * stored in a tenant. Transactions are dated when they are read (testAtriumTransactions).
 */
export function buildTestAtrium(data: DataSets, institutions: InstitutionCatalog): UserState {
  const fixture = data.testAtrium;
  const institution = institutions.get(fixture.member.institution_code);
  const timestamp = fixture.timestamp;
  const userGuid = fixture.user.guid;
  const memberGuid = fixture.member.guid;
  const state = newMemberState(
    {
      aggregated_at: timestamp,
      background_aggregation_is_disabled: false,
      connection_status: 'CONNECTED',
      guid: memberGuid,
      identifier: fixture.member.identifier,
      institution_code: institution.code,
      is_being_aggregated: false,
      is_oauth: false,
      metadata: fixture.member.metadata,
      name: institution.name,
      oauth_window_uri: null,
      status: 'COMPLETED',
      successfully_aggregated_at: timestamp,
      user_guid: userGuid,
    },
    fixture.member.credentials,
    true,
  );
  state.is_authenticated = true;
  state.has_processed_accounts = true;
  state.has_processed_transactions = true;
  const ids = { member_guid: memberGuid, user_guid: userGuid, institution_code: institution.code };
  for (const template of fixture.accounts) {
    state.accounts[template.guid!] = accountFromTemplate(template, { guid: template.guid!, ...ids }, timestamp, 0);
  }
  const byName = accountsByName(state);
  state.account_owners = fixture.account_owners.map((owner) => ({ ...owner, member_guid: memberGuid, user_guid: userGuid }));
  state.account_numbers = valuesOf(state.accounts).filter(isDemandDeposit).map(accountNumberOf);
  for (const template of fixture.holdings) {
    state.holdings[template.guid!] = holdingFromTemplate(template, byName.get(template.account)!, template.guid!, timestamp);
  }
  for (const template of fixture.statements) {
    const account = byName.get(template.account)!;
    const { guid, period_start, period_end, opening_balance, closing_balance } = template;
    const document = {
      institution_name: institution.name,
      account_name: account.name,
      account_number: account.account_number,
      account_type: account.type,
      period_start,
      period_end,
      opening_balance,
      closing_balance,
      lines: template.lines,
    };
    state.statements[guid] = { statement: buildStatement({ guid, account, timestamp }, document), period_start, period_end, opening_balance, closing_balance, as_of: Date.parse(timestamp) };
  }
  return deepFreeze({ user: { ...fixture.user }, read_only: true, created_at: 0, members: records([[memberGuid, state]]) });
}

/** The fixture's statement lines, as test-atrium.json pins them. */
export function testAtriumStatementLines(data: DataSets, statementGuid: string): { date: string; description: string; amount: number }[] | undefined {
  return data.testAtrium.statements.find((statement) => statement.guid === statementGuid)?.lines;
}

