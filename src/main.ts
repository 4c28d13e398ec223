#!/usr/bin/env node
import { createServer } from 'node:http';
import { join } from 'node:path';
import { Command } from 'commander';
import { ConfigError, configFromEnv, ENV_VARS } from './config.js';
import { defaultFixturesDir, defaultScenariosDir } from './paths.js';
import { DataFileError } from './simulation/data-file.js';

const program = new Command().name('atrium-mock').description('A stateful simulator of the MX Atrium API');

program
  .command('start', { isDefault: true })
  .description('run the simulator')
  .option('-p, --port <port>', `port to listen on (${ENV_VARS.port}, default 8080)`)
  .option('--host <host>', `interface to bind (${ENV_VARS.host}, default 0.0.0.0)`)
  .option('--seed <seed>', `seed of every generated id and data set (${ENV_VARS.seed})`)
  .option('--scenarios-dir <dir>', `scenario files (${ENV_VARS.scenariosDir})`)
  .option('--fixtures-dir <dir>', `fixture data sets (${ENV_VARS.fixturesDir})`)
  .option('--response-validation <mode>', `strict | warn | off (${ENV_VARS.responseValidation}, default strict)`)
  .option('--log-level <level>', `fatal | error | warn | info | debug | silent (${ENV_VARS.logLevel})`)
  .option('--timing <timing>', `instant | polls:N | duration:2s (${ENV_VARS.timing}, default polls:1)`)
  .option('--strict-accept', `require Accept: application/vnd.mx.atrium.v1+json (${ENV_VARS.strictAccept})`)
  .option('--clients-file <file>', `JSON {"client id": "api key"}; other keys get 401 (${ENV_VARS.clientsFile})`)
  .option('--journal-size <n>', `requests kept per tenant (${ENV_VARS.journalSize}, default 1000)`)
  .option('--statement-sdk-key', `also send statements under the root key "user" the official SDKs read (${ENV_VARS.statementSdkKey})`)
  .action(async (options: Record<string, unknown>) => {
    const { buildDeps, createApp } = await import('./app.js');
    let config;
    try {
      config = configFromEnv(options);
    } catch (error) {
      if (error instanceof ConfigError) {
        console.error(error.message);
        process.exit(2);
      }
      throw error;
    }
    let deps;
    try {
      deps = buildDeps(config);
    } catch (error) {
      if (error instanceof DataFileError) {
        console.error(error.message);
        process.exit(2);
      }
      throw error;
    }
    const server = createServer(createApp(deps));
    server.listen(config.port, config.host, () => {
      deps.logger.info({ port: config.port, host: config.host, seed: config.seed }, `atrium-mock listening on http://${config.host}:${config.port}`);
    });
    const stop = () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });

const scenarios = program.command('scenarios').description('work with scenario files');
scenarios
  .command('validate')
  .description('check every scenario file (and the fixture seed sets) and report each problem with its file and field')
  .argument('[dir]', 'scenario directory', defaultScenariosDir)
  .option('--fixtures-dir <dir>', 'fixtures directory whose sets/ to check too', defaultFixturesDir)
  .action(async (dir: string, options: { fixturesDir: string }) => {
    const { loadScenarioDirectory } = await import('./simulation/scenario-catalog.js');
    const { loadSeedSets } = await import('./control/seed-sets.js');
    try {
      const loaded = loadScenarioDirectory(dir);
      const sets = loadSeedSets(join(options.fixturesDir, 'sets'));
      const withExpect = loaded.filter((scenario) => scenario.expect).length;
      console.log(`${loaded.length} scenarios valid in ${dir} (${withExpect} with an expect script); ${sets.length} seed sets valid.`);
    } catch (error) {
      if (error instanceof DataFileError) {
        console.error(error.message);
        process.exit(1);
      }
      throw error;
    }
  });
scenarios
  .command('list')
  .description('list the scenarios of a directory')
  .argument('[dir]', 'scenario directory', defaultScenariosDir)
  .action(async (dir: string) => {
    const { loadScenarioDirectory } = await import('./simulation/scenario-catalog.js');
    for (const scenario of loadScenarioDirectory(dir)) console.log(`${scenario.name.padEnd(42)} ${scenario.description}`);
  });

await program.parseAsync();
