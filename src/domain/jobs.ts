import type { Challenge, CredentialRequest, Member } from '../spec/wire.js';
import type { JobType, MemberState, UserState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { DomainError } from './errors.js';
import type { InstitutionRecord } from './institutions.js';
import { balanceStartsInWindow, beginJob, chooseScenario, runningJob } from './job-start.js';
import { assertOAuthOptions, issueOAuthWindow } from './links.js';
import {
  applyMemberFields,
  assertUserEnabled,
  checkNewMember,
  findMember,
  newMember,
  prepareMemberUpdate,
  type MemberCreateFields,
  type MemberUpdateFields,
} from './members.js';
import { advance, renderChallenges, settle } from './progress.js';

export { beginJob, chooseScenario, runningJob } from './job-start.js';

/** How a job request ended: a new job, the same job already running, or a silent throttle. */
export type JobStart = { outcome: 'started' | 'already_running' | 'throttled' | 'fixture'; member: Member };

const PREMIUM: Partial<Record<JobType, { flag: keyof InstitutionRecord; feature: string }>> = {
  identification: { flag: 'supports_account_identification', feature: 'account identification' },
  verification: { flag: 'supports_account_verification', feature: 'instant account verification' },
  extended_history: { flag: 'supports_transaction_history', feature: 'extended transaction history' },
  statements: { flag: 'supports_account_statement', feature: 'statements' },
};

const JOB_NAMES: Record<JobType, string> = {
  aggregation: 'a standard aggregation',
  balance: 'a balance aggregation',
  verification: 'a verification',
  identification: 'an identification',
  extended_history: 'an extended history aggregation',
  statements: 'a statements aggregation',
};

function assertBalanceAllowed(ctx: DomainContext, state: MemberState): void {
  const starts = balanceStartsInWindow(ctx, state);
  if (starts.length < ctx.settings.balanceLimit) return;
  const retryAfter = Math.ceil((starts[0]! + ctx.settings.balanceWindowMs - ctx.now) / 1000);
  throw new DomainError(
    'too_many_requests',
    `Balance aggregation is limited to ${ctx.settings.balanceLimit} requests per member in ${ctx.settings.balanceWindowMs / 3_600_000} hours; try again in ${retryAfter} seconds.`,
    { 'Retry-After': String(retryAfter) },
  );
}

/** An OAuth member aggregates only after the user authorized it in an OAuth window: not while PENDING, nor after denying. */
function assertOAuthCompleted(state: MemberState): void {
  const { member } = state;
  if (!member.is_oauth || (member.connection_status !== 'PENDING' && member.connection_status !== 'DENIED')) return;
  const why = member.connection_status === 'PENDING' ? 'is waiting for the user to finish OAuth' : 'was denied access';
  throw new DomainError(
    'conflict',
    `Member "${member.guid}" ${why} (connection_status ${member.connection_status}); get a new window with GET /users/${member.user_guid}/members/${member.guid}/oauth_window_uri and have the user open it.`,
  );
}

/**
 * Starts a job under Atrium's rules: one job per member; the same type again is 202 with the
 * member, another type is 409; a premium job needs the institution feature (400); a standard
 * aggregation inside the institution's throttle window silently returns the member.
 */
export function startJob(ctx: DomainContext, userGuid: string, memberGuid: string, type: JobType, includeTransactions = false): JobStart {
  const { user, state } = findMember(ctx, userGuid, memberGuid);
  if (state.read_only) return { outcome: 'fixture', member: state.member };
  assertUserEnabled(user);
  const institution = ctx.institutions.get(state.member.institution_code);
  const premium = PREMIUM[type];
  if (premium && institution[premium.flag] !== true) {
    throw new DomainError('invalid', `Member's institution does not support ${premium.feature}.`);
  }
  const running = runningJob(state);
  if (running?.type === type) return { outcome: 'already_running', member: state.member };
  if (running) {
    throw new DomainError('conflict', `Member "${memberGuid}" is already running ${JOB_NAMES[running.type]}; ${JOB_NAMES[type]} can start once it finishes.`);
  }
  assertOAuthCompleted(state);
  if (type === 'aggregation' && throttled(ctx, institution, state)) return { outcome: 'throttled', member: state.member };
  if (type === 'balance') assertBalanceAllowed(ctx, state);
  beginJob(ctx, state, type, includeTransactions, chooseScenario(ctx, state));
  return { outcome: 'started', member: state.member };
}

function throttled(ctx: DomainContext, institution: InstitutionRecord, state: MemberState): boolean {
  const last = state.last_aggregation_started_at;
  return institution.aggregation_throttle_seconds > 0 && last !== null && ctx.now - last < institution.aggregation_throttle_seconds * 1000;
}

export function createMember(ctx: DomainContext, userGuid: string, fields: MemberCreateFields): Member {
  assertOAuthOptions(fields);
  const checked = checkNewMember(ctx, userGuid, fields);
  const scenario = checked.aggregate ? chooseScenario(ctx, { forced_scenario: null, credentials: checked.credentials, member: { institution_code: checked.institution.code } }) : null;
  const state = newMember(ctx, checked, fields);
  checked.user.members[state.member.guid] = state;
  if (state.member.is_oauth) issueOAuthWindow(ctx, state, fields);
  if (scenario) beginJob(ctx, state, 'aggregation', false, scenario);
  return state.member;
}

/** A change of credential values restarts authentication: the member shows UPDATED and aggregates. */
export function updateMember(ctx: DomainContext, userGuid: string, memberGuid: string, fields: MemberUpdateFields): Member {
  const { user, state } = findMember(ctx, userGuid, memberGuid);
  const credentials = prepareMemberUpdate(ctx, user, state, fields);
  const running = runningJob(state);
  if (credentials && running) {
    throw new DomainError('conflict', `Member "${memberGuid}" is running ${JOB_NAMES[running.type]}; update its credentials once it finishes.`);
  }
  const scenario = credentials ? chooseScenario(ctx, { forced_scenario: state.forced_scenario, credentials, member: state.member }) : null;
  applyMemberFields(state, fields);
  if (credentials && scenario) {
    state.credentials = credentials;
    state.member.connection_status = 'UPDATED';
    beginJob(ctx, state, 'aggregation', false, scenario);
  }
  return state.member;
}

export function readStatus(ctx: DomainContext, userGuid: string, memberGuid: string): { user: UserState; state: MemberState } {
  const found = findMember(ctx, userGuid, memberGuid);
  settle(ctx, found.state, true);
  return found;
}

/** 200 with the open challenges while CHALLENGED; null (204) otherwise. */
export function listChallenges(ctx: DomainContext, userGuid: string, memberGuid: string): Challenge[] | null {
  const { state } = findMember(ctx, userGuid, memberGuid);
  return state.member.connection_status === 'CHALLENGED' ? renderChallenges(ctx, state) : null;
}

export function resumeMember(ctx: DomainContext, userGuid: string, memberGuid: string, answers: CredentialRequest[]): Member {
  const { state } = findMember(ctx, userGuid, memberGuid);
  const open = state.job?.progress.phase === 'challenged' ? state.job.challenge : null;
  if (!open || state.member.connection_status !== 'CHALLENGED') {
    throw new DomainError('not_allowed', `Member "${memberGuid}" is not CHALLENGED (connection_status ${state.member.connection_status ?? 'null'}); there is nothing to resume.`);
  }
  const unknown = answers.find((answer) => answer.guid !== open.guid);
  if (unknown) throw new DomainError('invalid', `Challenge "${unknown.guid}" is not an open challenge of member "${memberGuid}"; the open challenge is "${open.guid}".`);
  const answer = answers.find((candidate) => candidate.guid === open.guid);
  if (!answer) throw new DomainError('invalid', `Answer the open challenge "${open.guid}".`);
  advance(ctx, state, { type: 'resume', answer: answer.value }, ctx.now);
  return state.member;
}
