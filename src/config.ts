import { z } from 'zod';
import { defaultFixturesDir, defaultScenariosDir } from './paths.js';
import { parseDuration } from './simulation/duration.js';
import { timingSchema, type TimingSpec } from './simulation/scenario-schema.js';

/** Everything that can be configured, validated and frozen; the only reader of process.env. */
export interface Config {
  port: number;
  host: string;
  seed: string;
  scenariosDir: string;
  fixturesDir: string;
  responseValidation: 'strict' | 'warn' | 'off';
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Timing of every job phase unless a scenario says otherwise. */
  timing: TimingSpec;
  challengeTimeoutMs: number;
  bodyLimit: string;
  strictAccept: boolean;
  /** Path of a JSON file {"client id": "api key"}; null accepts any key. */
  clientsFile: string | null;
  maxUsers: number;
  maxMembersPerUser: number;
  /** Requests kept per tenant in the journal (GET /__mock/requests). */
  journalSize: number;
  /** Also send a statement under the root key `user`, which the official SDKs read (atrium-api.md section 9). */
  statementSdkKey: boolean;
  /** Where every tenant's state is saved on shutdown and restored from on start; null keeps state in memory only. */
  stateFile: string | null;
}

export const DEFAULT_CONFIG: Config = Object.freeze({
  port: 8080,
  host: '0.0.0.0',
  seed: 'atrium-mock',
  scenariosDir: defaultScenariosDir,
  fixturesDir: defaultFixturesDir,
  responseValidation: 'strict',
  logLevel: 'info',
  timing: { polls: 1 },
  challengeTimeoutMs: 5 * 60_000,
  bodyLimit: '1mb',
  strictAccept: false,
  clientsFile: null,
  maxUsers: 100,
  maxMembersPerUser: 25,
  journalSize: 1000,
  statementSdkKey: false,
  stateFile: null,
});

/** Each setting's environment variable; CLI flags win over them. */
export const ENV_VARS: Record<keyof Config, string> = {
  port: 'ATRIUM_MOCK_PORT',
  host: 'ATRIUM_MOCK_HOST',
  seed: 'ATRIUM_MOCK_SEED',
  scenariosDir: 'ATRIUM_MOCK_SCENARIOS_DIR',
  fixturesDir: 'ATRIUM_MOCK_FIXTURES_DIR',
  responseValidation: 'ATRIUM_MOCK_RESPONSE_VALIDATION',
  logLevel: 'ATRIUM_MOCK_LOG_LEVEL',
  timing: 'ATRIUM_MOCK_TIMING',
  challengeTimeoutMs: 'ATRIUM_MOCK_CHALLENGE_TIMEOUT',
  bodyLimit: 'ATRIUM_MOCK_BODY_LIMIT',
  strictAccept: 'ATRIUM_MOCK_STRICT_ACCEPT',
  clientsFile: 'ATRIUM_MOCK_CLIENTS_FILE',
  maxUsers: 'ATRIUM_MOCK_MAX_USERS',
  maxMembersPerUser: 'ATRIUM_MOCK_MAX_MEMBERS_PER_USER',
  journalSize: 'ATRIUM_MOCK_JOURNAL_SIZE',
  statementSdkKey: 'ATRIUM_MOCK_STATEMENT_SDK_KEY',
  stateFile: 'ATRIUM_MOCK_STATE_FILE',
};

/** "instant", "polls:3" or "duration:2s" (the CLI/env spelling of a scenario timing). */
export function parseTimingText(text: string): TimingSpec | undefined {
  const trimmed = text.trim();
  if (trimmed === 'instant') return 'instant';
  const [kind, value] = trimmed.split(':');
  const candidate = kind === 'polls' ? { polls: Number(value) } : kind === 'duration' ? { duration: value ?? '' } : undefined;
  const parsed = timingSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

const TIMING_TEXT = 'expected instant, polls:N or duration:<time> such as duration:2s';

const flag = z.union([z.boolean(), z.enum(['true', 'false', '1', '0']).transform((text) => text === 'true' || text === '1')]);

const configSchema = z.strictObject({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  seed: z.coerce.string().min(1),
  scenariosDir: z.string().min(1),
  fixturesDir: z.string().min(1),
  responseValidation: z.enum(['strict', 'warn', 'off']),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  timing: z.union([timingSchema, z.string().transform((text, ctx) => parseTimingText(text) ?? (ctx.addIssue({ code: 'custom', message: TIMING_TEXT }), z.NEVER))], { error: TIMING_TEXT }),
  challengeTimeoutMs: z.union([
    z.number().int().min(1),
    z.string().transform((text, ctx) => parseDuration(text) ?? (ctx.addIssue({ code: 'custom', message: 'expected a duration such as 5m' }), z.NEVER)),
  ]),
  bodyLimit: z.string().regex(/^\d+(b|kb|mb)$/i, 'expected a size such as 1mb or 512kb'),
  strictAccept: flag,
  clientsFile: z.string().min(1).nullable(),
  maxUsers: z.coerce.number().int().min(1),
  maxMembersPerUser: z.coerce.number().int().min(1),
  journalSize: z.coerce.number().int().min(1).max(100_000),
  statementSdkKey: flag,
  stateFile: z.string().min(1).nullable(),
});

/** One bad setting: its key, the name the user set it by (a flag, an environment variable or an option key), and why. */
export interface ConfigProblem {
  key: keyof Config;
  /** `--timing`, `ATRIUM_MOCK_TIMING`, `PORT`, or the option key (`timing`) for createSimulator(). */
  name: string;
  message: string;
  value: unknown;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(readonly issues: ConfigProblem[]) {
    const problems = issues.map((issue) => `${issue.name}: ${issue.message}; got ${JSON.stringify(issue.value)}`);
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.problems = problems;
    this.name = 'ConfigError';
  }
}

/** PORT is what container platforms set; ATRIUM_MOCK_PORT wins over it. */
const PORT_FALLBACK = 'PORT';

/**
 * Merges defaults, environment and explicit values (in that order); reports every bad value at once,
 * each by the name it was given: `optionNames` says how the explicit values were typed (the CLI
 * passes its flags, e.g. `--timing`), else the option key is used.
 */
export function resolveConfig(
  overrides: Partial<Record<keyof Config, unknown>> = {},
  env: NodeJS.ProcessEnv = {},
  optionNames: Partial<Record<keyof Config, string>> = {},
): Config {
  const merged: Record<string, unknown> = { ...DEFAULT_CONFIG };
  const names: Partial<Record<keyof Config, string>> = {};
  const port = env[PORT_FALLBACK];
  if (port !== undefined && port !== '') {
    merged.port = port;
    names.port = PORT_FALLBACK;
  }
  for (const [key, variable] of Object.entries(ENV_VARS) as [keyof Config, string][]) {
    const value = env[variable];
    if (value !== undefined && value !== '') {
      merged[key] = value;
      names[key] = variable;
    }
  }
  for (const [key, value] of Object.entries(overrides) as [keyof Config, unknown][]) {
    if (value !== undefined) {
      merged[key] = value;
      names[key] = optionNames[key] ?? key;
    }
  }
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0]) as keyof Config;
        const name = names[key] ?? optionNames[key] ?? key;
        const others = [optionNames[key], ENV_VARS[key], ...(key === 'port' ? [PORT_FALLBACK] : [])].filter((other) => other !== undefined && other !== name);
        return { key, name: others.length ? `${name} (or ${others.join(', ')})` : name, message: issue.message, value: merged[key] };
      }),
    );
  }
  return Object.freeze(parsed.data) as Config;
}

export function configFromEnv(overrides: Partial<Record<keyof Config, unknown>> = {}, optionNames: Partial<Record<keyof Config, string>> = {}): Config {
  return resolveConfig(overrides, process.env, optionNames);
}
