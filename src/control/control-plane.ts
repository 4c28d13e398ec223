import type { IncomingHttpHeaders } from 'node:http';
import type { DomainContext } from '../domain/context.js';
import type { Clock } from '../simulation/clock.js';
import { toMxTimestamp } from '../simulation/clock.js';
import type { ScenarioCatalog } from '../simulation/scenario-catalog.js';
import type { Scenario } from '../simulation/scenario-schema.js';
import { scriptSchema, type ScriptStep } from '../simulation/script-schema.js';
import type { TenantState } from '../store/tenant-state.js';
import { own } from '../store/own.js';
import type { TenantStore } from '../store/tenants.js';
import { FaultTable, faultSpecSchema, type Fault } from './faults.js';
import { Journal, type JournalEntry, type JournalFilter, type RecordedExchange } from './journal.js';
import { Metrics, type MetricsReport } from './metrics.js';
import { ScriptError, ScriptRunner, type ScriptTransport } from './script-runner.js';
import type { SeedSet } from './seed-sets.js';
import { SNAPSHOT_FORMAT, validateSnapshot, type TenantSnapshot } from './snapshot.js';

/** The CLI spelling of a timing: instant, polls:N, duration:2s. */
export function timingText(timing: Scenario['timing']): string {
  if (timing === undefined) return 'default';
  if (timing === 'instant') return 'instant';
  return 'polls' in timing ? `polls:${timing.polls}` : `duration:${timing.duration}`;
}

/** A refused control-plane request: status and a message that says what to do instead. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ControlError';
  }
}

interface TenantControl {
  faults: FaultTable;
  journal: Journal;
  metrics: Metrics;
}

export interface ControlPlaneDeps {
  tenants: TenantStore;
  clock: Clock;
  scenarios: ScenarioCatalog;
  seedSets: SeedSet[];
  journalCapacity: number;
  /** Builds the domain context the OAuth completion and other direct domain calls need. */
  domainFor: (tenant: TenantState) => DomainContext;
  /** Completes a member's OAuth as if the user finished the OAuth window. */
  completeOAuth: (ctx: DomainContext, userGuid: string, memberGuid: string, outcome: 'CONNECTED' | 'DENIED') => unknown;
}

export interface ScenarioSummary {
  name: string;
  description: string;
  match: Scenario['match'] | null;
  timing: string;
  active_for_tenant: boolean;
  active_for_members: string[];
}

/**
 * What seeds need of the Atrium pipeline (http/atrium-pipeline.ts's AtriumDispatcher): a request in,
 * a reply out. Declared here because imports run http -> control, and so the published types of
 * ControlPlane do not pull in the HTTP layer (and its Express types).
 */
export interface AtriumDispatch {
  dispatch(request: {
    method: string;
    path: string;
    query: Record<string, unknown>;
    headers: IncomingHttpHeaders;
    body: unknown;
    unparsedBody: boolean;
    publicUrl: string;
    trusted?: boolean;
  }): Promise<{ status: number; body?: unknown }>;
}

/**
 * Every control-plane operation (design.md section 7), used by the /__mock routes and by the
 * in-process simulator object alike. Everything is per tenant unless it says "all".
 */
export class ControlPlane {
  readonly #controls = new Map<string, TenantControl>();
  #dispatcher: AtriumDispatch | null = null;
  readonly #global = new Metrics();

  constructor(private readonly deps: ControlPlaneDeps) {}

  /** Seeds call the Atrium pipeline in-process; the app attaches it once built. */
  attach(dispatcher: AtriumDispatch): void {
    this.#dispatcher = dispatcher;
  }

  control(tenantId: string): TenantControl {
    let control = this.#controls.get(tenantId);
    if (!control) {
      control = { faults: new FaultTable(`${this.deps.tenants.seed}:${tenantId}`), journal: new Journal(this.deps.journalCapacity), metrics: new Metrics() };
      this.#controls.set(tenantId, control);
    }
    return control;
  }

  now(tenantId: string): number {
    return this.deps.clock.now() + this.deps.tenants.get(tenantId).clock_offset_ms;
  }

  reset(tenantId?: string): void {
    this.deps.tenants.reset(tenantId);
    if (tenantId === undefined) {
      this.#controls.clear();
      this.#global.clear();
    } else {
      this.#controls.delete(tenantId);
    }
  }

  // --- state -------------------------------------------------------------------------------

  snapshot(tenantId: string): TenantSnapshot {
    return { format: SNAPSHOT_FORMAT, version: 1, state: structuredClone(this.deps.tenants.get(tenantId)) };
  }

  /** Why a snapshot cannot be restored, or null when it can. */
  checkSnapshot(snapshot: unknown): string | null {
    const result = validateSnapshot(snapshot, this.deps.scenarios);
    return result.ok ? null : `Invalid snapshot: ${result.problems.join('; ')}.`;
  }

  /** Replaces the tenant's state with a snapshot; an invalid one is refused and nothing changes. */
  restore(tenantId: string, snapshot: unknown): void {
    const result = validateSnapshot(snapshot, this.deps.scenarios);
    if (!result.ok) throw new ControlError(400, `Invalid snapshot: ${result.problems.join('; ')}.`);
    this.deps.tenants.replace({ ...structuredClone(result.snapshot.state), tenant_id: tenantId });
  }

  tenantIds(): string[] {
    return this.deps.tenants.ids();
  }

  // --- scenarios ---------------------------------------------------------------------------

  get scenarioCount(): number {
    return this.deps.scenarios.scenarios.length;
  }

  scenarios(tenantId: string): ScenarioSummary[] {
    const tenant = this.deps.tenants.get(tenantId);
    const forcedOnMembers = new Map<string, string[]>();
    for (const user of Object.values(tenant.users)) {
      for (const state of Object.values(user.members)) {
        if (state.forced_scenario) forcedOnMembers.set(state.forced_scenario, [...(forcedOnMembers.get(state.forced_scenario) ?? []), state.member.guid]);
      }
    }
    return this.deps.scenarios.scenarios.map((scenario) => ({
      name: scenario.name,
      description: scenario.description,
      match: scenario.match ?? null,
      timing: timingText(scenario.timing),
      active_for_tenant: tenant.forced_scenario === scenario.name,
      active_for_members: forcedOnMembers.get(scenario.name) ?? [],
    }));
  }

  #scenario(name: string): Scenario {
    const scenario = this.deps.scenarios.get(name);
    if (!scenario) {
      const known = this.deps.scenarios.scenarios.map((candidate) => candidate.name).join(', ');
      throw new ControlError(404, `Unknown scenario "${name}". Known scenarios: ${known}.`);
    }
    return scenario;
  }

  #memberState(tenantId: string, memberGuid: string) {
    const tenant = this.deps.tenants.get(tenantId);
    for (const user of Object.values(tenant.users)) {
      const state = own(user.members, memberGuid);
      if (state) return { user, state };
    }
    throw new ControlError(404, `Unknown member "${memberGuid}" in tenant "${tenantId}".`);
  }

  /** Forces a scenario on every new job of the tenant, or of one member. */
  activateScenario(tenantId: string, name: string, target: { member_guid?: string | undefined } = {}): ScenarioSummary {
    const scenario = this.#scenario(name);
    if (target.member_guid) this.#memberState(tenantId, target.member_guid).state.forced_scenario = scenario.name;
    else this.deps.tenants.get(tenantId).forced_scenario = scenario.name;
    return this.scenarios(tenantId).find((summary) => summary.name === scenario.name)!;
  }

  /** Back to matching by institution and credentials (for the tenant, or one member). */
  deactivateScenario(tenantId: string, target: { member_guid?: string | undefined } = {}): void {
    if (target.member_guid) this.#memberState(tenantId, target.member_guid).state.forced_scenario = null;
    else this.deps.tenants.get(tenantId).forced_scenario = null;
  }

  // --- clock -------------------------------------------------------------------------------

  clock(tenantId: string): { now: string; now_ms: number; offset_ms: number } {
    const now = this.now(tenantId);
    return { now: toMxTimestamp(now), now_ms: now, offset_ms: this.deps.tenants.get(tenantId).clock_offset_ms };
  }

  advanceClock(tenantId: string, ms: number): { now: string; now_ms: number; offset_ms: number } {
    if (!Number.isFinite(ms) || ms < 0) throw new ControlError(400, `Invalid clock advance: ms must be a number >= 0, got ${ms}.`);
    this.deps.tenants.get(tenantId).clock_offset_ms += ms;
    return this.clock(tenantId);
  }

  // --- faults ------------------------------------------------------------------------------

  addFault(tenantId: string, spec: unknown): Fault {
    const parsed = faultSpecSchema.safeParse(spec);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(fault)'}: ${issue.message}`);
      throw new ControlError(400, `Invalid fault: ${problems.join('; ')}.`);
    }
    return this.control(tenantId).faults.add(parsed.data, this.now(tenantId));
  }

  faults(tenantId: string): Fault[] {
    return this.control(tenantId).faults.list(this.now(tenantId));
  }

  removeFault(tenantId: string, id: string): void {
    if (!this.control(tenantId).faults.remove(id)) throw new ControlError(404, `Unknown fault "${id}" in tenant "${tenantId}".`);
  }

  clearFaults(tenantId: string): void {
    this.control(tenantId).faults.clear();
  }

  // --- journal and metrics -----------------------------------------------------------------

  record(tenantId: string | null, entry: RecordedExchange): void {
    this.#global.record(entry.operation_id, entry.status);
    if (tenantId === null) return;
    const control = this.control(tenantId);
    control.journal.record(entry);
    control.metrics.record(entry.operation_id, entry.status);
  }

  journal(tenantId: string, filter: JournalFilter = {}): JournalEntry[] {
    return this.control(tenantId).journal.list(filter);
  }

  metrics(tenantId?: string): MetricsReport {
    return tenantId === undefined ? this.#global.report() : this.control(tenantId).metrics.report();
  }

  // --- seeds and OAuth ---------------------------------------------------------------------

  seedSets(): { name: string; description: string }[] {
    return this.deps.seedSets.map(({ name, description }) => ({ name, description }));
  }

  /** Runs a named fixture set (or inline steps) through the real Atrium pipeline; returns the guids it created. */
  /** `publicUrl` is where the client reaches the simulator, for URLs the seed's members get (OAuth windows). */
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
    try {
      return await new ScriptRunner(this.transport(tenantId, publicUrl)).run(steps);
    } catch (error) {
      if (error instanceof ScriptError) throw new ControlError(422, `Seed failed at ${error.message}`);
      throw error;
    }
  }

  completeOAuth(tenantId: string, userGuid: string, memberGuid: string, outcome: 'CONNECTED' | 'DENIED'): void {
    const tenant = this.deps.tenants.get(tenantId);
    this.deps.completeOAuth(this.deps.domainFor(tenant), userGuid, memberGuid, outcome);
  }

  /** A script transport that calls the Atrium pipeline in-process as this tenant. */
  transport(tenantId: string, publicUrl = 'http://localhost'): ScriptTransport {
    return {
      atrium: async (method, path, body) => {
        if (!this.#dispatcher) throw new Error('ControlPlane.attach(dispatcher) was not called');
        const [pathname, search = ''] = path.split('?');
        const reply = await this.#dispatcher.dispatch({
          method,
          path: pathname!,
          query: Object.fromEntries(new URLSearchParams(search)),
          headers: { 'mx-api-key': 'control-plane', 'mx-client-id': tenantId, accept: 'application/vnd.mx.atrium.v1+json' },
          body,
          unparsedBody: false,
          publicUrl,
          trusted: true,
        });
        return { status: reply.status, body: reply.body };
      },
      advanceClock: async (ms) => {
        this.advanceClock(tenantId, ms);
      },
      completeOAuth: async (userGuid, memberGuid, outcome) => {
        this.completeOAuth(tenantId, userGuid, memberGuid, outcome === 'DENIED' ? 'DENIED' : 'CONNECTED');
      },
    };
  }
}
