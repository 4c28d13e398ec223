import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { join } from 'node:path';
import express, { type RequestHandler } from 'express';
import { pino, type Logger } from 'pino';
import { parseSize, type Config } from './config.js';
import { ControlPlane } from './control/control-plane.js';
import { loadSeedSets, type SeedSet } from './control/seed-sets.js';
import { DEFAULT_SETTINGS, type SharedDomain, type SimulationSettings } from './domain/context.js';
import { InstitutionCatalog } from './domain/institutions.js';
import { buildTestAtrium } from './domain/test-atrium.js';
import { loadDataSets, type DataSets } from './factories/data-sets.js';
import { createControlRoutes } from './http/admin/control-routes.js';
import { AtriumDispatcher, type Exchange } from './http/atrium-dispatcher.js';
import { createAtriumPipeline, jsonBody } from './http/atrium-pipeline.js';
import { createErrorHandler } from './http/body-errors.js';
import { ClientKeys, parseClients } from './http/client-keys.js';
import { errorReply } from './http/errors.js';
import { createOAuthAndWidgetRouter } from './http/oauth-and-widget-routes.js';
import { loadSpec } from './http/openapi.js';
import { ResponseValidator } from './http/response-validation.js';
import { atriumSpecJsonPath, controlPlaneSpecJsonPath } from './paths.js';
import { systemClock, type Clock } from './simulation/clock.js';
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
    statementSdkKey: config.statementSdkKey,
  };
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function readClients(file: string | null): Map<string, string> | null {
  return file === null ? null : parseClients(readFileSync(file, 'utf8'), file);
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
  const tenants = new TenantStore({
    seed: config.seed,
    backend: overrides.backend ?? new MemoryBackend(),
    maxResident: config.maxResidentTenants,
    maxTenants: config.maxTenants,
    replay: (state, command) => (command.kind === 'atrium' ? dispatcher!.replay(state, command) : control!.replay(state, command)),
    onEvict: (tenantId) => control?.forget(tenantId),
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
  return { config, clock, logger, institutions, data, scenarios, seedSets, settings, shared, tenants, control, dispatcher, keys, sleep };
}

/**
 * When a response is sent: one structured log line (request id, tenant, operation, status,
 * duration; never headers or bodies) and, for Atrium requests, the tenant's journal and metrics.
 */
function exchangeRecorder(deps: AppDeps): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.on('finish', () => {
      try {
        const exchange = res.locals.exchange as Exchange | undefined;
        const header = req.headers['mx-client-id'];
        // requests that never authenticated (unknown path, unparsable body) count for the named tenant only in local mode
        const tenant = exchange?.tenantId ?? (!deps.keys.guarded && typeof header === 'string' && header !== '' ? header : null);
        const requestId = (res.getHeader('X-Request-Id') as string | undefined) ?? null;
        const duration = Math.round((performance.now() - started) * 100) / 100;
        const operation = exchange?.operationId ?? (res.locals.controlOperation as string | undefined) ?? null;
        deps.logger.info(
          { req_id: requestId, tenant, operation, method: req.method, path: req.path, status: res.statusCode, duration_ms: duration, fault: exchange?.faultId },
          'request',
        );
        if (req.path.startsWith('/__mock/')) return;
        deps.control.record(tenant, {
          at: new Date(deps.clock.now()).toISOString(),
          method: req.method,
          path: req.path,
          query: req.query as Record<string, unknown>,
          status: res.statusCode,
          operation_id: exchange?.operationId ?? null,
          request_id: requestId,
          duration_ms: duration,
          fault_id: exchange?.faultId ?? null,
          request_body: jsonBody(req),
          response_text: res.locals.responseText as string | undefined,
        });
      } catch (error) {
        deps.logger.error({ err: error }, 'could not record the request');
      }
    });
    next();
  };
}

/** Refuses a request that names its tenant or key twice: which one would it mean? */
const singleIdentity: RequestHandler = (req, res, next) => {
  for (const name of ['mx-client-id', 'mx-api-key', 'x-mock-admin-key']) {
    if ((req.headersDistinct[name]?.length ?? 0) > 1) {
      const reply = errorReply(400, `The ${name} header was sent more than once; send it once.`);
      res.status(reply.status).type('application/json').send(JSON.stringify(reply.body));
      return;
    }
  }
  next();
};

/** The HTTP request listener of a simulator, without listen() and without reading process.env. */
export function createApp(deps: AppDeps): RequestListener {
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
  const recorder = exchangeRecorder(deps);

  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.set('query parser', 'simple');
  app.use((req, res, next) => {
    res.setHeader('X-Request-Id', randomUUID().replaceAll('-', ''));
    recorder(req, res, next);
  });
  app.use(singleIdentity);
  app.use(express.json({ limit: config.bodyLimit, type: ['application/json', 'application/*+json'] }));
  // a body without Content-Type is read raw, only to tell an empty one (fine) from a real one (415)
  app.use(express.raw({ limit: config.bodyLimit, type: (req) => req.headers['content-type'] === undefined }));
  app.use((req, res, next) => (req.path.startsWith('/__mock/') || req.path === '/__mock' ? controlRoutes(req, res, next) : next()));
  // the pages a browser opens (OAuth windows, Connect widget URLs): no MX headers, the token names the tenant
  app.use(createOAuthAndWidgetRouter({ control: deps.control, logger }));
  app.use(createAtriumPipeline(deps.dispatcher, logger));
  app.use(createErrorHandler(logger, config.bodyLimit));
  return app;
}
