import type { Challenge, MemberConnectionStatus } from '../spec/wire.js';
import { findChallenge, isFinished, isWaiting, next, type EngineEvent } from '../simulation/engine.js';
import { DEFAULT_SCENARIO } from '../simulation/scenario-catalog.js';
import { parseDuration } from '../simulation/duration.js';
import type { Scenario } from '../simulation/scenario-schema.js';
import { nextGuid } from '../store/random.js';
import type { Job, MemberState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { DomainError } from './errors.js';
import { applyPhaseEffects } from './job-results.js';
import { enterPhase } from './lifecycle.js';
import { beginJob, chooseScenario } from './job-start.js';
import { own } from '../store/records.js';
import { emitConnectionStatus, emitJobWebhook } from './webhooks.js';

export function scenarioOf(ctx: DomainContext, job: Job): Scenario {
  const scenario = ctx.scenarios.get(job.scenario) ?? (job.scenario === DEFAULT_SCENARIO.name ? DEFAULT_SCENARIO : undefined);
  if (!scenario) throw new DomainError('simulator', `The scenario "${job.scenario}" of this member's job is no longer loaded.`);
  return scenario;
}

/** Feeds one event to the engine and applies the phase it leads to, at simulated time `at`. */
export function advance(ctx: DomainContext, state: MemberState, event: EngineEvent, at: number): void {
  const job = state.job;
  if (!job) return;
  const scenario = scenarioOf(ctx, job);
  const progress = next(scenario, job.progress, event);
  if (progress === job.progress) return;
  ctx.work.changed = true;
  job.progress = progress;
  job.phase_entered_at = at;
  job.polls_in_phase = 0;
  job.challenge = null;
  if (progress.phase === 'challenged') {
    const spec = findChallenge(scenario, progress.challenge_id)!;
    const timeout = spec.expires_after ? parseDuration(spec.expires_after)! : ctx.settings.challengeTimeoutMs;
    job.challenge = { id: spec.id, guid: nextGuid(ctx.tenant.random, 'CRD'), expires_at: at + timeout };
  }
  const before = state.member.connection_status;
  enterPhase(state, progress.phase, at, progress.outcome);
  // the daily background aggregations count from when the member first connected
  if (progress.phase === 'completed') state.background_anchor_at ??= at;
  // what the phase gathers is stamped with the phase's time, not the time of the request that observed it
  const then = { ...ctx, now: at };
  applyPhaseEffects(then, state, job, progress.phase);
  emitConnectionStatus(then, state, before, at);
  if (progress.phase === 'completed') emitJobWebhook(then, state, job, at);
}

/**
 * Brings a member's job up to date: challenge expiry and timed phases on any access, and one
 * phase per `polls` status reads when `poll` is set. The engine decides where each step leads.
 */
export function settle(ctx: DomainContext, state: MemberState, poll = false): void {
  aggregateInBackground(ctx, state);
  const job = state.job;
  if (!job || isFinished(job.progress)) return;
  const timingNow = () => job.timing_by_phase[job.progress.phase] ?? job.timing;
  const first = timingNow();
  if (poll && first.kind === 'polls' && !isWaiting(job.progress)) {
    job.polls_in_phase += 1;
    ctx.work.changed = true;
    if (job.polls_in_phase >= first.amount) advance(ctx, state, { type: 'tick' }, ctx.now);
  }
  for (let steps = 0; steps < 64 && !isFinished(job.progress); steps += 1) {
    const timing = timingNow();
    const challenge = job.challenge;
    if (challenge && ctx.now >= challenge.expires_at) {
      advance(ctx, state, { type: 'expire' }, challenge.expires_at);
    } else if (isWaiting(job.progress)) {
      return;
    } else if (timing.kind === 'instant') {
      advance(ctx, state, { type: 'tick' }, ctx.now);
    } else if (timing.kind === 'duration' && ctx.now >= job.phase_entered_at + timing.amount) {
      advance(ctx, state, { type: 'tick' }, job.phase_entered_at + timing.amount);
    } else {
      return;
    }
  }
}

/** MX aggregates a connected member about every 24 hours by itself, but not within 20 hours of an aggregation a client asked for. */
export const BACKGROUND_EVERY_MS = 24 * 3_600_000;
export const BACKGROUND_AFTER_MANUAL_MS = 20 * 3_600_000;

/**
 * Starts MX's background aggregation when it is due: a CONNECTED member, no job running, its
 * user enabled, background aggregation not disabled, and its last job 24 simulated hours ago
 * (and a client's last aggregation 20 hours ago). It starts when the simulator looks (a request
 * about the member, the clock moving, the periodic sweep): one, however long the clock jumped.
 */
function aggregateInBackground(ctx: DomainContext, state: MemberState): void {
  const { member } = state;
  if (!ctx.settings.backgroundAggregation || state.read_only || member.connection_status !== 'CONNECTED' || member.background_aggregation_is_disabled) return;
  if (state.job && !isFinished(state.job.progress)) return;
  if (state.background_anchor_at === undefined || own(ctx.tenant.users, member.user_guid)?.user.is_disabled !== false) return;
  const manual = state.last_aggregation_started_at;
  const due = Math.max(state.background_anchor_at + BACKGROUND_EVERY_MS, manual === null ? 0 : manual + BACKGROUND_AFTER_MANUAL_MS);
  if (!(ctx.now >= due)) return;
  state.background_anchor_at = ctx.now;
  beginJob(ctx, state, 'aggregation', false, chooseScenario(ctx, state), { background: true });
  ctx.work.changed = true;
}

export function renderChallenges(ctx: DomainContext, state: MemberState): Challenge[] {
  const job = state.job;
  if (!job?.challenge || job.progress.phase !== 'challenged') return [];
  const spec = findChallenge(scenarioOf(ctx, job), job.challenge.id);
  if (!spec) return [];
  const challenge: Challenge = { field_name: spec.field_name ?? spec.label, guid: job.challenge.guid, label: spec.label, type: spec.type };
  if (spec.options) challenge.options = spec.options.map(({ label, value }) => ({ label, value }));
  if (spec.image_data) challenge.image_data = spec.image_data;
  if (spec.image_options) challenge.image_options = spec.image_options.map(({ data_uri, label, value }) => ({ data_uri, label, value }));
  return [challenge];
}

export function renderConnectionStatus(ctx: DomainContext, state: MemberState): MemberConnectionStatus {
  const { member } = state;
  const status: MemberConnectionStatus = {
    aggregated_at: member.aggregated_at,
    connection_status: member.connection_status,
    guid: member.guid,
    has_processed_accounts: state.has_processed_accounts,
    has_processed_transactions: state.has_processed_transactions,
    is_authenticated: state.is_authenticated,
    is_being_aggregated: member.is_being_aggregated,
    status: member.status,
    successfully_aggregated_at: member.successfully_aggregated_at,
  };
  if (member.connection_status === 'CHALLENGED') status.challenges = renderChallenges(ctx, state);
  return status;
}
