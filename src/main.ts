#!/usr/bin/env node
import { createServer } from 'node:http';
import { Command } from 'commander';
import { buildDeps, createApp } from './app.js';
import { ConfigError, configFromEnv, ENV_VARS } from './config.js';

const program = new Command()
  .name('atrium-mock')
  .description('A stateful simulator of the MX Atrium API')
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
  .action((options: Record<string, unknown>) => {
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
    const deps = buildDeps(config);
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

program.parse();
