/**
 * Pact provider states as simulator operations: one vocabulary with the control plane. A state
 * named like a scenario activates it for the tenant, a state named like a seed set seeds it, and a
 * states file maps any other name onto `{ scenario, seed, steps }`.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Simulator } from '../index.js';
import { DataFileError, describeIssues, parseYaml } from '../simulation/data-file.js';
import { scriptSchema, type ScriptStep } from '../simulation/script-schema.js';

/** What one provider state sets up, applied in this order: activate the scenario, run the seed set, run the steps. */
export interface StateSetup {
  /** A scenario name (`scenarios/*.yml`), activated for the whole tenant before anything is seeded. */
  scenario?: string;
  /** A seed set name (`fixtures/sets/*.yml`). */
  seed?: string;
  /** Inline seed steps in the script format (`create_user`, `create_member`, `identify`, `poll`, `answer`, `advance_clock`, ...). */
  steps?: ScriptStep[];
}

/**
 * Provider state name -> what it sets up; a string value is a scenario or seed set name (not
 * another entry of the map), set up as a state of that name would be. `{}` sets up nothing.
 */
export type StateMap = Record<string, StateSetup | string>;

const stateSetupSchema = z.strictObject({ scenario: z.string().min(1).optional(), seed: z.string().min(1).optional(), steps: scriptSchema.optional() });

/** How one provider state name is set up, and why (for the report). */
export interface StatePlan extends StateSetup {
  state: string;
  /** e.g. `seed set connected-mxbank-member`, `states file: scenario denied + 3 seed step(s)`. */
  source: string;
}

export interface KnownStates {
  scenarios: readonly string[];
  seedSets: readonly string[];
}

export function knownStates(sim: Simulator): KnownStates {
  return { scenarios: sim.scenarios().map((scenario) => scenario.name), seedSets: sim.deps.control.seedSets().map((set) => set.name) };
}

/** Checks a state map (parsed from `source`); throws a DataFileError naming the source and each bad field. */
export function parseStateMap(raw: unknown, source: string): StateMap {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new DataFileError(source, ['(file): expected a mapping of provider state names to { scenario, seed, steps } or to a scenario or seed set name'], 'states file');
  }
  const problems: string[] = [];
  const map: StateMap = {};
  for (const [state, value] of Object.entries(raw)) {
    if (typeof value === 'string' && value !== '') {
      map[state] = value;
      continue;
    }
    const parsed = stateSetupSchema.safeParse(value ?? {});
    if (parsed.success) map[state] = parsed.data;
    else problems.push(...describeIssues(parsed.error).map((problem) => `${state}: ${problem.replace(/^\(file\): /, '')}`));
  }
  if (problems.length) throw new DataFileError(source, problems, 'states file');
  return map;
}

/** Reads a states file (YAML or JSON); throws a DataFileError naming the file and each bad field. */
export function loadStateMap(file: string): StateMap {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DataFileError(file, [`not readable YAML or JSON: ${(error as Error).message}`], 'states file');
  }
  return parseStateMap(raw, file);
}

/** A name as a state: the scenario and/or seed set it names, or undefined. */
function byName(name: string, known: KnownStates): StateSetup | undefined {
  const setup: StateSetup = {};
  if (known.scenarios.includes(name)) setup.scenario = name;
  if (known.seedSets.includes(name)) setup.seed = name;
  return setup.scenario || setup.seed ? setup : undefined;
}

function describeSetup(setup: StateSetup): string {
  const parts = [
    setup.scenario ? `scenario ${setup.scenario}` : '',
    setup.seed ? `seed set ${setup.seed}` : '',
    setup.steps ? `${setup.steps.length} seed step(s)` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' + ') : 'nothing (a fresh tenant)';
}

/**
 * Resolves every state name (with where it is used, for the report): the states file first, then
 * scenario and seed set names. Answers a plan per name and a readable problem for each name it cannot set up.
 */
export function planStates(uses: ReadonlyMap<string, string>, map: StateMap, known: KnownStates): { plans: Map<string, StatePlan>; problems: string[] } {
  const plans = new Map<string, StatePlan>();
  const problems: string[] = [];
  for (const [state, usedBy] of uses) {
    if (state === '') continue;
    const mapped = Object.hasOwn(map, state) ? map[state] : undefined;
    if (typeof mapped === 'string') {
      const setup = byName(mapped, known);
      if (setup) plans.set(state, { state, ...setup, source: `states file: ${describeSetup(setup)}` });
      else problems.push(`The states file maps "${state}" to "${mapped}", which is neither a scenario nor a seed set.`);
    } else if (mapped) {
      const unknown = [
        mapped.scenario && !known.scenarios.includes(mapped.scenario) ? `scenario "${mapped.scenario}"` : '',
        mapped.seed && !known.seedSets.includes(mapped.seed) ? `seed set "${mapped.seed}"` : '',
      ].filter(Boolean);
      if (unknown.length) problems.push(`The states file maps "${state}" to an unknown ${unknown.join(' and an unknown ')}.`);
      else plans.set(state, { state, ...mapped, source: `states file: ${describeSetup(mapped)}` });
    } else {
      const setup = byName(state, known);
      if (setup) plans.set(state, { state, ...setup, source: describeSetup(setup) });
      else problems.push(`Provider state "${state}" (${usedBy}) is neither a scenario nor a seed set, and no states file maps it.`);
    }
  }
  return { plans, problems };
}

/** The guid of the member's open MFA challenge, if it waits for an answer. */
function openChallenge(sim: Simulator, clientId: string, memberGuid: string): string | undefined {
  for (const user of Object.values(sim.state.snapshot({ clientId }).state.users)) {
    const challenge = user.members[memberGuid]?.job?.challenge;
    if (challenge) return challenge.guid;
  }
  return undefined;
}

/**
 * Sets a state up in a tenant with the control-plane operations and answers the values a pact can
 * inject with `fromProviderState`: `user_guid`, `member_guid`, every `as:` name of the seed, and
 * `challenge_guid` when the member waits for an MFA answer.
 */
export async function applyState(sim: Simulator, plan: StateSetup, clientId: string): Promise<Record<string, string>> {
  if (plan.scenario) sim.activateScenario(plan.scenario, { clientId });
  const values: Record<string, string> = {};
  if (plan.seed) Object.assign(values, await sim.seed(plan.seed, { clientId }));
  if (plan.steps) Object.assign(values, await sim.seed(plan.steps, { clientId }));
  const challenge = values.member_guid ? openChallenge(sim, clientId, values.member_guid) : undefined;
  if (challenge) values.challenge_guid = challenge;
  return values;
}
