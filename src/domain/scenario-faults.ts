import { own } from '../store/records.js';
import type { DomainContext } from './context.js';
import { chooseScenario } from './jobs.js';
import { scenarioOf } from './progress.js';

export interface ScenarioFaultHit {
  status: number;
  message: string;
}

/**
 * Whether a scenario's intermittent failure (a flaky institution) hits this request about a
 * member. Counts live in the member's state, so a replay from the same snapshot fails alike.
 */
export function scenarioFaultFor(ctx: DomainContext, params: Record<string, string>, operationId: string): ScenarioFaultHit | null {
  const userGuid = params.user_guid;
  const memberGuid = params.member_guid;
  if (!userGuid || !memberGuid) return null;
  const user = own(ctx.tenant.users, userGuid);
  const state = user && own(user.members, memberGuid);
  if (!state || state.read_only) return null;
  const scenario = state.job ? scenarioOf(ctx, state.job) : chooseScenario(ctx, state);
  const faults = scenario.faults ?? [];
  for (const [index, fault] of faults.entries()) {
    if (fault.operations && !fault.operations.includes(operationId)) continue;
    const key = `${scenario.name}#${index}`;
    const seen = (state.scenario_fault_counts[key] ?? 0) + 1;
    state.scenario_fault_counts[key] = seen;
    ctx.work.changed = true;
    const hit = fault.every !== undefined ? seen % fault.every === 0 : seen <= (fault.first ?? 0);
    if (hit) {
      return {
        status: fault.status,
        message: fault.message ?? `The institution is temporarily unavailable (scenario "${scenario.name}", request ${seen}); try again.`,
      };
    }
  }
  return null;
}
