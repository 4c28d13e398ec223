import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import express, { type Express } from 'express';
import { pino, type Logger } from 'pino';
import type { Config } from './config.js';
import { DEFAULT_SETTINGS, type SimulationSettings } from './domain/context.js';
import { InstitutionCatalog } from './domain/institutions.js';
import { installTestAtrium } from './domain/test-atrium.js';
import { loadDataSets, type DataSets } from './factories/data-sets.js';
import { createAtriumPipeline } from './http/atrium-pipeline.js';
import { createErrorHandler } from './http/body-errors.js';
import { loadSpec } from './http/openapi.js';
import { ResponseValidator } from './http/response-validation.js';
import { atriumSpecJsonPath } from './paths.js';
import { systemClock, type Clock } from './simulation/clock.js';
import { createScenarioCatalog, loadScenarioDirectory, resolveTiming, type ScenarioCatalog } from './simulation/scenario-catalog.js';
import { TenantStore } from './store/tenants.js';

/** Everything an app is built from; tests pass a manual clock and a fixed seed. */
export interface AppDeps {
  config: Config;
  clock: Clock;
  logger: Logger;
  institutions: InstitutionCatalog;
  data: DataSets;
  scenarios: ScenarioCatalog;
  tenants: TenantStore;
  settings: SimulationSettings;
}

export function settingsFrom(config: Config): SimulationSettings {
  return {
    ...DEFAULT_SETTINGS,
    defaultTiming: resolveTiming(config.timing),
    challengeTimeoutMs: config.challengeTimeoutMs,
    maxUsers: config.maxUsers,
    maxMembersPerUser: config.maxMembersPerUser,
  };
}

/** Loads fixtures and scenarios named by the config; a broken file throws with its path and field. */
export function buildDeps(config: Config, overrides: Partial<Pick<AppDeps, 'clock' | 'logger'>> = {}): AppDeps {
  const institutions = InstitutionCatalog.load(config.fixturesDir);
  const data = loadDataSets(config.fixturesDir);
  const scenarios = createScenarioCatalog(loadScenarioDirectory(config.scenariosDir));
  return {
    config,
    clock: overrides.clock ?? systemClock,
    logger: overrides.logger ?? pino({ level: config.logLevel }),
    institutions,
    data,
    scenarios,
    tenants: new TenantStore(config.seed, (tenant) => installTestAtrium(tenant, data, institutions)),
    settings: settingsFrom(config),
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

/** The Express app, without listen() and without reading process.env. */
export function createApp(deps: AppDeps): Express {
  const { config, logger } = deps;
  const spec = loadSpec(atriumSpecJsonPath);
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.set('query parser', 'simple');
  app.use(express.json({ limit: config.bodyLimit, type: ['application/json', 'application/*+json'] }));
  app.use((_req, res, next) => {
    res.setHeader('X-Request-Id', randomUUID().replaceAll('-', ''));
    next();
  });
  app.get('/__mock/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    createAtriumPipeline({
      spec,
      responses: new ResponseValidator(spec.document),
      responseValidation: config.responseValidation,
      strictAccept: config.strictAccept,
      clients: readClients(config.clientsFile),
      tenants: deps.tenants,
      clock: deps.clock,
      shared: { institutions: deps.institutions, scenarios: deps.scenarios, settings: deps.settings, data: deps.data },
      logger,
    }),
  );
  app.use(createErrorHandler(logger, config.bodyLimit));
  return app;
}
