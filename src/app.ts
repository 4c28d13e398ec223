import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { join } from 'node:path';
import express, { type RequestHandler } from 'express';
import { pino, type Logger } from 'pino';
import type { Config } from './config.js';
import { ControlPlane } from './control/control-plane.js';
import { mask } from './control/journal.js';
import { loadSeedSets, type SeedSet } from './control/seed-sets.js';
import { DEFAULT_SETTINGS, type DomainContext, type SimulationSettings } from './domain/context.js';
import { InstitutionCatalog } from './domain/institutions.js';
import { completeOAuth } from './domain/oauth.js';
import { buildTestAtrium, installTestAtrium } from './domain/test-atrium.js';
import { loadDataSets, type DataSets } from './factories/data-sets.js';
import { createControlRoutes } from './http/admin/control-routes.js';
import { AtriumDispatcher, createAtriumPipeline, jsonBody, type Exchange } from './http/atrium-pipeline.js';
import { createErrorHandler } from './http/body-errors.js';
import { createOAuthAndWidgetRouter } from './http/oauth-and-widget-routes.js';
import { loadSpec } from './http/openapi.js';
import { ResponseValidator } from './http/response-validation.js';
import { atriumSpecJsonPath, controlPlaneSpecJsonPath } from './paths.js';
import { systemClock, type Clock } from './simulation/clock.js';
import { createScenarioCatalog, loadScenarioDirectory, resolveTiming, type ScenarioCatalog } from './simulation/scenario-catalog.js';
import type { TenantState } from './store/tenant-state.js';
import { TenantStore } from './store/tenants.js';

/** Everything an app is built from; tests pass a manual clock and a fixed seed. */
export interface AppDeps {
  config: Config;
  clock: Clock;
  logger: Logger;
  institutions: InstitutionCatalog;
  data: DataSets;
  scenarios: ScenarioCatalog;
  seedSets: SeedSet[];
  tenants: TenantStore;
  settings: SimulationSettings;
  control: ControlPlane;
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

/** Loads fixtures, seed sets and scenarios named by the config; a broken file throws with its path and field. */
export function buildDeps(config: Config, overrides: Partial<Pick<AppDeps, 'clock' | 'logger' | 'sleep'>> = {}): AppDeps {
  const institutions = InstitutionCatalog.load(config.fixturesDir);
  const data = loadDataSets(config.fixturesDir, institutions);
  const scenarios = createScenarioCatalog(loadScenarioDirectory(config.scenariosDir));
  const seedSets = loadSeedSets(join(config.fixturesDir, 'sets'));
  const clock = overrides.clock ?? systemClock;
  const settings = settingsFrom(config);
  const testAtrium = buildTestAtrium(data, institutions);
  const tenants = new TenantStore(config.seed, (tenant) => installTestAtrium(tenant, testAtrium));
  const domainFor = (tenant: TenantState, publicUrl = 'http://localhost'): DomainContext => ({
    tenant,
    now: clock.now() + tenant.clock_offset_ms,
    publicUrl,
    institutions,
    scenarios,
    settings,
    data,
  });
  const control = new ControlPlane({ tenants, clock, scenarios, seedSets, journalCapacity: config.journalSize, domainFor, completeOAuth });
  return {
    config,
    clock,
    logger: overrides.logger ?? pino({ level: config.logLevel }),
    institutions,
    data,
    scenarios,
    seedSets,
    tenants,
    settings,
    control,
    sleep: overrides.sleep ?? realSleep,
  };
}

function readClients(file: string | null): Record<string, string> | null {
  if (!file) return null;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!parsed || typeof parsed !== 'object' || Object.values(parsed).some((key) => typeof key !== 'string')) {
    throw new Error(`Clients file ${file} must be a JSON object of "client id": "api key".`);
  }
  return parsed as Record<string, string>;
}

/**
 * When a response is sent: one structured log line (request id, tenant, operation, status,
 * duration; never headers or bodies) and, for Atrium requests, the tenant's journal and metrics.
 */
function exchangeRecorder(deps: AppDeps, clients: Record<string, string> | null): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.on('finish', () => {
      const exchange = res.locals.exchange as Exchange | undefined;
      const header = req.headers['mx-client-id'];
      // requests that never authenticated (unknown path, unparsable body) count for the named tenant only without a clients file
      const tenant = exchange?.tenantId ?? (clients === null && typeof header === 'string' && header !== '' ? header : null);
      const requestId = (res.getHeader('X-Request-Id') as string | undefined) ?? null;
      const duration = Math.round((performance.now() - started) * 100) / 100;
      const operation = exchange?.operationId ?? (res.locals.controlOperation as string | undefined) ?? null;
      deps.logger.info(
        { req_id: requestId, tenant, operation, method: req.method, path: req.path, status: res.statusCode, duration_ms: duration, fault: exchange?.faultId },
        'request',
      );
      if (req.path.startsWith('/__mock/')) return;
      const body = jsonBody(req);
      deps.control.record(tenant, {
        at: new Date(tenant ? deps.control.now(tenant) : deps.clock.now()).toISOString(),
        method: req.method,
        path: req.path,
        query: req.query as Record<string, unknown>,
        status: res.statusCode,
        operation_id: exchange?.operationId ?? null,
        request_id: requestId,
        duration_ms: duration,
        fault_id: exchange?.faultId ?? null,
        request_body: body === undefined ? null : mask(body),
        response_text: res.locals.responseText as string | undefined,
      });
    });
    next();
  };
}

/**
 * The simulator as a request listener for `http.createServer` (an Express app inside), without
 * listen() and without reading process.env. Typed as node's RequestListener so the published types
 * need no @types/express.
 */
export function createApp(deps: AppDeps): RequestListener {
  const { config, logger } = deps;
  const clients = readClients(config.clientsFile);
  const spec = loadSpec(atriumSpecJsonPath);
  const controlSpec = loadSpec(controlPlaneSpecJsonPath);
  const shared = { institutions: deps.institutions, scenarios: deps.scenarios, settings: deps.settings, data: deps.data };
  const dispatcher = new AtriumDispatcher({
    spec,
    responses: new ResponseValidator(spec.document),
    responseValidation: config.responseValidation,
    strictAccept: config.strictAccept,
    clients,
    tenants: deps.tenants,
    clock: deps.clock,
    shared,
    faultsOf: (tenantId) => deps.control.control(tenantId).faults,
    sleep: deps.sleep,
    logger,
  });
  deps.control.attach(dispatcher);
  const controlRoutes = createControlRoutes({
    spec: controlSpec,
    responses: new ResponseValidator(controlSpec.document),
    responseValidation: config.responseValidation,
    clients,
    control: deps.control,
    startedAt: Date.now(),
    tenantCount: () => deps.tenants.ids().length,
    logger,
  });
  const recorder = exchangeRecorder(deps, clients);

  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.set('query parser', 'simple');
  app.use((req, res, next) => {
    res.setHeader('X-Request-Id', randomUUID().replaceAll('-', ''));
    recorder(req, res, next);
  });
  app.use(express.json({ limit: config.bodyLimit, type: ['application/json', 'application/*+json'] }));
  // a body without Content-Type is read raw, only to tell an empty one (fine) from a real one (415)
  app.use(express.raw({ limit: config.bodyLimit, type: (req) => req.headers['content-type'] === undefined }));
  app.use((req, res, next) => (req.path.startsWith('/__mock/') || req.path === '/__mock' ? controlRoutes(req, res, next) : next()));
  // the pages a browser opens (OAuth windows, Connect widget URLs): no MX headers, the token names the tenant
  app.use(createOAuthAndWidgetRouter({ tenants: deps.tenants, clock: deps.clock, shared, logger }));
  app.use(createAtriumPipeline(dispatcher));
  app.use(createErrorHandler(logger, config.bodyLimit));
  return app;
}
