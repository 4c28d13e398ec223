import type { DomainContext, SharedDomain } from '../domain/context.js';
import { openConnectWidget, type ConnectWidgetView } from '../domain/connect-widget.js';
import { openOAuthWindow, type OAuthOutcome } from '../domain/oauth.js';
import type { Clock } from '../simulation/clock.js';
import { toMxTimestamp } from '../simulation/clock.js';
import type { Scenario } from '../simulation/scenario-schema.js';
import { scriptSchema, type ScriptStep } from '../simulation/script-schema.js';
import type { BrowserCommand, Command, ControlCommand } from '../store/commands.js';
import { valuesOf } from '../store/records.js';
import { copyTenant } from '../store/state-codec.js';
import type { DeliveryAttempt, OutboxEntry, TenantState, WebhookConfig, WebhookKind } from '../store/tenant-state.js';
import { dueWebhooks, listOutbox, webhookUrl } from '../domain/webhooks.js';
import { WEBHOOK_TYPES } from '../webhooks/types.js';
import { TenantLimitError, TenantRebuildError, type TenantStore } from '../store/tenant-store.js';
import { CONTROL_OPS, isControlOp, isRefusal, type ControlArgs, type ControlOp } from './control-commands.js';
import { ControlError } from './control-error.js';
import { FaultTable, faultSpecSchema, type Fault } from './faults.js';
import { JournalPool, type JournalEntry, type JournalFilter, type RecordedExchange } from './journal.js';
import { Metrics, type MetricsReport } from './metrics.js';
import { tenantOverview, type Overview } from './overview.js';
import { ScriptError, ScriptRunner, type ScriptTransport } from './script-runner.js';
import type { SeedSet } from './seed-sets.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, validateSnapshot, validateSnapshotInTurns, type TenantSnapshot, type WireCheck } from './snapshot.js';
import { UnitOfWork } from './unit-of-work.js';

export { ControlError } from './control-error.js';

/** An outbox entry as the control plane shows it: times as MX timestamps. */
export function webhookView(entry: OutboxEntry) {
  return {
    guid: entry.guid,
    type: entry.type,
    member_guid: entry.member_guid,
    user_guid: entry.user_guid,
    payload: entry.payload,
    created_at: toMxTimestamp(entry.created_at),
    state: entry.state,
    attempts: entry.attempts.map((attempt) => ({ ...attempt, at: toMxTimestamp(attempt.at) })),
    next_attempt_at: entry.next_attempt_at === null ? null : toMxTimestamp(entry.next_attempt_at),
    chaos: entry.chaos,
    redelivery_of: entry.redelivery_of,
  };
}

/** The CLI spelling of a timing: instant, polls:N, duration:2s. */
export function timingText(timing: Scenario['timing']): string {
  if (timing === undefined) return 'default';
  if (timing === 'instant') return 'instant';
  return 'polls' in timing ? `polls:${timing.polls}` : `duration:${timing.duration}`;
}

/** How a seed reaches the Atrium pipeline in-process (the HTTP layer provides it; control imports no HTTP code). */
export interface InProcessAtrium {
  callInBatch(
    tenantId: string,
    request: { method: string; path: string; query: Record<string, unknown>; body: unknown; publicUrl: string },
    batch: Command[],
  ): { status: number; body?: unknown; mockError?: boolean };
}

/** Tenants whose metrics are kept (about 400 bytes each): the most recently seen ones. */
const METRICS_TENANTS = 20_000;

export interface ControlPlaneDeps {
  store: TenantStore;
  clock: Clock;
  shared: SharedDomain;
  seedSets: SeedSet[];
  journal: { capacity: number; tenantBytes: number; totalBytes: number };
  /** Checks a value against a schema of the Atrium spec (snapshots carry wire objects). */
  wire: WireCheck;
}

/** A tenant's webhook configuration as GET /__mock/webhooks/config shows it. */
export interface WebhookConfigView {
  url: string | null;
  urls: Record<string, string>;
  headers: Record<string, string>;
  chaos: WebhookConfig['chaos'];
  /** Where webhooks go when the tenant names no URL (--webhook-url), or null. */
  default_url: string | null;
}

export interface ScenarioSummary {
  name: string;
  description: string;
  match: Scenario['match'] | null;
  timing: string;
  active_for_tenant: boolean;
  active_for_members: string[];
}

/** Most faults one tenant may arm at once. */
export const MAX_FAULTS = 100;
/** Most Atrium calls one seed may make, poll attempts and repeats counted. */
export const MAX_SEED_CALLS = 1_000;

/**
 * Every control-plane operation (design.md section 7), used by the /__mock routes and by the
 * in-process simulator object alike. Everything is per tenant unless it says "all". What changes
 * a tenant's state runs as a command (control-commands.ts), committed like Atrium requests.
 */
export class ControlPlane {
  readonly #faults = new Map<string, FaultTable>();
  readonly #metrics = new Map<string, Metrics>();
  readonly #journals: JournalPool;
  readonly #global = new Metrics();
  #atrium: InProcessAtrium | null = null;

  constructor(private readonly deps: ControlPlaneDeps) {
    this.#journals = new JournalPool(deps.journal.capacity, deps.journal.tenantBytes, deps.journal.totalBytes);
  }

  /** Seeds call the Atrium pipeline in-process; the app attaches it once built. */
  attach(atrium: InProcessAtrium): void {
    this.#atrium = atrium;
  }

  /** A tenant left memory: its faults, journal and metrics live beside it and go with it. */
  forget(tenantId: string): void {
    this.#faults.delete(tenantId);
    this.#metrics.delete(tenantId);
    this.#journals.forget(tenantId);
  }

  faultTable(tenantId: string): FaultTable {
    let table = this.#faults.get(tenantId);
    if (!table) this.#faults.set(tenantId, (table = new FaultTable(`${this.deps.store.seed}:${tenantId}`)));
    return table;
  }

  /** The tenant's faults, if it armed any (the request path asks this on every request). */
  armedFaults(tenantId: string): FaultTable | undefined {
    return this.#faults.get(tenantId);
  }

  now(tenantId: string): number {
    return this.deps.clock.now() + this.#state(tenantId).clock_offset_ms;
  }

  reset(tenantId?: string): void {
    this.deps.store.reset(tenantId);
    if (tenantId === undefined) {
      this.#faults.clear();
      this.#metrics.clear();
      this.#journals.forget();
      this.#global.clear();
    } else {
      this.forget(tenantId);
    }
  }

  // --- state -------------------------------------------------------------------------------

  snapshot(tenantId: string): TenantSnapshot {
    return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, state: copyTenant(this.#state(tenantId)) };
  }

  /** Why a snapshot cannot be restored, or null when it can. */
  checkSnapshot(snapshot: unknown): string | null {
    const result = validateSnapshot(snapshot, this.#rules());
    return result.ok ? null : `Invalid snapshot: ${result.problems.join('; ')}.`;
  }

  /** Replaces the tenant's state with a snapshot; an invalid one is refused and nothing changes. */
  restore(tenantId: string, snapshot: unknown): { users: number } {
    return this.#replace(tenantId, validateSnapshot(snapshot, this.#rules()));
  }

  /** restore, checked in turns of the event loop (PUT /__mock/state); replaced while no seed holds the tenant. */
  async restoreInTurns(tenantId: string, snapshot: unknown): Promise<{ users: number }> {
    const result = await validateSnapshotInTurns(snapshot, this.#rules());
    const release = await this.deps.store.lock(tenantId);
    try {
      return this.#replace(tenantId, result);
    } finally {
      release();
    }
  }

  #replace(tenantId: string, result: ReturnType<typeof validateSnapshot>): { users: number } {
    if (!result.ok) throw new ControlError(400, `Invalid snapshot: ${result.problems.join('; ')}.`);
    result.state.tenant_id = tenantId;
    try {
      this.deps.store.replace(tenantId, result.state);
    } catch (error) {
      if (error instanceof TenantLimitError) throw new ControlError(503, error.message);
      throw error;
    }
    return { users: Object.keys(result.state.users).length };
  }

  /** The tenant at a glance (GET /__mock/overview); reading it changes nothing. */
  overview(tenantId: string): Overview {
    const state = this.#state(tenantId);
    return tenantOverview(state, this.deps.clock.now() + state.clock_offset_ms);
  }

  tenantIds(): string[] {
    return this.deps.store.ids();
  }

  // --- scenarios ---------------------------------------------------------------------------

  get scenarioCount(): number {
    return this.deps.shared.scenarios.scenarios.length;
  }

  scenarios(tenantId: string): ScenarioSummary[] {
    const tenant = this.#state(tenantId);
    const forcedOnMembers = new Map<string, string[]>();
    for (const user of valuesOf(tenant.users)) {
      for (const state of valuesOf(user.members)) {
        if (state.forced_scenario) forcedOnMembers.set(state.forced_scenario, [...(forcedOnMembers.get(state.forced_scenario) ?? []), state.member.guid]);
      }
    }
    return this.deps.shared.scenarios.scenarios.map((scenario) => ({
      name: scenario.name,
      description: scenario.description,
      match: scenario.match ?? null,
      timing: timingText(scenario.timing),
      active_for_tenant: tenant.forced_scenario === scenario.name,
      active_for_members: forcedOnMembers.get(scenario.name) ?? [],
    }));
  }

  /** Forces a scenario on every new job of the tenant, or of one member. */
  activateScenario(tenantId: string, name: string, target: { member_guid?: string | undefined } = {}): ScenarioSummary {
    this.#change(tenantId, 'activate_scenario', target.member_guid === undefined ? { name } : { name, member_guid: target.member_guid });
    return this.scenarios(tenantId).find((summary) => summary.name === name)!;
  }

  /** Back to matching by institution and credentials (for the tenant, or one member). */
  deactivateScenario(tenantId: string, target: { member_guid?: string | undefined } = {}): void {
    this.#change(tenantId, 'deactivate_scenario', target.member_guid === undefined ? {} : { member_guid: target.member_guid });
  }

  // --- clock -------------------------------------------------------------------------------

  clock(tenantId: string): { now: string; now_ms: number; offset_ms: number } {
    const state = this.#state(tenantId);
    const now = this.deps.clock.now() + state.clock_offset_ms;
    return { now: toMxTimestamp(now), now_ms: now, offset_ms: state.clock_offset_ms };
  }

  advanceClock(tenantId: string, ms: number): { now: string; now_ms: number; offset_ms: number } {
    this.#change(tenantId, 'advance_clock', { ms });
    return this.clock(tenantId);
  }

  // --- faults ------------------------------------------------------------------------------

  addFault(tenantId: string, spec: unknown): Fault {
    const parsed = faultSpecSchema.safeParse(spec);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(fault)'}: ${issue.message}`);
      throw new ControlError(400, `Invalid fault: ${problems.join('; ')}.`);
    }
    const table = this.faultTable(tenantId);
    if (table.size >= MAX_FAULTS) throw new ControlError(409, `Tenant "${tenantId}" already has ${MAX_FAULTS} faults armed, the most it may have; remove some (DELETE /__mock/faults).`);
    return table.add(parsed.data, this.now(tenantId));
  }

  faults(tenantId: string): Fault[] {
    return this.#faults.get(tenantId)?.list(this.now(tenantId)) ?? [];
  }

  removeFault(tenantId: string, id: string): void {
    if (!this.#faults.get(tenantId)?.remove(id)) throw new ControlError(404, `Unknown fault "${id}" in tenant "${tenantId}".`);
  }

  clearFaults(tenantId: string): void {
    this.#faults.delete(tenantId);
  }

  // --- journal and metrics -----------------------------------------------------------------

  record(tenantId: string | null, entry: RecordedExchange): void {
    this.#global.record(entry.operation_id, entry.status);
    if (tenantId === null) return;
    this.#journals.record(tenantId, entry);
    let metrics = this.#metrics.get(tenantId);
    // least recently used last: client ids that only ever got 404s must not grow the map without end
    if (metrics) this.#metrics.delete(tenantId);
    else metrics = new Metrics();
    this.#metrics.set(tenantId, metrics);
    if (this.#metrics.size > METRICS_TENANTS) this.#metrics.delete(this.#metrics.keys().next().value!);
    metrics.record(entry.operation_id, entry.status);
  }

  journal(tenantId: string, filter: JournalFilter = {}): JournalEntry[] {
    return this.#journals.of(tenantId)?.list(filter) ?? [];
  }

  metrics(tenantId?: string): MetricsReport {
    if (tenantId === undefined) return this.#global.report();
    return (this.#metrics.get(tenantId) ?? new Metrics()).report();
  }

  /** Bytes the journals of every tenant hold now. */
  get journalBytes(): number {
    return this.#journals.bytes;
  }

  // --- webhooks ----------------------------------------------------------------------------

  webhookConfig(tenantId: string): WebhookConfigView {
    const config = this.#state(tenantId).webhooks.config;
    return {
      url: config?.url ?? null,
      urls: { ...config?.urls },
      headers: { ...config?.headers },
      chaos: { ...config?.chaos },
      default_url: this.deps.shared.settings.webhookUrl,
    };
  }

  configureWebhooks(tenantId: string, config: unknown): WebhookConfigView {
    this.#change(tenantId, 'set_webhooks', { config });
    return this.webhookConfig(tenantId);
  }

  webhooks(tenantId: string, filter: { type?: string | undefined; member_guid?: string | undefined; state?: string | undefined; limit?: number | undefined } = {}): OutboxEntry[] {
    const ctx = this.#context(this.#state(tenantId), this.deps.clock.now(), 'http://localhost', new UnitOfWork());
    const found = listOutbox(ctx, filter);
    return structuredClone(filter.limit === undefined ? found : found.slice(0, filter.limit));
  }

  fireWebhook(tenantId: string, type: string, memberGuid: string): OutboxEntry[] {
    const before = new Set(Object.keys(this.#state(tenantId).webhooks.outbox));
    this.#change(tenantId, 'webhook_fire', { type: type as WebhookKind, member_guid: memberGuid });
    return valuesOf(this.#state(tenantId).webhooks.outbox).filter((entry) => !before.has(entry.guid)).map((entry) => structuredClone(entry));
  }

  redeliverWebhook(tenantId: string, guid: string): OutboxEntry {
    const before = new Set(Object.keys(this.#state(tenantId).webhooks.outbox));
    this.#change(tenantId, 'webhook_redeliver', { guid });
    return structuredClone(valuesOf(this.#state(tenantId).webhooks.outbox).find((entry) => !before.has(entry.guid))!);
  }

  /** What is due to be sent now for the tenant, with where it goes (resolved now: a changed configuration applies to retries too). */
  dueWebhooks(tenantId: string): { guid: string; url: string | null; headers: Record<string, string>; payload: Record<string, unknown> }[] {
    const state = this.#state(tenantId);
    // most commits leave an empty outbox: nothing to build a context for
    if (Object.keys(state.webhooks.outbox).length === 0) return [];
    const ctx = this.#context(state, this.deps.clock.now(), 'http://localhost', new UnitOfWork());
    return dueWebhooks(ctx).map((entry) => ({ guid: entry.guid, url: webhookUrl(ctx, entry.type), headers: { ...state.webhooks.config?.headers }, payload: entry.payload }));
  }

  /** Whether the tenant has webhooks still owed (pending or held), so the periodic sweep looks at it. */
  owesWebhooks(tenantId: string): boolean {
    return valuesOf(this.#state(tenantId).webhooks.outbox).some((entry) => entry.state === 'pending' || entry.state === 'held');
  }

  /** Whether any of the tenant's webhooks goes somewhere (then time passing alone must be noticed). */
  sendsWebhooks(tenantId: string): boolean {
    const ctx = this.#context(this.#state(tenantId), this.deps.clock.now(), 'http://localhost', new UnitOfWork());
    return WEBHOOK_TYPES.some((type) => webhookUrl(ctx, type) !== null);
  }

  /** Resolves once no seed holds the tenant. */
  async whenFree(tenantId: string): Promise<void> {
    for (let held = this.deps.store.held(tenantId); held; held = this.deps.store.held(tenantId)) await held;
  }

  recordWebhookAttempt(tenantId: string, guid: string, attempt: DeliveryAttempt): void {
    this.#change(tenantId, 'webhook_attempt', { guid, attempt });
  }

  /** What time brought to the tenant (jobs, expiry, background aggregations); kept only when it changed something. */
  sweep(tenantId: string): void {
    this.#change(tenantId, 'sweep', {}, true);
  }

  // --- seeds, OAuth and browser links -------------------------------------------------------

  seedSets(): { name: string; description: string }[] {
    return this.deps.seedSets.map(({ name, description }) => ({ name, description }));
  }

  /**
   * Runs a named fixture set (or inline steps) through the real Atrium pipeline, as one change:
   * it holds the tenant while it runs, and keeps everything or, when a step fails, nothing.
   * `publicUrl` is where the client reaches the simulator, for URLs the seed's members get.
   */
  async seed(tenantId: string, input: { set?: string | undefined; steps?: unknown }, publicUrl = 'http://localhost'): Promise<Record<string, string>> {
    let steps: ScriptStep[];
    if (input.set !== undefined) {
      const set = this.deps.seedSets.find((candidate) => candidate.name === input.set);
      if (!set) {
        throw new ControlError(404, `Unknown seed set "${input.set}". Known sets: ${this.deps.seedSets.map((candidate) => candidate.name).join(', ') || '(none)'}.`);
      }
      steps = set.steps;
    } else {
      const parsed = scriptSchema.safeParse(input.steps);
      if (!parsed.success) {
        throw new ControlError(400, `Invalid seed steps: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}.`);
      }
      steps = parsed.data;
    }
    const { store } = this.deps;
    const release = await store.lock(tenantId);
    const batch: Command[] = [];
    try {
      const created = await new ScriptRunner(this.#seedTransport(tenantId, publicUrl, batch)).run(steps);
      store.commit(tenantId, batch);
      return created;
    } catch (error) {
      store.rollback(tenantId);
      if (error instanceof ScriptError) throw new ControlError(422, `Seed failed at ${error.message}; nothing was kept.`);
      if (error instanceof TenantLimitError) throw new ControlError(503, error.message);
      if (error instanceof TenantRebuildError) throw new ControlError(500, error.message);
      throw error;
    } finally {
      release();
    }
  }

  completeOAuth(tenantId: string, userGuid: string, memberGuid: string, outcome: 'CONNECTED' | 'DENIED'): void {
    this.#change(tenantId, 'complete_oauth', { user_guid: userGuid, member_guid: memberGuid, outcome });
  }

  /** A browser opened a one-time link; the token names the tenant. Undefined when no tenant issued it. */
  openLink(token: string, link: 'oauth', outcome: OAuthOutcome, publicUrl: string): ReturnType<typeof openOAuthWindow> | undefined;
  openLink(token: string, link: 'connect', outcome: undefined, publicUrl: string): ConnectWidgetView | undefined;
  openLink(token: string, link: 'oauth' | 'connect', outcome: OAuthOutcome | undefined, publicUrl: string): unknown {
    const tenantId = this.deps.store.tenantOfLink(token);
    if (tenantId === undefined) return undefined;
    const command: BrowserCommand = { kind: 'browser', at: this.deps.clock.now(), link, token, public_url: publicUrl };
    if (outcome) command.outcome = outcome;
    return this.#run(tenantId, command, (ctx) => runBrowserCommand(ctx, command));
  }

  /** Runs a logged control-plane or browser command again on a tenant being rebuilt; refusals are part of the story. */
  replay(state: TenantState, command: ControlCommand | BrowserCommand): void {
    const ctx = this.#context(state, command.at, command.kind === 'browser' ? command.public_url : 'http://localhost', new UnitOfWork(command.tokens ?? []));
    try {
      if (command.kind === 'browser') runBrowserCommand(ctx, command);
      else if (isControlOp(command.op)) CONTROL_OPS[command.op](ctx, command.args as never);
      else throw new Error(`unknown control-plane command "${command.op}"`);
    } catch (error) {
      if (!isRefusal(error)) throw error;
    }
  }

  #rules() {
    return { scenarios: this.deps.shared.scenarios, settings: this.deps.shared.settings, wire: this.deps.wire, baseNow: this.deps.clock.now() };
  }

  #state(tenantId: string): TenantState {
    try {
      return this.deps.store.get(tenantId);
    } catch (error) {
      if (error instanceof TenantRebuildError) throw new ControlError(500, error.message);
      throw error;
    }
  }

  #context(tenant: TenantState, at: number, publicUrl: string, work: UnitOfWork): DomainContext {
    return { ...this.deps.shared, tenant, now: at + tenant.clock_offset_ms, publicUrl, work };
  }

  /** Runs a control-plane change as a command: committed when it worked, undone when the simulator failed. */
  #change<Op extends ControlOp>(tenantId: string, op: Op, args: ControlArgs<Op>, onlyIfChanged = false): void {
    const command: ControlCommand = { kind: 'control', at: this.deps.clock.now(), op, args: args as Record<string, unknown> };
    this.#run(tenantId, command, (ctx) => CONTROL_OPS[op](ctx, args as never), onlyIfChanged);
  }

  #run<T>(tenantId: string, command: ControlCommand | BrowserCommand, body: (ctx: DomainContext) => T, onlyIfChanged = false): T {
    const { store } = this.deps;
    if (store.held(tenantId)) throw new ControlError(409, `A seed is running for tenant "${tenantId}"; try again when it has finished.`);
    const work = new UnitOfWork();
    const ctx = this.#context(this.#state(tenantId), command.at, command.kind === 'browser' ? command.public_url : 'http://localhost', work);
    let result: T;
    try {
      result = body(ctx);
    } catch (error) {
      if (!isRefusal(error)) store.rollback(tenantId);
      else if (work.changed) this.#commit(tenantId, command, work);
      throw error;
    }
    if (!onlyIfChanged || work.changed) this.#commit(tenantId, command, work);
    return result;
  }

  #commit(tenantId: string, command: ControlCommand | BrowserCommand, work: UnitOfWork): void {
    if (work.tokens.length > 0) command.tokens = work.tokens;
    try {
      this.deps.store.commit(tenantId, [command]);
    } catch (error) {
      this.deps.store.rollback(tenantId);
      if (error instanceof TenantLimitError) throw new ControlError(503, error.message);
      throw new ControlError(503, `The simulator could not keep this change (${(error as Error).message}); nothing was changed.`);
    }
  }

  /** A script transport that calls the Atrium pipeline in-process as this tenant; everything joins `batch`. */
  #seedTransport(tenantId: string, publicUrl: string, batch: Command[]): ScriptTransport {
    const controlStep = <Op extends ControlOp>(op: Op, args: ControlArgs<Op>) => {
      const command: ControlCommand = { kind: 'control', at: this.deps.clock.now(), op, args: args as Record<string, unknown> };
      const work = new UnitOfWork();
      CONTROL_OPS[op](this.#context(this.deps.store.get(tenantId), command.at, publicUrl, work), args as never);
      if (work.tokens.length > 0) command.tokens = work.tokens;
      batch.push(command);
    };
    return {
      atrium: async (method, path, body) => {
        if (!this.#atrium) throw new Error('ControlPlane.attach() was not called');
        const [pathname, search = ''] = path.split('?');
        const reply = this.#atrium.callInBatch(tenantId, { method, path: pathname!, query: Object.fromEntries(new URLSearchParams(search)), body, publicUrl }, batch);
        if (reply.mockError) throw new ControlError(500, `The simulator failed during the seed (${method} ${pathname}): ${JSON.stringify(reply.body)}; nothing was kept.`);
        return { status: reply.status, body: reply.body };
      },
      advanceClock: async (ms) => {
        try {
          controlStep('advance_clock', { ms });
        } catch (error) {
          if (error instanceof ControlError) throw new ScriptError('advance_clock', error.message);
          throw error;
        }
      },
      completeOAuth: async (userGuid, memberGuid, outcome) => {
        try {
          controlStep('complete_oauth', { user_guid: userGuid, member_guid: memberGuid, outcome: outcome === 'DENIED' ? 'DENIED' : 'CONNECTED' });
        } catch (error) {
          if (isRefusal(error)) throw new ScriptError('complete_oauth', (error as Error).message);
          throw error;
        }
      },
      webhooks: async (filter) => {
        const ctx = this.#context(this.deps.store.get(tenantId), this.deps.clock.now(), publicUrl, new UnitOfWork());
        return listOutbox(ctx, filter).map(webhookView);
      },
      configureWebhooks: async (config) => {
        try {
          controlStep('set_webhooks', { config });
        } catch (error) {
          if (isRefusal(error)) throw new ScriptError('configure_webhooks', (error as Error).message);
          throw error;
        }
      },
      // a seed holds its tenant, so what deliveries bring is recorded only after it: nothing to wait for here
      settle: async () => undefined,
    };
  }
}

/** What a browser opening a link does, live and on replay. */
function runBrowserCommand(ctx: DomainContext, command: BrowserCommand): unknown {
  return command.link === 'oauth' ? openOAuthWindow(ctx, command.token, command.outcome ?? 'CONNECTED') : openConnectWidget(ctx, command.token);
}
