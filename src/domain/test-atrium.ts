import { accountFromTemplate, accountNumberOf } from '../factories/accounts.js';
import type { DataSets } from '../factories/data-sets.js';
import type { TenantState } from '../store/tenant-state.js';
import type { InstitutionCatalog } from './institutions.js';
import { newMemberState } from './members.js';

/**
 * MX's test GUIDs: user `test_atrium` with member `test_atrium_member` exist in every tenant as a
 * read-only, already connected fixture whose job endpoints answer without starting anything.
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
    state.accounts[template.guid] = accountFromTemplate(template, { guid: template.guid, ...ids }, timestamp);
  }
  state.account_owners = fixture.account_owners.map((owner) => ({ ...owner, member_guid: memberGuid, user_guid: userGuid }));
  state.account_numbers = Object.values(state.accounts).map(accountNumberOf);
  tenant.users[userGuid] = { user: { ...fixture.user }, read_only: true, created_at: 0, members: { [memberGuid]: state } };
}
