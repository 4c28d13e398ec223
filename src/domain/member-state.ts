import type { CredentialRequest, Member } from '../spec/wire.js';
import { records } from '../store/records.js';
import type { MemberState } from '../store/tenant-state.js';

/** A member as first stored: nothing authenticated, gathered or forced yet. */
export function newMemberState(member: Member, credentials: CredentialRequest[], readOnly: boolean): MemberState {
  return {
    member,
    credentials,
    is_authenticated: false,
    has_processed_accounts: false,
    has_processed_transactions: false,
    job: null,
    forced_scenario: null,
    scenario_fault_counts: records(),
    last_aggregation_started_at: null,
    balance_started_at: [],
    read_only: readOnly,
    accounts: records(),
    account_owners: [],
    account_numbers: [],
    holdings: records(),
    statements: records(),
  };
}
