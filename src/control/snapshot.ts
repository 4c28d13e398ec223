import { z } from 'zod';
import type { SimulationSettings } from '../domain/context.js';
import { MAX_SEGMENTS, RETAINED_DAYS } from '../factories/transaction-history.js';
import type { ScenarioCatalog } from '../simulation/scenario-catalog.js';
import { OUTCOMES } from '../simulation/scenario-schema.js';
import { decodeTenant } from '../store/state-codec.js';
import { JOB_TYPES, type TenantState } from '../store/tenant-state.js';
import { LATEST_SIMULATED_TIME } from './control-commands.js';
import { upgradeSnapshotV1 } from './snapshot-v1.js';
import { MAX_OUTBOX_ENTRIES } from '../domain/webhooks.js';
import { MAX_LINKS } from '../domain/links.js';
import { MAX_ATTEMPTS } from '../webhooks/schedule.js';
import { WEBHOOK_TYPES } from '../webhooks/types.js';

export const SNAPSHOT_FORMAT = 'atrium-mock/tenant-snapshot';
export const SNAPSHOT_VERSION = 2;

export interface TenantSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  state: TenantState;
}

/** Problems of a value against a schema of the Atrium spec (Member, Account, ...): injected, so this file needs no HTTP code. */
export type WireCheck = (schemaName: string, value: unknown) => string[];

/** What a restored snapshot must respect besides its shape. */
export interface SnapshotRules {
  scenarios: ScenarioCatalog;
  settings: Pick<SimulationSettings, 'maxUsers' | 'maxMembersPerUser'>;
  wire: WireCheck;
  /** The base clock now: the tenant's clock (base + offset) must stay a time MX can show. */
  baseNow: number;
}

const time = z.number().int().min(0).max(LATEST_SIMULATED_TIME);
const day = z.int().min(0).max(Math.floor(LATEST_SIMULATED_TIME / 86_400_000));
const count = z.int().min(0).max(1_000_000_000);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** A refusal names at most this many problems. */
const MAX_PROBLEMS = 20;
/**
 * Problems the wire checks found in the snapshot being validated (validation is synchronous, one
 * at a time). Once a refusal is certain and has all it will name, the remaining wire objects are
 * not checked: each check of a broken object costs, and a snapshot may hold a hundred thousand.
 */
let wireProblems = 0;

function shapes(wire: WireCheck) {
  const wireObject = (name: string) =>
    z.unknown().superRefine((value, ctx) => {
      if (wireProblems >= MAX_PROBLEMS) return;
      for (const problem of wire(name, value).slice(0, 5)) {
        wireProblems += 1;
        ctx.addIssue({ code: 'custom', message: `${name}${problem}` });
      }
    });

  const timing = z.strictObject({ kind: z.enum(['instant', 'polls', 'duration']), amount: z.number().int().min(0).max(LATEST_SIMULATED_TIME) });
  const outcome = z.union([z.enum(OUTCOMES), z.strictObject({ connection_status: z.string(), status: z.string() })]);
  const job = z.strictObject({
    type: z.enum(JOB_TYPES),
    scenario: z.string().min(1),
    timing,
    timing_by_phase: z.record(z.string(), timing),
    include_transactions: z.boolean(),
    phase_entered_at: time,
    polls_in_phase: count,
    challenge: z.strictObject({ id: z.string(), guid: z.string(), expires_at: time }).nullable(),
    progress: z.strictObject({
      phase: z.enum(['started', 'challenged', 'resumed', 'authenticated', 'accounts_processed', 'transactions_processed', 'completed', 'failed']),
      challenge_id: z.string().nullable(),
      answer: z.string().nullable(),
      outcome: outcome.nullable(),
    }),
    guid: z.string().max(200).optional(),
    background: z.boolean().optional(),
    transactions_created: count.optional(),
    transactions_updated: count.optional(),
    statements_created: count.optional(),
  });
  const history = z
    .strictObject({
      segments: z.array(z.tuple([day, day, time])).max(MAX_SEGMENTS),
      last_gathered_at: time,
      anchor_day: day,
    })
    .superRefine((value, ctx) => {
      value.segments.forEach(([from, to], index) => {
        const previous = value.segments[index - 1];
        if (from > to || (previous && from <= previous[1])) ctx.addIssue({ code: 'custom', path: ['segments', index], message: 'segments must be ordered, disjoint day ranges' });
      });
      const [first, last] = [value.segments[0], value.segments.at(-1)];
      if (first && last && last[1] - first[0] + 1 > RETAINED_DAYS) {
        ctx.addIssue({ code: 'custom', path: ['segments'], message: `segments span ${last[1] - first[0] + 1} days; an account keeps at most ${RETAINED_DAYS}` });
      }
    });
  const link = z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('oauth'),
      user_guid: z.string(),
      member_guid: z.string(),
      issued_at: time,
      used_at: time.nullable(),
      skip_aggregation: z.boolean(),
      client_redirect_url: z.string().nullable(),
      referral_source: z.enum(['BROWSER', 'APP']).nullable(),
      ui_message_webview_url_scheme: z.string().nullable(),
    }),
    z.strictObject({
      kind: z.literal('connect'),
      user_guid: z.string(),
      issued_at: time,
      expires_at: time,
      used_at: time.nullable(),
      options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    }),
  ]);
  const member = z.strictObject({
    member: wireObject('Member'),
    credentials: z.array(z.strictObject({ guid: z.string(), value: z.string() })).max(100),
    is_authenticated: z.boolean(),
    has_processed_accounts: z.boolean(),
    has_processed_transactions: z.boolean(),
    job: job.nullable(),
    forced_scenario: z.string().nullable(),
    scenario_fault_counts: z.record(z.string(), count),
    last_aggregation_started_at: time.nullable(),
    background_anchor_at: time.optional(),
    balance_started_at: z.array(time).max(100),
    read_only: z.literal(false),
    accounts: z.record(
      z.string(),
      z.strictObject({
        account: wireObject('Account'),
        full_account_number: z.string(),
        routing_number: z.string().nullable(),
        seed: z.int().min(0).max(0xffffffff),
        basis_balance: z.number().nullable(),
        history: history.nullable(),
        imported: z.array(wireObject('Transaction')).optional(),
        imported_days: z.tuple([day, day]).optional(),
      }),
    ),
    account_owners: z.array(wireObject('AccountOwner')),
    account_numbers: z.array(wireObject('AccountNumber')),
    holdings: z.record(z.string(), wireObject('Holding')),
    statements: z.record(
      z.string(),
      z.strictObject({ statement: wireObject('Statement'), period_start: date, period_end: date, opening_balance: z.number(), closing_balance: z.number(), as_of: time }),
    ),
  });
  const attempt = z.strictObject({
    at: time,
    url: z.string().max(2048),
    status: z.int().min(100).max(999).nullable(),
    duration_ms: z.number().min(0).max(86_400_000),
    error: z.string().max(4096).nullable(),
  });
  const outboxEntry = z.strictObject({
    guid: z.string().max(200),
    type: z.enum(WEBHOOK_TYPES as [string, ...string[]]),
    member_guid: z.string(),
    user_guid: z.string(),
    payload: z.record(z.string(), z.unknown()),
    created_at: time,
    state: z.enum(['pending', 'delivered', 'failed', 'held']),
    attempts: z.array(attempt).max(MAX_ATTEMPTS),
    first_attempt_at: time.nullable(),
    next_attempt_at: time.nullable(),
    order: z.number().min(0).max(1e15),
    chaos: z.array(z.string().max(200)).max(20),
    redelivery_of: z.string().nullable(),
  });
  const webhooks = z.strictObject({
    config: z
      .strictObject({
        url: z.string().max(2048).nullable(),
        urls: z.record(z.string(), z.string().max(2048)),
        headers: z.record(z.string(), z.string().max(4096)),
        chaos: z.strictObject({ duplicate: z.number().min(0).max(1).optional(), reorder: z.boolean().optional(), unknown_fields: z.boolean().optional(), nulls: z.boolean().optional() }),
      })
      .nullable(),
    outbox: z.record(z.string(), outboxEntry).refine((outbox) => Object.keys(outbox).length <= MAX_OUTBOX_ENTRIES, `at most ${MAX_OUTBOX_ENTRIES} webhooks`),
    sequence: count,
  });
  const state = z.strictObject({
    tenant_id: z.string(),
    random: z.array(z.int()).length(4),
    clock_offset_ms: time,
    forced_scenario: z.string().nullable(),
    // checked one user at a time (see validationSteps)
    users: z.record(z.string(), z.unknown()),
    links: z.record(z.string(), link).refine((links) => Object.keys(links).length <= MAX_LINKS, `at most ${MAX_LINKS} links`),
    webhooks: webhooks.optional(),
  });
  const user = z.strictObject({ user: wireObject('User'), read_only: z.literal(false), created_at: time, members: z.record(z.string(), member) });
  return { snapshot: z.strictObject({ format: z.literal(SNAPSHOT_FORMAT), version: z.literal(SNAPSHOT_VERSION), state }), user };
}

/** What a `__proto__` key is called while zod checks a snapshot (zod skips that key; the restored state keeps it). */
const PROTO_STAND_IN = '\u0000__proto__';

/**
 * A copy of parsed JSON in which every `__proto__` key goes by a stand-in, so the validator
 * checks what is under it like anything else. Walks with its own stack and refuses to go deeper
 * than `maxDepth`; null when the input is too deep or already uses the stand-in.
 */
function withProtoStandIns(input: unknown, maxDepth = 64): unknown {
  const scan = scanKeys(input, maxDepth);
  if (scan !== 'plain') return scan === 'refused' ? null : copyWithStandIns(input, maxDepth);
  // nearly every snapshot: nothing to rename, so no copy (the validator does not change what it reads)
  return input;
}

/** Without allocating per node: whether parsed JSON is too deep or uses the stand-in, has a `__proto__` key, or neither. */
function scanKeys(input: unknown, maxDepth: number): 'refused' | 'proto' | 'plain' {
  const nodes: unknown[] = [input];
  const depths: number[] = [0];
  let found = false;
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > maxDepth) return 'refused';
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') (nodes.push(item), depths.push(depth + 1));
      continue;
    }
    if (Object.hasOwn(node, PROTO_STAND_IN)) return 'refused';
    if (Object.hasOwn(node, '__proto__')) found = true;
    for (const value of Object.values(node)) if (value !== null && typeof value === 'object') (nodes.push(value), depths.push(depth + 1));
  }
  return found ? 'proto' : 'plain';
}

function copyWithStandIns(input: unknown, maxDepth: number): unknown {
  const root: { value: unknown } = { value: undefined };
  const stack: { from: unknown; into: Record<string, unknown> | unknown[]; key: string | number; depth: number }[] = [{ from: input, into: root as never, key: 'value', depth: 0 }];
  while (stack.length > 0) {
    const { from, into, key, depth } = stack.pop()!;
    let copy: unknown = from;
    if (from !== null && typeof from === 'object') {
      if (depth > maxDepth) return null;
      if (Array.isArray(from)) {
        const array: unknown[] = new Array(from.length);
        from.forEach((item, index) => stack.push({ from: item, into: array, key: index, depth: depth + 1 }));
        copy = array;
      } else {
        const object: Record<string, unknown> = {};
        for (const [name, value] of Object.entries(from)) {
          if (name === PROTO_STAND_IN) return null;
          Object.defineProperty(object, name === '__proto__' ? PROTO_STAND_IN : name, { value: undefined, enumerable: true, writable: true, configurable: true });
          stack.push({ from: value, into: object, key: name === '__proto__' ? PROTO_STAND_IN : name, depth: depth + 1 });
        }
        copy = object;
      }
    }
    (into as Record<string | number, unknown>)[key] = copy;
  }
  return root.value;
}

function isVersion1(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === SNAPSHOT_FORMAT && (value as { version?: unknown }).version === 1;
}

let compiled: { wire: WireCheck; schema: ReturnType<typeof shapes> } | undefined;

/** Keys must agree with the guids inside, children with their parents, and the limits hold. */
function linkProblems(state: TenantState, rules: SnapshotRules): string[] {
  const problems: string[] = [];
  const known = (name: string | null, where: string) => {
    if (name !== null && !rules.scenarios.get(name) && name !== 'connected') problems.push(`${where} names scenario "${name}", which is not loaded`);
  };
  known(state.forced_scenario, 'state.forced_scenario');
  const users = Object.entries(state.users);
  if (users.length > rules.settings.maxUsers) problems.push(`state.users has ${users.length} users; this simulator allows ${rules.settings.maxUsers} (--max-users)`);
  if (rules.baseNow + state.clock_offset_ms > LATEST_SIMULATED_TIME) problems.push('state.clock_offset_ms moves the clock past 9999-12-31T23:59:59+00:00');
  for (const [userKey, user] of users) {
    if (user.user.guid !== userKey) problems.push(`state.users.${userKey}.user.guid is "${user.user.guid}"`);
    const members = Object.entries(user.members);
    if (members.length > rules.settings.maxMembersPerUser) {
      problems.push(`state.users.${userKey}.members has ${members.length} members; this simulator allows ${rules.settings.maxMembersPerUser} (--max-members-per-user)`);
    }
    for (const [memberKey, member] of members) {
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
      for (const [key, record] of Object.entries(member.statements)) {
        owned(record.statement, `statements.${key}.statement`);
        if (!Object.hasOwn(member.accounts, record.statement.account_guid)) problems.push(`${where}.statements.${key} belongs to an account the member does not have`);
      }
    }
  }
  for (const [token, entry] of Object.entries(state.links)) {
    const user = Object.hasOwn(state.users, entry.user_guid) ? state.users[entry.user_guid] : undefined;
    if (!user) problems.push(`state.links.${token} names unknown user "${entry.user_guid}"`);
    else if (entry.kind === 'oauth' && !Object.hasOwn(user.members, entry.member_guid)) problems.push(`state.links.${token} names unknown member "${entry.member_guid}"`);
  }
  return problems;
}

type Validation = { ok: true; state: TenantState } | { ok: false; problems: string[] };

/** Users checked between two pauses of validateSnapshotInTurns: about 10 ms of work on a large tenant. */
const USERS_PER_TURN = 4;

/**
 * A snapshot checked whole before anything is restored: its shape, every wire object against
 * the spec, every number in range, and the links between its parts. Yields between users, so
 * the same steps run at once (validateSnapshot) or in turns of the event loop.
 */
function* validationSteps(given: unknown, rules: SnapshotRules): Generator<void, Validation> {
  if (!compiled || compiled.wire !== rules.wire) compiled = { wire: rules.wire, schema: shapes(rules.wire) };
  const { schema } = compiled;
  const input = isVersion1(given) ? upgradeSnapshotV1(given) : given;
  const checked = withProtoStandIns(input);
  if (checked === null) return { ok: false, problems: ['(snapshot): nested deeper than 64 levels, or uses a reserved key'] };
  const name = (part: PropertyKey) => (part === PROTO_STAND_IN ? '__proto__' : String(part));
  const described = (issues: readonly { path: PropertyKey[]; message: string }[], prefix: PropertyKey[]) =>
    issues.map((issue) => `${[...prefix, ...issue.path].map(name).join('.') || '(snapshot)'}: ${issue.message}`);
  // wireProblems counts per parse: each parse is synchronous, so a validation in turns never shares it
  const parse = <T extends z.ZodType>(shape: T, value: unknown) => {
    wireProblems = 0;
    try {
      return shape.safeParse(value);
    } catch (error) {
      // zod gathers every problem and spreads them into its parent's list: hundreds of thousands overflow the stack
      if (error instanceof RangeError) return null;
      throw error;
    }
  };
  const tooMany = { ok: false as const, problems: ['(snapshot): it has too many problems to list; check it against a snapshot GET /__mock/state answers'] };
  const parsed = parse(schema.snapshot, checked);
  if (parsed === null) return tooMany;
  if (!parsed.success) return { ok: false, problems: described(parsed.error.issues, []).slice(0, MAX_PROBLEMS) };
  const problems: string[] = [];
  let count = 0;
  for (const [key, user] of Object.entries((checked as { state: { users: Record<string, unknown> } }).state.users)) {
    const result = parse(schema.user, user);
    if (result === null) return tooMany;
    if (!result.success) problems.push(...described(result.error.issues, ['state', 'users', key]));
    if (problems.length >= MAX_PROBLEMS) break;
    if (++count % USERS_PER_TURN === 0) yield;
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  yield;
  // a copy of the input (keys such as __proto__ included), never shared with whoever sent it
  const state = decodeTenant(JSON.stringify((input as { state: TenantState }).state));
  yield;
  const links = linkProblems(state, rules);
  return links.length > 0 ? { ok: false, problems: links.slice(0, MAX_PROBLEMS) } : { ok: true, state };
}

/** validationSteps at once: for a state file at startup and createSimulator().restore(). */
export function validateSnapshot(given: unknown, rules: SnapshotRules): Validation {
  const steps = validationSteps(given, rules);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** validationSteps with a turn of the event loop between groups of users: a large PUT /__mock/state does not stall other tenants. */
export async function validateSnapshotInTurns(given: unknown, rules: SnapshotRules): Promise<Validation> {
  const steps = validationSteps(given, rules);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
