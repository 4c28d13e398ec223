import { toMxTimestamp } from '../simulation/clock.js';
import type { JobType, MemberState, OutboxEntry, TenantState } from '../store/tenant-state.js';
import type { Phase } from '../simulation/engine.js';
import { valuesOf } from '../store/records.js';

/** A member as the overview shows it: what a person looks at first, no data records. */
export interface OverviewMember {
  guid: string;
  user_guid: string;
  name: string | null;
  institution_code: string;
  is_oauth: boolean;
  connection_status: string | null;
  status: string | null;
  is_being_aggregated: boolean;
  aggregated_at: string | null;
  successfully_aggregated_at: string | null;
  forced_scenario: string | null;
  accounts: number;
  account_owners: number;
  account_numbers: number;
  job: {
    guid: string | null;
    type: JobType;
    scenario: string;
    phase: Phase;
    background: boolean;
    phase_entered_at: string;
    challenge_expires_at: string | null;
  } | null;
}

export interface Overview {
  tenant: string;
  clock: { now: string; now_ms: number; offset_ms: number };
  forced_scenario: string | null;
  users: { guid: string; identifier: string | null; is_disabled: boolean; members: OverviewMember[] }[];
  webhooks: Record<OutboxEntry['state'], number>;
}

function memberOverview(state: MemberState): OverviewMember {
  const { member, job } = state;
  return {
    guid: member.guid,
    user_guid: member.user_guid,
    name: member.name ?? null,
    institution_code: member.institution_code,
    is_oauth: member.is_oauth === true,
    connection_status: member.connection_status ?? null,
    status: member.status ?? null,
    is_being_aggregated: member.is_being_aggregated === true,
    aggregated_at: member.aggregated_at ?? null,
    successfully_aggregated_at: member.successfully_aggregated_at ?? null,
    forced_scenario: state.forced_scenario,
    accounts: Object.keys(state.accounts).length,
    account_owners: state.account_owners.length,
    account_numbers: state.account_numbers.length,
    job:
      job === null
        ? null
        : {
            guid: job.guid ?? null,
            type: job.type,
            scenario: job.scenario,
            phase: job.progress.phase,
            background: job.background === true,
            phase_entered_at: toMxTimestamp(job.phase_entered_at),
            challenge_expires_at: job.challenge && job.progress.phase === 'challenged' ? toMxTimestamp(job.challenge.expires_at) : null,
          },
  };
}

/**
 * The tenant as stored, at a glance: the inspector page polls it. A pure read, so looking never
 * moves a job on (the snapshot's internal format stays free to change).
 */
export function tenantOverview(tenant: TenantState, now: number): Overview {
  const webhooks: Overview['webhooks'] = { pending: 0, delivered: 0, failed: 0, held: 0 };
  for (const entry of valuesOf(tenant.webhooks.outbox)) webhooks[entry.state] += 1;
  return {
    tenant: tenant.tenant_id,
    clock: { now: toMxTimestamp(now), now_ms: now, offset_ms: tenant.clock_offset_ms },
    forced_scenario: tenant.forced_scenario,
    users: valuesOf(tenant.users).map(({ user, members }) => ({
      guid: user.guid,
      identifier: user.identifier ?? null,
      is_disabled: user.is_disabled === true,
      members: valuesOf(members).map(memberOverview),
    })),
    webhooks,
  };
}
