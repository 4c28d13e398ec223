import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError, parseYamlData, readYamlData } from './data-file.js';
import { parseDuration } from './duration.js';
import { scenarioSchema, type Scenario, type TimingSpec } from './scenario-schema.js';


/** What a real client sends that a scenario can match on. */
export interface MatchInput {
  institution_code: string;
  /** Credential values keyed by every name the credential goes by (password, login, username, field name). */
  credentials: Record<string, string>;
}

export interface ScenarioCatalog {
  readonly scenarios: readonly Scenario[];
  get(name: string): Scenario | undefined;
  /** The most specific scenario whose `match` fits; ties go to the file loaded first. */
  match(input: MatchInput): Scenario;
}

export function parseScenario(text: string, file: string): Scenario {
  return parseYamlData(text, file, scenarioSchema, 'scenario file');
}

/** The scenario files of a directory that parse, and a DataFileError for every one that does not (each duplicate name too). */
export function checkScenarioDirectory(directory: string): { scenarios: Scenario[]; errors: DataFileError[] } {
  const files = readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const scenarios: Scenario[] = [];
  const errors: DataFileError[] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const file = join(directory, name);
    try {
      const scenario = readYamlData(file, scenarioSchema, 'scenario file');
      const earlier = seen.get(scenario.name);
      if (earlier) throw new DataFileError(file, [`name: "${scenario.name}" is already used by ${earlier}`], 'scenario file');
      seen.set(scenario.name, file);
      scenarios.push(scenario);
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      errors.push(error);
    }
  }
  return { scenarios, errors };
}

/** Reads every *.yml / *.yaml file of a directory; a broken file stops the load (the first, by name). */
export function loadScenarioDirectory(directory: string): Scenario[] {
  const { scenarios, errors } = checkScenarioDirectory(directory);
  if (errors[0]) throw errors[0];
  return scenarios;
}

function specificity(scenario: Scenario): number {
  const match = scenario.match;
  if (!match) return -1;
  return (match.institution_code ? 1 : 0) + Object.keys(match.credentials ?? {}).length;
}

function fits(scenario: Scenario, input: MatchInput): boolean {
  const match = scenario.match;
  if (!match) return false;
  if (match.institution_code && match.institution_code !== input.institution_code) return false;
  return Object.entries(match.credentials ?? {}).every(([key, expected]) => {
    const actual = input.credentials[key.toLowerCase()];
    if (actual === undefined) return false;
    return Array.isArray(expected) ? expected.includes(actual) : expected === actual;
  });
}

/** The scenario every member falls back to when nothing else matches. */
export const DEFAULT_SCENARIO: Scenario = {
  name: 'connected',
  description: 'Authentication succeeds without MFA and the job completes.',
  match: {},
  authentication: { challenges: [], outcome: 'CONNECTED' },
};

export function createScenarioCatalog(scenarios: readonly Scenario[]): ScenarioCatalog {
  const byName = new Map(scenarios.map((scenario) => [scenario.name, scenario]));
  const ranked = [...scenarios].sort((a, b) => specificity(b) - specificity(a));
  return {
    scenarios,
    get: (name) => byName.get(name),
    match: (input) => ranked.find((scenario) => fits(scenario, input)) ?? DEFAULT_SCENARIO,
  };
}

export interface Timing {
  kind: 'instant' | 'polls' | 'duration';
  /** polls per phase, or ms per phase */
  amount: number;
}

export function resolveTiming(spec: TimingSpec): Timing {
  if (spec === 'instant') return { kind: 'instant', amount: 0 };
  if ('polls' in spec) return { kind: 'polls', amount: spec.polls };
  return { kind: 'duration', amount: parseDuration(spec.duration) ?? 0 };
}
