import { accountFromTemplate, accountNumberOf, isDemandDeposit } from '../factories/accounts.js';
import { dayOf } from '../factories/calendar.js';
import type { DataSets } from '../factories/data-sets.js';
import { holdingFromTemplate } from '../factories/holdings.js';
import { buildStatement } from '../factories/statements.js';
import { buildTransaction, draftFromTemplate } from '../factories/transactions.js';
import type { Account } from '../spec/wire.js';
import type { MemberState, TenantState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import type { InstitutionCatalog } from './institutions.js';
import { newMemberState } from './members.js';

function accountsByName(state: MemberState): Map<string, Account> {
  return new Map(Object.values(state.accounts).map(({ account }) => [account.name, account]));
}

/**
 * MX's test GUIDs: user `test_atrium` with member `test_atrium_member` exist in every tenant as a
 * read-only, already connected fixture whose job endpoints answer without starting anything.
 * Everything comes from fixtures/test-atrium.json; transactions are dated when they are read.
 */
export function installTestAtrium(tenant: TenantState, data: DataSets, institutions: InstitutionCatalog): void {
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
  tenant.users[userGuid] = { user: { ...fixture.user }, read_only: true, created_at: 0, members: { [memberGuid]: state } };
}

/**
 * The fixture's transactions happen `days_ago` days before the simulated day of the request,
 * so the default date window (90 days back) always shows them, whatever the clock says.
 */
export function refreshTestAtrium(ctx: DomainContext, state: MemberState): void {
  if (state.member.guid !== ctx.data.testAtrium.member.guid || !state.read_only) return;
  const today = dayOf(ctx.now);
  const byName = accountsByName(state);
  const env = { catalog: ctx.data.catalog, now: ctx.now };
  state.transactions = Object.fromEntries(
    ctx.data.testAtrium.transactions.map((template) => [
      template.guid,
      buildTransaction(draftFromTemplate(template, today - template.days_ago), byName.get(template.account)!, template.guid, env),
    ]),
  );
}
