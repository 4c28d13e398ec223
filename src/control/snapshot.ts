import { Ajv, type ValidateFunction } from 'ajv';
import { z } from 'zod';
import { addFormats } from '../http/ajv-formats.js';
import { loadSpec } from '../http/openapi.js';
import { atriumSpecJsonPath } from '../paths.js';
import { JOB_TYPES, type TenantState } from '../store/tenant-state.js';
import type { ScenarioCatalog } from '../simulation/scenario-catalog.js';
import { OUTCOMES } from '../simulation/scenario-schema.js';

export const SNAPSHOT_FORMAT = 'atrium-mock/tenant-snapshot';

export interface TenantSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: 1;
  state: TenantState;
}

let wireValidators: Map<string, ValidateFunction> | undefined;

/** Wire objects in a snapshot are checked against the same spec the API answers with. */
function wire(name: string) {
  if (!wireValidators) wireValidators = new Map();
  return z.unknown().superRefine((value, ctx) => {
    let validate = wireValidators!.get(name);
    if (!validate) {
      const ajv = new Ajv({ strict: false, allErrors: false });
      addFormats(ajv);
      const schema = (loadSpec(atriumSpecJsonPath).document.components?.schemas as Record<string, object>)[name];
      validate = ajv.compile(schema!);
      wireValidators!.set(name, validate);
    }
    if (!validate(value)) {
      for (const error of validate.errors ?? []) ctx.addIssue({ code: 'custom', message: `${name}${error.instancePath} ${error.message ?? 'is invalid'}` });
    }
  });
}

const timing = z.strictObject({ kind: z.enum(['instant', 'polls', 'duration']), amount: z.number().min(0) });
const outcome = z.union([z.enum(OUTCOMES), z.strictObject({ connection_status: z.string(), status: z.string() })]);

const jobSchema = z.strictObject({
  type: z.enum(JOB_TYPES),
  scenario: z.string().min(1),
  timing,
  timing_by_phase: z.record(z.string(), timing),
  include_transactions: z.boolean(),
  phase_entered_at: z.number(),
  polls_in_phase: z.int().min(0),
  challenge: z.strictObject({ id: z.string(), guid: z.string(), expires_at: z.number() }).nullable(),
  progress: z.strictObject({
    phase: z.enum(['started', 'challenged', 'resumed', 'authenticated', 'accounts_processed', 'transactions_processed', 'completed', 'failed']),
    challenge_id: z.string().nullable(),
    answer: z.string().nullable(),
    outcome: outcome.nullable(),
  }),
});

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const day = z.int();
const history = z.strictObject({
  segments: z.array(z.tuple([day, day, z.number()])),
  last_gathered_at: z.number(),
  anchor_day: day,
});

const link = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('oauth'),
    user_guid: z.string(),
    member_guid: z.string(),
    issued_at: z.number(),
    used_at: z.number().nullable(),
    skip_aggregation: z.boolean(),
    client_redirect_url: z.string().nullable(),
    referral_source: z.enum(['BROWSER', 'APP']).nullable(),
    ui_message_webview_url_scheme: z.string().nullable(),
  }),
  z.strictObject({
    kind: z.literal('connect'),
    user_guid: z.string(),
    issued_at: z.number(),
    expires_at: z.number(),
    used_at: z.number().nullable(),
    options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  }),
]);

const memberSchema = z.strictObject({
  member: wire('Member'),
  credentials: z.array(z.strictObject({ guid: z.string(), value: z.string() })),
  is_authenticated: z.boolean(),
  has_processed_accounts: z.boolean(),
  has_processed_transactions: z.boolean(),
  job: jobSchema.nullable(),
  forced_scenario: z.string().nullable(),
  scenario_fault_counts: z.record(z.string(), z.int().min(0)),
  last_aggregation_started_at: z.number().nullable(),
  balance_started_at: z.array(z.number()),
  read_only: z.boolean(),
  accounts: z.record(
    z.string(),
    z.strictObject({
      account: wire('Account'),
      full_account_number: z.string(),
      routing_number: z.string().nullable(),
      seed: z.int().min(0),
      basis_balance: z.number().nullable(),
      history: history.nullable(),
      imported: z.array(wire('Transaction')).optional(),
    }),
  ),
  account_owners: z.array(wire('AccountOwner')),
  account_numbers: z.array(wire('AccountNumber')),
  holdings: z.record(z.string(), wire('Holding')),
  statements: z.record(
    z.string(),
    z.strictObject({ statement: wire('Statement'), period_start: date, period_end: date, opening_balance: z.number(), closing_balance: z.number(), as_of: z.number() }),
  ),
});

const stateSchema = z.strictObject({
  tenant_id: z.string(),
  random: z.array(z.int()).length(4),
  clock_offset_ms: z.number().min(0),
  forced_scenario: z.string().nullable(),
  users: z.record(
    z.string(),
    z.strictObject({ user: wire('User'), read_only: z.boolean(), created_at: z.number(), members: z.record(z.string(), memberSchema) }),
  ),
  links: z.record(z.string(), link),
});

const snapshotSchema = z.strictObject({ format: z.literal(SNAPSHOT_FORMAT), version: z.literal(1), state: stateSchema });

/** Keys must agree with the guids inside, and children with their parents. */
function linkProblems(state: TenantState, scenarios: ScenarioCatalog): string[] {
  const problems: string[] = [];
  const known = (name: string | null, where: string) => {
    if (name !== null && !scenarios.get(name) && name !== 'connected') problems.push(`${where} names scenario "${name}", which is not loaded`);
  };
  known(state.forced_scenario, 'state.forced_scenario');
  for (const [userKey, user] of Object.entries(state.users)) {
    if (user.user.guid !== userKey) problems.push(`state.users.${userKey}.user.guid is "${user.user.guid}"`);
    for (const [memberKey, member] of Object.entries(user.members)) {
      const where = `state.users.${userKey}.members.${memberKey}`;
      if (member.member.guid !== memberKey) problems.push(`${where}.member.guid is "${member.member.guid}"`);
      if (member.member.user_guid !== userKey) problems.push(`${where}.member.user_guid is "${member.member.user_guid}"`);
      known(member.forced_scenario, `${where}.forced_scenario`);
      if (member.job) known(member.job.scenario, `${where}.job.scenario`);
      const owned = (item: { member_guid: string; user_guid: string }, label: string) => {
        if (item.member_guid !== memberKey || item.user_guid !== userKey) problems.push(`${where}.${label} belongs to another member or user`);
      };
      for (const [accountKey, record] of Object.entries(member.accounts)) {
        if (record.account.guid !== accountKey) problems.push(`${where}.accounts.${accountKey}.account.guid is "${record.account.guid}"`);
        owned(record.account, `accounts.${accountKey}`);
      }
      member.account_owners.forEach((owner, index) => owned(owner, `account_owners[${index}]`));
      member.account_numbers.forEach((number, index) => owned(number, `account_numbers[${index}]`));
      for (const [key, holding] of Object.entries(member.holdings)) owned(holding, `holdings.${key}`);
      for (const [key, record] of Object.entries(member.statements)) owned(record.statement, `statements.${key}.statement`);
    }
  }
  for (const [token, entry] of Object.entries(state.links)) {
    const user = state.users[entry.user_guid];
    if (!user) problems.push(`state.links.${token} names unknown user "${entry.user_guid}"`);
    else if (entry.kind === 'oauth' && !user.members[entry.member_guid]) problems.push(`state.links.${token} names unknown member "${entry.member_guid}"`);
  }
  return problems;
}

/** Where a `__proto__` key hides in parsed JSON: copying it would set a prototype instead of storing data. */
function prototypeKey(value: unknown, path: string): string | null {
  if (!value || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    if (key === '__proto__') return `${path}.__proto__`;
    const found = prototypeKey(child, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

export function validateSnapshot(input: unknown, scenarios: ScenarioCatalog): { ok: true; snapshot: TenantSnapshot } | { ok: false; problems: string[] } {
  const hidden = prototypeKey(input, 'snapshot');
  if (hidden) return { ok: false, problems: [`${hidden}: the key "__proto__" is not allowed`] };
  const parsed = snapshotSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(snapshot)'}: ${issue.message}`) };
  }
  const snapshot = parsed.data as unknown as TenantSnapshot;
  const problems = linkProblems(snapshot.state, scenarios);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, snapshot };
}
