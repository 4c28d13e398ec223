import type { CredentialRequest, Member } from '../spec/wire.js';
import { START, isFinished } from '../simulation/engine.js';
import type { MatchInput } from '../simulation/scenario-catalog.js';
import { resolveTiming } from '../simulation/scenario-catalog.js';
import type { Scenario } from '../simulation/scenario-schema.js';
import { records } from '../store/records.js';
import type { Job, JobType, MemberState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { DomainError } from './errors.js';
import type { InstitutionRecord } from './institutions.js';
import { enterPhase } from './lifecycle.js';
import { jobGuid } from './webhooks.js';

// How a job starts: which scenario it follows and what the member looks like then. Below the
// request-level rules of jobs.ts, so that settling a member (progress.ts) can start MX's
// background aggregation too.

/** Credential values keyed by every name a scenario may use: field name, type, and `username`. */
function matchInput(institution: InstitutionRecord, credentials: CredentialRequest[]): MatchInput {
  const values = new Map(credentials.map((credential) => [credential.guid, credential.value]));
  const keyed: Record<string, string> = {};
  for (const definition of [...institution.credentials].sort((a, b) => a.display_order - b.display_order)) {
    const value = values.get(definition.guid);
    if (value === undefined) continue;
    const aliases = [definition.type.toLowerCase(), ...(definition.type === 'LOGIN' ? ['username'] : [])];
    keyed[definition.field_name.toLowerCase()] = value;
    for (const alias of aliases) keyed[alias] ??= value;
  }
  return { institution_code: institution.code, credentials: keyed };
}

/** What decides a member's scenario: what is forced on it, its institution and its credentials. */
export type ScenarioChoice = Pick<MemberState, 'forced_scenario' | 'credentials'> & { member: Pick<Member, 'institution_code'> };

/** The scenario a member's next job follows: forced on the member, forced on the tenant, or matched. */
export function chooseScenario(ctx: DomainContext, state: ScenarioChoice): Scenario {
  const forced = state.forced_scenario ?? ctx.tenant.forced_scenario;
  if (forced) {
    const scenario = ctx.scenarios.get(forced);
    if (!scenario) throw new DomainError('simulator', `The activated scenario "${forced}" is not loaded.`);
    return scenario;
  }
  return ctx.scenarios.match(matchInput(ctx.institutions.get(state.member.institution_code), state.credentials));
}

/** The member's job while it runs, or null. */
export function runningJob(state: MemberState): Job | null {
  return state.job && !isFinished(state.job.progress) ? state.job : null;
}

/**
 * Starts a job that follows `scenario`. Callers resolve the scenario (chooseScenario, which can
 * refuse) before they change anything, so a refused request leaves the state as it was.
 */
export function beginJob(ctx: DomainContext, state: MemberState, type: JobType, includeTransactions: boolean, scenario: Scenario, options: { background?: boolean } = {}): void {
  state.job = {
    type,
    scenario: scenario.name,
    // nobody polls a background aggregation: it runs to its end (or to MFA) at once
    timing: options.background ? { kind: 'instant', amount: 0 } : scenario.timing ? resolveTiming(scenario.timing) : ctx.settings.defaultTiming,
    timing_by_phase: options.background ? records() : records(Object.entries(scenario.timing_by_phase ?? {}).map(([phase, spec]) => [phase, resolveTiming(spec)])),
    include_transactions: includeTransactions,
    phase_entered_at: ctx.now,
    polls_in_phase: 0,
    challenge: null,
    progress: START,
    guid: jobGuid(state.member, ctx.now, type),
  };
  if (options.background) state.job.background = true;
  else if (type === 'aggregation') state.last_aggregation_started_at = ctx.now;
  if (type === 'balance') state.balance_started_at = [...balanceStartsInWindow(ctx, state), ctx.now];
  enterPhase(state, 'started', ctx.now, null);
}

/** Balance aggregations started within the rate-limit window, oldest first. */
export function balanceStartsInWindow(ctx: DomainContext, state: MemberState): number[] {
  const windowStart = ctx.now - ctx.settings.balanceWindowMs;
  return state.balance_started_at.filter((at) => at > windowStart);
}

