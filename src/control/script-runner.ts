import { isDeepStrictEqual } from 'node:util';
import { parseDuration } from '../simulation/duration.js';
import { DEFAULT_POLLS, type CallStep, type ScriptStep } from '../simulation/script-schema.js';

/** How a script reaches the simulator: over HTTP in tests, in-process for seeds. */
export interface ScriptTransport {
  atrium(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  advanceClock(ms: number): Promise<void>;
  completeOAuth(userGuid: string, memberGuid: string, outcome: string): Promise<void>;
  /** The tenant's webhook outbox, newest first (GET /__mock/webhooks). */
  webhooks(filter: { type?: string; member_guid?: string }): Promise<Json[]>;
  configureWebhooks(config: Json): Promise<void>;
  /** Resolves once the deliveries under way have been recorded. */
  settle(): Promise<void>;
}

/** What a scenario's `match` says about the member a script creates, and where its webhooks go. */
export interface ScriptDefaults {
  institution_code?: string | undefined;
  credentials?: Record<string, string | string[]> | undefined;
  /** The receiver configure_webhooks sends to when it names no URL (`with.path` is added to it). */
  webhook_url?: string | undefined;
}

/** How often a webhook step looks again for the attempts or state it waits for. */
const WEBHOOK_LOOKS = 50;

export class ScriptError extends Error {
  constructor(
    readonly step: string,
    message: string,
  ) {
    super(`${step}: ${message}`);
    this.name = 'ScriptError';
  }
}

type Json = Record<string, unknown>;

/** Every key of `expected` matches `actual`; arrays element by element with the same length. */
export function partialMatch(actual: unknown, expected: unknown, path = 'body'): string | null {
  if (expected === null || typeof expected !== 'object') {
    return isDeepStrictEqual(actual, expected) ? null : `${path} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path} is ${JSON.stringify(actual)}, expected an array`;
    if (actual.length !== expected.length) return `${path} has ${actual.length} items, expected ${expected.length}`;
    for (const [index, item] of expected.entries()) {
      const problem = partialMatch(actual[index], item, `${path}[${index}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (!actual || typeof actual !== 'object') return `${path} is ${JSON.stringify(actual)}, expected an object`;
  for (const [key, value] of Object.entries(expected)) {
    const problem = partialMatch((actual as Json)[key], value, `${path}.${key}`);
    if (problem) return problem;
  }
  return null;
}

const JOB_PATHS: Partial<Record<CallStep['call'], string>> = {
  aggregate: 'aggregate',
  balance: 'balance',
  identify: 'identify',
  verify: 'verify',
  extend_history: 'extend_history',
  fetch_statements: 'fetch_statements',
};
const MEMBER_LISTS: Partial<Record<CallStep['call'], string>> = {
  account_owners: 'account_owners',
  account_numbers: 'account_numbers',
  accounts: 'accounts',
  transactions: 'transactions',
  holdings: 'holdings',
  statements: 'statements',
};

/** Runs a script of client calls; returns the guids it created (`user_guid`, `member_guid` and every `as:` name). */
export class ScriptRunner {
  readonly saved: Record<string, string> = {};
  #users: string[] = [];
  #members: { user: string; member: string }[] = [];
  /** Identifiers of the tenant's users, read once when a script first creates a user without naming one. */
  #taken: Set<string> | undefined;
  #lastChallenges = new Map<string, { guid: string }[]>();

  constructor(
    private readonly transport: ScriptTransport,
    private readonly defaults: ScriptDefaults = {},
  ) {}

  async run(steps: ScriptStep[], label = 'step'): Promise<Record<string, string>> {
    for (const [index, step] of steps.entries()) {
      const name = `${label} ${index + 1}`;
      if ('repeat' in step) {
        for (let round = 0; round < step.repeat; round += 1) await this.run(step.steps, `${name} (round ${round + 1})`);
      } else {
        for (let time = 0; time < (step.times ?? 1); time += 1) await this.#runStep(step, step.times ? `${name} #${time + 1}` : name);
      }
    }
    return this.saved;
  }

  /**
   * The first `script-user-N` no user of the tenant has, so the same seed set runs again and again
   * in one tenant (a seed per test); deterministic, since it depends only on the tenant's users.
   * An identifier the script names itself is sent as it is, and a clash answers MX's 409.
   */
  async #freeIdentifier(where: string): Promise<string> {
    if (!this.#taken) {
      this.#taken = new Set();
      for (let page = 1; ; page += 1) {
        const listed = await this.#call('GET', `/users?page=${page}&records_per_page=1000`);
        if (listed.status !== 200) throw new ScriptError(where, `listing the users answered ${listed.status}`);
        for (const user of (listed.body.users ?? []) as { identifier?: string | null }[]) if (user.identifier) this.#taken.add(user.identifier);
        const pages = Number((listed.body.pagination as Json | undefined)?.total_pages ?? 1);
        if (page >= pages) break;
      }
    }
    let number = 1;
    while (this.#taken.has(`script-user-${number}`)) number += 1;
    const identifier = `script-user-${number}`;
    this.#taken.add(identifier);
    return identifier;
  }

  #user(step: CallStep, where: string): string {
    const user = step.user ? this.saved[step.user] : (this.#members.at(-1)?.user ?? this.#users.at(-1));
    if (!user) throw new ScriptError(where, step.user ? `no user saved as "${step.user}"` : 'no user yet: start with create_user');
    return user;
  }

  #member(step: CallStep, where: string): { user: string; member: string } {
    if (step.member) {
      const found = this.#members.find((entry) => entry.member === this.saved[step.member!]);
      if (!found) throw new ScriptError(where, `no member saved as "${step.member}"`);
      return found;
    }
    const last = this.#members.at(-1);
    if (!last) throw new ScriptError(where, 'no member yet: create_member first');
    return last;
  }

  async #call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await this.transport.atrium(method, path, body);
    const json = (response.body ?? {}) as Json;
    const member = json.member as Json | undefined;
    const challenges = (member?.challenges ?? json.challenges) as { guid: string }[] | undefined;
    if (Array.isArray(challenges) && challenges.length > 0 && typeof member?.guid === 'string') this.#lastChallenges.set(member.guid, challenges);
    return { status: response.status, body: json };
  }

  async #runStep(step: CallStep, label: string): Promise<void> {
    const where = `${label} (${step.call})`;
    const args = (step.with ?? {}) as Json;
    let response: { status: number; body: Json };
    switch (step.call) {
      case 'advance_clock': {
        const ms = typeof args.by === 'string' ? parseDuration(args.by) : Number(args.ms);
        if (ms === undefined || !Number.isFinite(ms)) throw new ScriptError(where, 'advance_clock needs with: { by: "5m" } or { ms: 300000 }');
        await this.transport.advanceClock(ms);
        return;
      }
      case 'complete_oauth': {
        const { user, member } = this.#member(step, where);
        await this.transport.completeOAuth(user, member, String(args.outcome ?? 'CONNECTED'));
        return;
      }
      case 'configure_webhooks': {
        const { path, ...config } = args;
        const base = typeof config.url === 'string' ? config.url : this.defaults.webhook_url;
        if (base === undefined) throw new ScriptError(where, 'configure_webhooks needs with: { url: ... } (no receiver is given to this script)');
        await this.transport.configureWebhooks({ ...config, url: typeof path === 'string' ? `${base.replace(/\/$/, '')}/${path}` : base });
        return;
      }
      case 'webhook':
        this.#check(where, step, { status: 200, body: await this.#webhook(where, step, args) });
        return;
      case 'create_user': {
        const identifier = 'identifier' in args ? {} : { identifier: await this.#freeIdentifier(where) };
        response = await this.#call('POST', '/users', { user: { ...identifier, ...args } });
        if (typeof args.identifier === 'string') this.#taken?.add(args.identifier);
        const guid = (response.body.user as Json | undefined)?.guid;
        if (typeof guid === 'string') {
          this.#users.push(guid);
          this.saved.user_guid = guid;
          if (step.as) this.saved[step.as] = guid;
        }
        break;
      }
      case 'create_member': {
        const user = this.#user(step, where);
        const member = await this.#memberBody(where, args);
        response = await this.#call('POST', `/users/${user}/members`, { member });
        const guid = (response.body.member as Json | undefined)?.guid;
        if (typeof guid === 'string') {
          this.#members.push({ user, member: guid });
          this.saved.member_guid = guid;
          if (step.as) this.saved[step.as] = guid;
        }
        break;
      }
      case 'delete_user':
        response = await this.#call('DELETE', `/users/${this.#user(step, where)}`);
        break;
      case 'poll':
        response = await this.#poll(where, step, Number(args.max ?? DEFAULT_POLLS));
        break;
      case 'answer':
        response = await this.#answer(where, step, args);
        break;
      default:
        response = await this.#memberCall(where, step, args);
    }
    this.#check(where, step, response);
  }

  async #memberCall(where: string, step: CallStep, args: Json): Promise<{ status: number; body: Json }> {
    const { user, member } = this.#member(step, where);
    const base = `/users/${user}/members/${member}`;
    const job = JOB_PATHS[step.call];
    if (job) return this.#call('POST', `${base}/${job}`, Object.keys(args).length ? args : undefined);
    const list = MEMBER_LISTS[step.call];
    if (list) return this.#call('GET', `${base}/${list}`);
    switch (step.call) {
      case 'read_member':
        return this.#call('GET', base);
      case 'update_member':
        return this.#call('PUT', base, { member: args });
      case 'delete_member':
        return this.#call('DELETE', base);
      case 'status':
        return this.#call('GET', `${base}/status`);
      case 'challenges':
        return this.#call('GET', `${base}/challenges`);
      case 'oauth_window_uri':
        return this.#call('GET', `${base}/oauth_window_uri`);
      default:
        throw new ScriptError(where, `unsupported call ${step.call}`);
    }
  }

  /**
   * The member's newest webhook of `with.type` (any type without), once it has `with.attempts`
   * attempts or is in `with.state`: the step waits for deliveries under way, a bounded number of times.
   */
  async #webhook(where: string, step: CallStep, args: Json): Promise<Json> {
    const { member } = this.#member(step, where);
    const filter = { ...(typeof args.type === 'string' ? { type: args.type } : {}), member_guid: member };
    const ready = (entry: Json | undefined) =>
      entry !== undefined && (args.state === undefined || entry.state === args.state) && (args.attempts === undefined || (entry.attempts as unknown[]).length >= Number(args.attempts));
    let newest: Json | undefined;
    for (let look = 0; look < WEBHOOK_LOOKS; look += 1) {
      newest = (await this.transport.webhooks(filter))[0];
      if (ready(newest)) return newest!;
      await this.transport.settle();
    }
    const wanted = [args.type ?? 'any type', args.state === undefined ? '' : `state ${String(args.state)}`, args.attempts === undefined ? '' : `${String(args.attempts)} attempts`].filter(Boolean).join(', ');
    throw new ScriptError(where, newest ? `the newest webhook (${String(newest.type)}) is ${String(newest.state)} after ${(newest.attempts as unknown[]).length} attempt(s), expected ${wanted}` : `no webhook (${wanted}) of member ${member}`);
  }

  /** Polls /status until the job stops, waits for MFA, or waits for OAuth. */
  async #poll(where: string, step: CallStep, max: number) {
    const { user, member } = this.#member(step, where);
    for (let poll = 0; poll < max; poll += 1) {
      const response = await this.#call('GET', `/users/${user}/members/${member}/status`);
      const status = response.body.member as Json | undefined;
      if (response.status !== 200 || !status || !status.is_being_aggregated || status.connection_status === 'CHALLENGED') return response;
    }
    throw new ScriptError(where, `member still aggregating after ${max} polls (slow timing? advance_clock first)`);
  }

  /**
   * Answers the open challenges with `with.value` (or `with.values`, one per challenge). With none
   * open it answers the last ones seen, so a script can show what a late answer gets.
   */
  async #answer(where: string, step: CallStep, args: Json) {
    const { user, member } = this.#member(step, where);
    const listed = await this.#call('GET', `/users/${user}/members/${member}/challenges`);
    const open = listed.status === 200 ? ((listed.body.challenges ?? []) as { guid: string }[]) : [];
    const challenges = open.length > 0 ? open : (this.#lastChallenges.get(member) ?? []);
    if (challenges.length === 0) throw new ScriptError(where, `no challenges to answer (GET challenges answered ${listed.status})`);
    this.#lastChallenges.set(member, challenges);
    const values = Array.isArray(args.values) ? (args.values as unknown[]).map(String) : challenges.map(() => String(args.value ?? 'correct'));
    return this.#call('PUT', `/users/${user}/members/${member}/resume`, {
      member: { challenges: challenges.map((challenge, index) => ({ guid: challenge.guid, value: values[index] ?? values[0] ?? 'correct' })) },
    });
  }

  /** Credentials for the institution from `with.credentials`, the scenario's `match`, then MX's test defaults. */
  async #memberBody(where: string, args: Json): Promise<Json> {
    const institution = String(args.institution_code ?? this.defaults.institution_code ?? 'mxbank');
    const { credentials: given, ...rest } = args;
    const body: Json = { institution_code: institution, ...rest };
    if (args.is_oauth === true) return body;
    const listed = await this.#call('GET', `/institutions/${institution}/credentials`);
    if (listed.status !== 200) throw new ScriptError(where, `institution "${institution}" answered ${listed.status}`);
    const wanted: Record<string, unknown> = { ...(this.defaults.credentials ?? {}), ...((given as Json | undefined) ?? {}) };
    const definitions = (listed.body.credentials ?? []) as { guid: string; field_name: string; type: string; options?: { value: string }[] }[];
    body.credentials = definitions.map((definition) => {
      const keys = [definition.field_name.toLowerCase(), definition.type.toLowerCase(), ...(definition.type === 'LOGIN' ? ['username'] : [])];
      const value = keys.map((key) => wanted[key]).find((candidate) => candidate !== undefined);
      const first = Array.isArray(value) ? value[0] : value;
      const fallback = definition.type === 'LOGIN' ? 'test_atrium' : definition.type === 'PASSWORD' ? 'password' : (definition.options?.[0]?.value ?? 'test');
      return { guid: definition.guid, value: String(first ?? fallback) };
    });
    return body;
  }

  #check(where: string, step: CallStep, response: { status: number; body: Json }): void {
    const statusOk = step.status === undefined ? response.status >= 200 && response.status < 300 : response.status === step.status;
    if (!statusOk) {
      throw new ScriptError(where, `answered ${response.status}, expected ${step.status ?? '2xx'}: ${JSON.stringify(response.body)}`);
    }
    if (step.expect !== undefined) {
      const problem = partialMatch(response.body, step.expect);
      if (problem) throw new ScriptError(where, problem);
    }
    if (step.min_items !== undefined) {
      const list = Object.values(response.body).find(Array.isArray) as unknown[] | undefined;
      if (!list || list.length < step.min_items) {
        throw new ScriptError(where, `expected at least ${step.min_items} items, got ${list?.length ?? 'no list'}`);
      }
    }
  }
}
