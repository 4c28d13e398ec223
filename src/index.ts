import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { pino } from 'pino';
import { buildDeps, createApp, type AppDeps } from './app.js';
import { resolveConfig, type Config } from './config.js';
import type { ScenarioSummary, WebhookConfigView } from './control/control-plane.js';
import type { WebhookConfigInput } from './control/webhook-config.js';
import type { OutboxEntry } from './store/tenant-state.js';
import type { Fault, FaultSpec } from './control/faults.js';
import type { JournalEntry, JournalFilter } from './control/journal.js';
import type { MetricsReport } from './control/metrics.js';
import type { TenantSnapshot } from './control/snapshot.js';
import { ManualClock, toMxTimestamp, type Clock } from './simulation/clock.js';
import { parseDuration } from './simulation/duration.js';
import type { ScriptStep } from './simulation/script-schema.js';

export { createApp, buildDeps, type AppDeps } from './app.js';
export { resolveConfig, type Config } from './config.js';
export { ControlError, type ScenarioSummary, type WebhookConfigView } from './control/control-plane.js';
export type { WebhookConfigInput } from './control/webhook-config.js';
export type { OutboxEntry, DeliveryAttempt } from './store/tenant-state.js';
export type { Fault, FaultSpec } from './control/faults.js';
export type { JournalEntry, JournalFilter } from './control/journal.js';
export type { MetricsReport } from './control/metrics.js';
export type { TenantSnapshot } from './control/snapshot.js';
export { ManualClock, systemClock, type Clock } from './simulation/clock.js';
export type { ScriptStep } from './simulation/script-schema.js';
export { verifyPacts, type VerifyPactsOptions, type VerifyPactsResult, type StateMap } from './contract/verify-pacts.js';
export { createWebhookReceiver, type WebhookReceiver, type WebhookReceiverOptions, type WebhookDelivery, type NextFilter, type ReceivedWebhooks, type ReceivedWebhookType } from './webhooks/receiver.js';

export interface SimulatorOptions extends Partial<Omit<Config, 'port'>> {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to a ManualClock: simulated time only moves when the test says so. */
  clock?: Clock;
  /** The MX-Client-ID the helper methods act on when none is given (default "atrium-mock-test"). */
  clientId?: string;
  /** How latency faults wait (default: real setTimeout). */
  sleep?: (ms: number) => Promise<void>;
}

type Tenant = { clientId?: string };

/** The in-process simulator: the HTTP server plus the control plane as methods (the same operations as /__mock). */
export interface Simulator {
  url: string;
  port: number;
  /** The MX-Client-ID the helpers use by default. */
  clientId: string;
  deps: AppDeps;
  server: Server;
  /** Forgets a tenant (default: the default client id), or every tenant with `{ all: true }`. */
  reset(options?: Tenant & { all?: boolean }): void;
  scenarios(options?: Tenant): ScenarioSummary[];
  activateScenario(name: string, options?: Tenant & { memberGuid?: string }): ScenarioSummary;
  deactivateScenario(options?: Tenant & { memberGuid?: string }): void;
  clock: {
    now(options?: Tenant): string;
    /** Moves one tenant's time (with clientId), or everyone's (the base ManualClock) without. */
    advance(by: number | string, options?: Tenant): string;
  };
  faults: {
    add(spec: FaultSpec, options?: Tenant): Fault;
    list(options?: Tenant): Fault[];
    remove(id: string, options?: Tenant): void;
    clear(options?: Tenant): void;
  };
  journal(filter?: JournalFilter, options?: Tenant): JournalEntry[];
  metrics(options?: Tenant & { all?: boolean }): MetricsReport;
  state: {
    snapshot(options?: Tenant): TenantSnapshot;
    restore(snapshot: unknown, options?: Tenant): void;
  };
  webhooks: {
    /** Where the tenant's webhooks go (PUT /__mock/webhooks/config takes the same object). */
    config(options?: Tenant): WebhookConfigView;
    configure(config: WebhookConfigInput, options?: Tenant): WebhookConfigView;
    /** The outbox, newest first. */
    list(filter?: { type?: string; member_guid?: string; state?: 'pending' | 'delivered' | 'failed' | 'held'; limit?: number }, options?: Tenant): OutboxEntry[];
    fire(type: string, memberGuid: string, options?: Tenant): OutboxEntry[];
    redeliver(guid: string, options?: Tenant): OutboxEntry;
    /** Resolves when no delivery attempt is under way. */
    idle(): Promise<void>;
  };
  /** Runs a named seed set or inline script steps; returns the created guids. */
  seed(input: string | ScriptStep[], options?: Tenant): Promise<Record<string, string>>;
  completeOAuth(userGuid: string, memberGuid: string, outcome?: 'CONNECTED' | 'DENIED', options?: Tenant): void;
  close(): Promise<void>;
}

/** Starts a simulator in this process, e.g. in a test's beforeAll: `const sim = await createSimulator()`. */
export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const { clock, clientId: defaultClient = 'atrium-mock-test', sleep, ...rest } = options;
  const config = resolveConfig({ port: 0, host: '127.0.0.1', logLevel: 'silent', ...rest });
  const baseClock = clock ?? new ManualClock();
  const deps = buildDeps(config, { clock: baseClock, logger: pino({ level: config.logLevel }), ...(sleep ? { sleep } : {}) });
  const server = createServer(createApp(deps));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const { control } = deps;
  deps.background.start();
  const tenant = (options?: Tenant) => options?.clientId ?? defaultClient;
  const toMs = (by: number | string) => {
    const ms = typeof by === 'number' ? by : parseDuration(by);
    if (ms === undefined) throw new Error(`clock.advance: "${by}" is not a duration such as 500ms, 30s, 5m, 3h`);
    return ms;
  };
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  return {
    url,
    port,
    clientId: defaultClient,
    deps,
    server,
    reset: (opts) => control.reset(opts?.all ? undefined : tenant(opts)),
    scenarios: (opts) => control.scenarios(tenant(opts)),
    activateScenario: (name, opts) => control.activateScenario(tenant(opts), name, { member_guid: opts?.memberGuid }),
    deactivateScenario: (opts) => control.deactivateScenario(tenant(opts), { member_guid: opts?.memberGuid }),
    clock: {
      now: (opts) => control.clock(tenant(opts)).now,
      advance: (by, opts) => {
        const ms = toMs(by);
        if (opts?.clientId) return control.advanceClock(opts.clientId, ms).now;
        if (!(baseClock instanceof ManualClock)) throw new Error('clock.advance without clientId needs the default ManualClock; pass { clientId } to move one tenant');
        return toMxTimestamp(baseClock.advance(ms));
      },
    },
    faults: {
      add: (spec, opts) => control.addFault(tenant(opts), spec),
      list: (opts) => control.faults(tenant(opts)),
      remove: (id, opts) => control.removeFault(tenant(opts), id),
      clear: (opts) => control.clearFaults(tenant(opts)),
    },
    journal: (filter, opts) => control.journal(tenant(opts), filter),
    metrics: (opts) => control.metrics(opts?.all ? undefined : tenant(opts)),
    state: {
      snapshot: (opts) => control.snapshot(tenant(opts)),
      restore: (snapshot, opts) => control.restore(tenant(opts), snapshot),
    },
    webhooks: {
      config: (opts) => control.webhookConfig(tenant(opts)),
      configure: (webhookConfig, opts) => control.configureWebhooks(tenant(opts), webhookConfig),
      list: (filter, opts) => control.webhooks(tenant(opts), filter),
      fire: (type, memberGuid, opts) => control.fireWebhook(tenant(opts), type, memberGuid),
      redeliver: (guid, opts) => control.redeliverWebhook(tenant(opts), guid),
      idle: () => deps.webhooks.idle(),
    },
    seed: (input, opts) => control.seed(tenant(opts), typeof input === 'string' ? { set: input } : { steps: input }, url),
    completeOAuth: (userGuid, memberGuid, outcome = 'CONNECTED', opts) => control.completeOAuth(tenant(opts), userGuid, memberGuid, outcome),
    close: () =>
      new Promise<void>((resolve, reject) => {
        deps.background.stop();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// The reference client (src/client imports only generated types, never simulator code).
export * from './client/index.js';
