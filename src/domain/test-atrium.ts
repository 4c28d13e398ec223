import { accountFromTemplate, accountNumberOf, isDemandDeposit } from '../factories/accounts.js';
import { DAY_MS, dateOfDay, dayOf } from '../factories/calendar.js';
import type { DataSets } from '../factories/data-sets.js';
import { holdingFromTemplate } from '../factories/holdings.js';
import { buildStatement } from '../factories/statements.js';
import { buildTransaction, draftFromTemplate } from '../factories/transactions.js';
import type { Account, Transaction } from '../spec/wire.js';
import { own } from '../store/own.js';
import type { MemberState, TenantState, UserState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import type { InstitutionCatalog } from './institutions.js';
import { newMemberState } from './members.js';

function accountsByName(state: MemberState): Map<string, Account> {
  return new Map(Object.values(state.accounts).map(({ account }) => [account.name, account]));
}

/**
 * The fixture's transactions as of simulated day `today`: each happens `days_ago` days before it,
 * so the default date window (90 days back) always shows them, whatever the clock says. Every
 * timestamp comes from the transaction's own day (capped at the start of `today`), never from
 * the time of the request, so all reads of one day answer the same bodies.
 */
function testAtriumTransactions(data: DataSets, state: MemberState, today: number): Record<string, Transaction> {
  const byName = accountsByName(state);
  const env = { catalog: data.catalog, now: today * DAY_MS };
  return Object.fromEntries(
    data.testAtrium.transactions.map((template) => {
      const transaction = buildTransaction(draftFromTemplate(template, today - template.days_ago), byName.get(template.account)!, template.guid, env);
      const recorded = transaction.posted_at ?? transaction.transacted_at ?? transaction.created_at;
      return [template.guid, { ...transaction, created_at: recorded, updated_at: recorded }];
    }),
  );
}

/**
 * MX's test GUIDs: user `test_atrium` with member `test_atrium_member` exist in every tenant as a
 * read-only, already connected fixture whose job endpoints answer without starting anything.
 * Built once at startup from fixtures/test-atrium.json (so a bad fixture stops the simulator
 * there, and statement PDFs are rendered once); installTestAtrium copies it into each tenant.
 * Transactions are dated when they are read (refreshTestAtrium).
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
    state.accounts[template.guid] = accountFromTemplate(template, { guid: template.guid, ...ids }, timestamp, 0);
  }
  const byName = accountsByName(state);
  state.account_owners = fixture.account_owners.map((owner) => ({ ...owner, member_guid: memberGuid, user_guid: userGuid }));
  state.account_numbers = Object.values(state.accounts).filter(isDemandDeposit).map(accountNumberOf);
  for (const template of fixture.holdings) {
    state.holdings[template.guid] = holdingFromTemplate(template, byName.get(template.account)!, template.guid, timestamp);
  }
  for (const template of fixture.statements) {
    const account = byName.get(template.account)!;
    const { guid, account: _name, period_start, period_end, opening_balance, closing_balance, lines } = template;
    const document = {
      institution_name: institution.name,
      account_name: account.name,
      account_number: account.account_number,
      account_type: account.type,
      period_start,
      period_end,
      opening_balance,
      closing_balance,
      lines,
    };
    state.statement_documents[guid] = document;
    state.statements[guid] = buildStatement({ guid, account, timestamp }, document);
  }
  // built once here only to fail at startup rather than on the first read; reads date them (refreshTestAtrium)
  testAtriumTransactions(data, state, dayOf(Date.parse(timestamp)));
  return { user: { ...fixture.user }, read_only: true, created_at: 0, members: { [memberGuid]: state } };
}

/** Puts a copy of the test user (buildTestAtrium) into a fresh tenant. */
export function installTestAtrium(tenant: TenantState, testAtrium: UserState): void {
  tenant.users[testAtrium.user.guid] = structuredClone(testAtrium);
}

/** Dates the read-only test member's transactions to the simulated day; only when the day changed since they were last dated. */
export function refreshTestAtrium(ctx: DomainContext, state: MemberState): void {
  if (!state.read_only || state.member.guid !== ctx.data.testAtrium.member.guid) return;
  const today = dayOf(ctx.now);
  const first = ctx.data.testAtrium.transactions[0];
  if (!first || own(state.transactions, first.guid)?.date === dateOfDay(today - first.days_ago)) return;
  state.transactions = testAtriumTransactions(ctx.data, state, today);
}
