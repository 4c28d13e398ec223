import { readFileSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { parseSize, type Config } from './config.js';
import { ControlPlane } from './control/control-plane.js';
import { createBackground } from './control/background.js';
import { loadSeedSets, type SeedSet } from './control/seed-sets.js';
import { WebhookSender } from './control/webhook-sender.js';
import { DEFAULT_SETTINGS, type SharedDomain, type SimulationSettings } from './domain/context.js';
import { InstitutionCatalog } from './domain/institutions.js';
import { buildTestAtrium } from './domain/test-atrium.js';
import { loadDataSets, type DataSets } from './factories/data-sets.js';
import { createControlRoutes } from './http/admin/control-routes.js';
import { AtriumDispatcher } from './http/atrium-dispatcher.js';
import { createAtriumHandler } from './http/atrium-http.js';
import { createControlHandler } from './http/control-http.js';
import { mockErrorReply } from './http/errors.js';
import { INSPECTOR_PATH } from './http/inspector-path.js';
import { ClientKeys, parseClients } from './http/client-keys.js';
import { mergeSlashes } from './http/merge-slashes.js';
import { loadSpec } from './http/openapi.js';
import { CONTROL_CONTENT_TYPE, writeReply } from './http/reply-writer.js';
import { ResponseValidator } from './http/response-validation.js';
import { atriumSpecJsonPath, controlPlaneSpecJsonPath } from './paths.js';
import { systemClock, type Clock } from './simulation/clock.js';
import { DataFileError } from './simulation/data-file.js';
import { createScenarioCatalog, loadScenarioDirectory, resolveTiming, type ScenarioCatalog } from './simulation/scenario-catalog.js';
import type { StateBackend } from './store/backend.js';
import { MemoryBackend } from './store/memory-backend.js';
import { TenantStore } from './store/tenant-store.js';

/** Everything an app is built from; tests pass a manual clock and a fixed seed. */
export interface AppDeps {
  config: Config;
  clock: Clock;
  logger: Logger;
  institutions: InstitutionCatalog;
  data: DataSets;
  scenarios: ScenarioCatalog;
  seedSets: SeedSet[];
  settings: SimulationSettings;
  /** What every domain operation shares: catalogs, scenarios, settings, data sets, the test_atrium fixture. */
  shared: SharedDomain;
  /** Every tenant's state: the one place that knows how it is kept. */
  tenants: TenantStore;
  control: ControlPlane;
  dispatcher: AtriumDispatcher;
  keys: ClientKeys;
  /** Sends what the outboxes owe. */
  webhooks: WebhookSender;
  /** What happens with nobody asking (retries, background aggregations); started by whoever listens. */
  background: { start(): void; stop(): void };
  /** Real waiting for latency faults; tests inject one that returns at once. */
  sleep: (ms: number) => Promise<void>;
}

export function settingsFrom(config: Config): SimulationSettings {
  return {
    ...DEFAULT_SETTINGS,
    defaultTiming: resolveTiming(config.timing),
    challengeTimeoutMs: config.challengeTimeoutMs,
    maxUsers: config.maxUsers,
    maxMembersPerUser: config.maxMembersPerUser,
    statementRootKey: config.statementRootKey,
    webhookUrl: config.webhookUrl,
    backgroundAggregation: config.backgroundAggregation,
    seed: config.seed,
  };
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function readClients(file: string | null): Map<string, string> | null {
  if (file === null) return null;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataFileError(file, [`it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`], 'clients file');
  }
  return parseClients(text, file);
}

export interface BuildOverrides {
  clock?: Clock;
  logger?: Logger;
  sleep?: (ms: number) => Promise<void>;
  /** Where tenants are kept (default: in memory). */
  backend?: StateBackend;
}

/** Loads fixtures, seed sets and scenarios named by the config and wires the simulator; a broken file throws with its path and field. */
export function buildDeps(config: Config, overrides: BuildOverrides = {}): AppDeps {
  const institutions = InstitutionCatalog.load(config.fixturesDir);
  const data = loadDataSets(config.fixturesDir, institutions);
  const scenarios = createScenarioCatalog(loadScenarioDirectory(config.scenariosDir));
  const seedSets = loadSeedSets(join(config.fixturesDir, 'sets'));
  const clock = overrides.clock ?? systemClock;
  const logger = overrides.logger ?? pino({ level: config.logLevel });
  const settings = settingsFrom(config);
  let testAtrium: ReturnType<typeof buildTestAtrium> | undefined;
  const shared: SharedDomain = { institutions, scenarios, settings, data, testAtrium: () => (testAtrium ??= buildTestAtrium(data, institutions)) };
  const keys = new ClientKeys(readClients(config.clientsFile), config.adminKey);
  const spec = loadSpec(atriumSpecJsonPath);
  const responses = new ResponseValidator(spec.document);

  // the store replays commands with the code that ran them first: the dispatcher and the control plane
  let dispatcher: AtriumDispatcher | undefined;
  let control: ControlPlane | undefined;
  let sender: WebhookSender | undefined;
  const tenants = new TenantStore({
    seed: config.seed,
    backend: overrides.backend ?? new MemoryBackend(),
    maxResident: config.maxResidentTenants,
    maxTenants: config.maxTenants,
    replay: (state, command) => (command.kind === 'atrium' ? dispatcher!.replay(state, command) : control!.replay(state, command)),
    onEvict: (tenantId) => control?.forget(tenantId),
    onCommit: (tenantId) => sender?.poke(tenantId),
  });
  control = new ControlPlane({
    store: tenants,
    clock,
    shared,
    seedSets,
    journal: { capacity: config.journalSize, tenantBytes: parseSize(config.journalBytes), totalBytes: parseSize(config.journalMemory) },
    wire: (name, value) => responses.checkSchema(name, value),
  });
  const sleep = overrides.sleep ?? realSleep;
  dispatcher = new AtriumDispatcher({
    spec,
    responses,
    responseValidation: config.responseValidation,
    strictAccept: config.strictAccept,
    keys,
    store: tenants,
    clock,
    shared,
    faultsOf: (tenantId) => control!.armedFaults(tenantId),
    sleep,
    logger,
  });
  control.attach(dispatcher);
  sender = new WebhookSender({ control, logger });
  const background = createBackground({ sender, control, tenants, logger });
  return { config, clock, logger, institutions, data, scenarios, seedSets, settings, shared, tenants, control, dispatcher, keys, sleep, webhooks: sender, background };
}

/** Inspector pages are GETs under /__mock/ui; every other /__mock path is the control plane's. */
function isInspectorPage(method: string | undefined, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && (path === INSPECTOR_PATH || path.startsWith(`${INSPECTOR_PATH}/`));
}

/** Paths of the pages a browser opens (and GET /, which points to the inspector). */
function isBrowserPage(method: string | undefined, path: string): boolean {
  return path.startsWith('/oauth/window/') || path.startsWith('/connect/') || (path === '/' && (method === 'GET' || method === 'HEAD'));
}

/**
 * The HTTP request listener of a simulator, without listen() and without reading process.env.
 * Repeated slashes are merged first, as nginx does by default (an SDK with a trailing slash on
 * its base URL sends //users). Atrium and the control plane are answered on node:http; the
 * browser pages (Express) are built on the first request for one.
 */
export function createApp(deps: AppDeps): RequestListener {
  const { config, logger } = deps;
  const controlSpec = loadSpec(controlPlaneSpecJsonPath);
  const control = createControlHandler({
    routes: createControlRoutes({
      spec: controlSpec,
      responses: new ResponseValidator(controlSpec.document),
      responseValidation: config.responseValidation,
      keys: deps.keys,
      control: deps.control,
      store: deps.tenants,
      startedAt: Date.now(),
      logger,
    }),
    logger,
    bodyLimit: config.bodyLimit,
    snapshotLimit: config.snapshotLimit,
  });
  const atrium = createAtriumHandler({ dispatcher: deps.dispatcher, control: deps.control, keys: deps.keys, clock: deps.clock, logger, bodyLimit: config.bodyLimit });
  let browser: Promise<RequestListener> | undefined;
  const browserPage: RequestListener = (req, res) => {
    browser ??= import('./http/browser-app.js')
      .then(({ createBrowserApp }) => createBrowserApp({ control: deps.control, logger }))
      .catch((error: unknown) => {
        browser = undefined; // the next request tries again
        throw error;
      });
    browser
      .then((app) => app(req, res))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'could not serve a browser page');
        if (!res.headersSent) writeReply(res, mockErrorReply(`The simulator could not serve this page: ${(error as Error).message}`), () => undefined, { jsonType: CONTROL_CONTENT_TYPE });
      });
  };
  return (req, res) => {
    const url = mergeSlashes(req.url ?? '/');
    req.url = url;
    const mark = url.indexOf('?');
    const path = mark === -1 ? url : url.slice(0, mark);
    const search = mark === -1 ? '' : url.slice(mark + 1);
    if (path.startsWith('/__mock')) {
      if (isInspectorPage(req.method, path)) browserPage(req, res);
      else control(req, res, path, search);
    } else if (isBrowserPage(req.method, path)) browserPage(req, res);
    else atrium(req, res, path, search);
  };
}
