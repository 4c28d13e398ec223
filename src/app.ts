import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
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
import { ClientKeys, parseClients } from './http/client-keys.js';
import { errorReply, mockErrorReply } from './http/errors.js';
import { mergeSlashes } from './http/merge-slashes.js';
import { createInspectorRouter } from './http/inspector-page.js';
import { createOAuthAndWidgetRouter } from './http/oauth-and-widget-routes.js';
import { loadSpec } from './http/openapi.js';
import { bodyReader } from './http/request-body.js';
import { CONTROL_CONTENT_TYPE, repeatedIdentity, writeReply } from './http/reply-writer.js';
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
  const testAtrium = buildTestAtrium(data, institutions);
  const shared: SharedDomain = { institutions, scenarios, settings, data, testAtrium };
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

/** The token of a browser page's path is a secret (it opens the link): logs show where it was, not what it is. */
const LINK_TOKEN = /^\/(oauth\/window|connect)\/[^/]+/;

/**
 * When a control-plane or browser response is sent: one structured log line (request id,
 * tenant, operation, status, duration; never headers, bodies or link tokens). Atrium requests
 * log and journal in http/atrium-http.ts.
 */
function controlLogger(deps: AppDeps): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.setHeader('X-Request-Id', randomUUID().replaceAll('-', ''));
    res.on('finish', () => {
      try {
        const header = req.headers['mx-client-id'];
        deps.logger.info(
          {
            req_id: res.getHeader('X-Request-Id') ?? null,
            tenant: typeof header === 'string' && header !== '' ? header : null,
            operation: (res.locals.controlOperation as string | undefined) ?? null,
            method: req.method,
            path: req.path.replace(LINK_TOKEN, '/$1/:token'),
            status: res.statusCode,
            duration_ms: Math.round((performance.now() - started) * 100) / 100,
          },
          'request',
        );
      } catch (error) {
        deps.logger.error({ err: error }, 'could not log the request');
      }
    });
    next();
  };
}

/** Reads a control-plane body (bounded like Atrium's; a snapshot has its own limit) into req.body and res.locals.body. */
function controlBodies(bodyLimit: string, snapshotLimit: string): RequestHandler {
  const small = bodyReader(bodyLimit);
  const large = bodyReader(snapshotLimit);
  return (req, res, next) => {
    const read = req.method === 'PUT' && req.path === '/__mock/state' ? large : small;
    read(req, res).then((body) => {
      res.locals.body = body;
      next();
    }, next);
  };
}

/** The control plane and the browser pages (OAuth windows, Connect widget URLs): Express, off the hot path. */
function createSideApp(deps: AppDeps): express.Express {
  const { config, logger } = deps;
  const controlSpec = loadSpec(controlPlaneSpecJsonPath);
  const controlRoutes = createControlRoutes({
    spec: controlSpec,
    responses: new ResponseValidator(controlSpec.document),
    responseValidation: config.responseValidation,
    keys: deps.keys,
    control: deps.control,
    store: deps.tenants,
    startedAt: Date.now(),
    logger,
  });
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.set('query parser', 'simple');
  app.use(controlLogger(deps));
  app.use((req, res, next) => {
    const repeated = repeatedIdentity(req);
    if (!repeated) return next();
    writeReply(res, errorReply(400, `The ${repeated} header was sent more than once; send it once.`), () => undefined, { jsonType: CONTROL_CONTENT_TYPE });
  });
  // the inspector page (/__mock/ui) before the control routes, which answer every other /__mock path
  app.use(createInspectorRouter());
  const bodies = controlBodies(config.bodyLimit, config.snapshotLimit);
  app.use((req, res, next) => (req.path === '/__mock' || req.path.startsWith('/__mock/') ? bodies(req, res, () => controlRoutes(req, res, next)) : next()));
  // the pages a browser opens: no MX headers, the token names the tenant
  app.use(createOAuthAndWidgetRouter({ control: deps.control, logger }));
  app.use((req, res) => writeReply(res, errorReply(404, `Nothing is served at ${req.path}.`), () => undefined, { jsonType: CONTROL_CONTENT_TYPE }));
  app.use(((error, _req, res, _next) => {
    // the router refuses a path parameter that does not decode (GET /connect/%E0%A4%A) with status 400: the client's error, not ours
    if ((error as { status?: unknown }).status === 400 && error instanceof URIError) {
      writeReply(res, errorReply(400, 'Malformed percent-encoding in the path.'), () => undefined, { jsonType: CONTROL_CONTENT_TYPE });
      return;
    }
    logger.error({ err: error }, 'control plane failed');
    writeReply(res, mockErrorReply(`The simulator failed: ${(error as Error).message}`), () => undefined, { jsonType: CONTROL_CONTENT_TYPE });
  }) as ErrorRequestHandler);
  return app;
}

/** Paths that are not Atrium's: the control plane and the pages a browser opens (and GET /, which points to the inspector). */
const SIDE_PATHS = ['/__mock', '/oauth/window/', '/connect/'];

/**
 * The HTTP request listener of a simulator, without listen() and without reading process.env.
 * Repeated slashes are merged first, as nginx does by default (an SDK with a trailing slash on
 * its base URL sends //users).
 */
export function createApp(deps: AppDeps): RequestListener {
  const side = createSideApp(deps);
  const atrium = createAtriumHandler({ dispatcher: deps.dispatcher, control: deps.control, keys: deps.keys, clock: deps.clock, logger: deps.logger, bodyLimit: deps.config.bodyLimit });
  return (req, res) => {
    const url = mergeSlashes(req.url ?? '/');
    req.url = url;
    const mark = url.indexOf('?');
    const path = mark === -1 ? url : url.slice(0, mark);
    const search = mark === -1 ? '' : url.slice(mark + 1);
    if (SIDE_PATHS.some((prefix) => path.startsWith(prefix)) || (path === '/' && (req.method === 'GET' || req.method === 'HEAD'))) {
      side(req, res);
      return;
    }
    atrium(req, res, path, search);
  };
}
