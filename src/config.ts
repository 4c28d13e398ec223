import { z } from 'zod';
import { defaultFixturesDir, defaultScenariosDir } from './paths.js';
import { parseDuration } from './simulation/duration.js';
import { timingSchema, type TimingSpec } from './simulation/scenario-schema.js';

export const STATEMENT_ROOT_KEYS = ['both', 'statement', 'user'] as const;
export type StatementRootKey = (typeof STATEMENT_ROOT_KEYS)[number];

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
  /**
   * The root key(s) of GET .../statements/{guid}: MX's docs say `statement`, every official SDK
   * reads `user`; `both` (the default) serves both.
   */
  statementRootKey: StatementRootKey;
  /** Deprecated spelling of `statementRootKey: 'both'` (the default since); false changes nothing. */
  statementSdkKey: boolean;
  /** The SQLite database every tenant's state is kept in (a JSON state file of the old format is imported once); null keeps state in memory only. */
  stateFile: string | null;
  /** How the database syncs to disk: `off` (the OS decides), `normal` (what was acknowledged survives a crash of the process), `full` (and a power loss). */
  sync: 'off' | 'normal' | 'full';
  /** Key for operations across tenants (X-Mock-Admin-Key); with a clients file and none, they are refused. */
  adminKey: string | null;
  /** Tenants kept at all; a new tenant past it is refused with 503. */
  maxTenants: number;
  /** Tenants kept in memory; the least recently used beyond it are evicted (and reload from the state when used). */
  maxResidentTenants: number;
  /** Journal bytes per tenant, and for every tenant together. */
  journalBytes: string;
  journalMemory: string;
  /** Largest snapshot PUT /__mock/state accepts (the Atrium body limit is bodyLimit). */
  snapshotLimit: string;
  /** A request must arrive whole within this (ms), its headers within headersTimeoutMs. */
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  /** Where every tenant's webhooks go unless it configures its own (PUT /__mock/webhooks/config). */
  webhookUrl: string | null;
  /** Whether connected members aggregate by themselves about every 24 simulated hours, as MX does. */
  backgroundAggregation: boolean;
}

export const DEFAULT_CONFIG: Config = Object.freeze({
  port: 8080,
  host: '127.0.0.1',
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
  statementRootKey: 'both',
  statementSdkKey: false,
  stateFile: null,
  sync: 'normal',
  adminKey: null,
  maxTenants: 10_000,
  maxResidentTenants: 10_000,
  journalBytes: '1mb',
  journalMemory: '128mb',
  snapshotLimit: '64mb',
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  webhookUrl: null,
  backgroundAggregation: true,
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
  statementRootKey: 'ATRIUM_MOCK_STATEMENT_ROOT_KEY',
  statementSdkKey: 'ATRIUM_MOCK_STATEMENT_SDK_KEY',
  stateFile: 'ATRIUM_MOCK_STATE_FILE',
  sync: 'ATRIUM_MOCK_SYNC',
  adminKey: 'ATRIUM_MOCK_ADMIN_KEY',
  maxTenants: 'ATRIUM_MOCK_MAX_TENANTS',
  maxResidentTenants: 'ATRIUM_MOCK_MAX_RESIDENT_TENANTS',
  journalBytes: 'ATRIUM_MOCK_JOURNAL_BYTES',
  journalMemory: 'ATRIUM_MOCK_JOURNAL_MEMORY',
  snapshotLimit: 'ATRIUM_MOCK_SNAPSHOT_LIMIT',
  requestTimeoutMs: 'ATRIUM_MOCK_REQUEST_TIMEOUT',
  headersTimeoutMs: 'ATRIUM_MOCK_HEADERS_TIMEOUT',
  webhookUrl: 'ATRIUM_MOCK_WEBHOOK_URL',
  backgroundAggregation: 'ATRIUM_MOCK_BACKGROUND_AGGREGATION',
};

const SIZE = /^(\d{1,12})(b|kb|mb|gb)$/i;
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** "1mb", "512kb", "2gb" in bytes (the spelling body limits use). */
export function parseSize(text: string): number {
  const match = SIZE.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a size such as 1mb or 512kb`);
  return Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]!;
}

/** "instant", "polls:3" or "duration:2s" (the CLI/env spelling of a scenario timing). */
export function parseTimingText(text: string): TimingSpec | undefined {
  const trimmed = text.trim();
  if (trimmed === 'instant') return 'instant';
  const [kind, value] = trimmed.split(':');
  const candidate = kind === 'polls' ? { polls: Number(value) } : kind === 'duration' ? { duration: value ?? '' } : undefined;
  const parsed = timingSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

const size = z.string().regex(SIZE, 'expected a size such as 1mb or 512kb');
const milliseconds = z.union([
  z.number().int().min(1),
  z.string().transform((text, ctx) => parseDuration(text) ?? (ctx.addIssue({ code: 'custom', message: 'expected a duration such as 30s' }), z.NEVER)),
]);

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
  bodyLimit: size,
  strictAccept: flag,
  clientsFile: z.string().min(1).nullable(),
  maxUsers: z.coerce.number().int().min(1),
  maxMembersPerUser: z.coerce.number().int().min(1),
  journalSize: z.coerce.number().int().min(1).max(100_000),
  statementRootKey: z.enum(STATEMENT_ROOT_KEYS),
  statementSdkKey: flag,
  stateFile: z.string().min(1).nullable(),
  sync: z.enum(['off', 'normal', 'full']),
  adminKey: z.string().min(8, 'expected at least 8 characters').nullable(),
  maxTenants: z.coerce.number().int().min(1).max(10_000_000),
  maxResidentTenants: z.coerce.number().int().min(1).max(10_000_000),
  journalBytes: size,
  journalMemory: size,
  snapshotLimit: size,
  requestTimeoutMs: milliseconds,
  headersTimeoutMs: milliseconds,
  webhookUrl: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as http://localhost:9000/webhooks' }).max(2048).nullable(),
  backgroundAggregation: flag,
}).superRefine((config, ctx) => {
  // the old flag asked for both keys, which is now the default; it cannot also ask for one key only
  if (config.statementSdkKey && config.statementRootKey !== 'both') {
    ctx.addIssue({ code: 'custom', path: ['statementSdkKey'], message: `the old statement-sdk-key means statement-root-key both, which contradicts statement-root-key ${config.statementRootKey}; drop statement-sdk-key` });
  }
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
  // parsed once per process: zod's compiled parser (new Function) would cost more than it saves
  const parsed = configSchema.safeParse(merged, { jitless: true });
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
