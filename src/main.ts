#!/usr/bin/env node
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError, configFromEnv, DEFAULT_CONFIG, ENV_VARS, type Config } from './config.js';
import { defaultFixturesDir, defaultScenariosDir } from './paths.js';
import { DataFileError } from './simulation/data-file.js';

/** Every setting as a flag; `--help` shows each flag's environment variable and default. */
const START_OPTIONS: [flags: string, key: keyof Config, description: string][] = [
  ['-p, --port <port>', 'port', 'port to listen on'],
  ['--host <host>', 'host', 'interface to bind'],
  ['--seed <seed>', 'seed', 'seed of every generated id and data set (same seed, same data)'],
  ['--scenarios-dir <dir>', 'scenariosDir', 'scenario files'],
  ['--fixtures-dir <dir>', 'fixturesDir', 'institutions, MX Bank and test_atrium data, seed sets'],
  ['--response-validation <mode>', 'responseValidation', 'strict | warn | off: check every response against the spec'],
  ['--log-level <level>', 'logLevel', 'fatal | error | warn | info | debug | trace | silent'],
  ['--timing <timing>', 'timing', 'default job timing: instant | polls:N | duration:2s'],
  ['--challenge-timeout <duration>', 'challengeTimeoutMs', 'how long an MFA challenge waits, e.g. 5m'],
  ['--clients-file <file>', 'clientsFile', 'JSON {"client id": "api key"}; other keys get 401'],
  ['--state-file <file>', 'stateFile', 'SQLite database that keeps every tenant (a JSON state file of the old format is imported once)'],
  ['--sync <mode>', 'sync', 'off | normal | full: how the state database syncs to disk (normal survives a crash of the process, full also a power loss)'],
  ['--admin-key <key>', 'adminKey', 'key for operations across tenants (header X-Mock-Admin-Key)'],
  ['--max-tenants <n>', 'maxTenants', 'tenants kept at all; a new one past it gets 503'],
  ['--max-resident-tenants <n>', 'maxResidentTenants', 'tenants kept in memory; the least recently used beyond it reload when used'],
  ['--strict-accept', 'strictAccept', 'require Accept: application/vnd.mx.atrium.v1+json'],
  ['--statement-root-key <key>', 'statementRootKey', 'both | statement | user: root key of GET .../statements/{guid} (MX docs: statement; the official SDKs read user)'],
  ['--statement-sdk-key', 'statementSdkKey', 'deprecated: the same as --statement-root-key both, the default'],
  ['--journal-size <n>', 'journalSize', 'requests kept per tenant in the journal'],
  ['--max-users <n>', 'maxUsers', 'users per client'],
  ['--max-members-per-user <n>', 'maxMembersPerUser', 'members per user'],
  ['--body-limit <size>', 'bodyLimit', 'largest request body, e.g. 1mb'],
  ['--snapshot-limit <size>', 'snapshotLimit', 'largest snapshot PUT /__mock/state accepts'],
  ['--journal-bytes <size>', 'journalBytes', 'journal bytes kept per tenant'],
  ['--journal-memory <size>', 'journalMemory', 'journal bytes kept for every tenant together'],
  ['--request-timeout <duration>', 'requestTimeoutMs', 'a request must arrive whole within this'],
  ['--headers-timeout <duration>', 'headersTimeoutMs', 'request headers must arrive within this'],
  ['--webhook-url <url>', 'webhookUrl', "where every tenant's webhooks go unless it configures its own"],
  ['--background-aggregation <on>', 'backgroundAggregation', 'true | false: connected members aggregate by themselves every 24 simulated hours'],
];

function describeDefault(key: keyof Config): string {
  const value = DEFAULT_CONFIG[key];
  if (key === 'challengeTimeoutMs') return '5m';
  if (key === 'requestTimeoutMs' || key === 'headersTimeoutMs') return `${(value as number) / 1000}s`;
  if (key === 'timing') return 'polls:1';
  if (key === 'scenariosDir' || key === 'fixturesDir') return `${key === 'scenariosDir' ? 'scenarios' : 'fixtures'}/ of the package`;
  return value === null ? 'none' : String(value);
}

/** Reports a startup problem the user can fix (bad config, broken data file) and exits 2. */
function exitWith(error: unknown): never {
  if (error instanceof ConfigError || error instanceof DataFileError || (error instanceof Error && error.name === 'StateFileError')) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

const program = new Command().name('atrium-mock').description('A stateful simulator of the MX Atrium API and a contract test kit').showHelpAfterError();

const start = program.command('start', { isDefault: true }).description('run the simulator (the default command)');
const optionKeys = START_OPTIONS.map(([flags, key, description]) => {
  const option = new Option(flags, `${description} [env ${ENV_VARS[key]}; default ${describeDefault(key)}]`);
  start.addOption(option);
  return [option.attributeName(), key] as const;
});
start.action(async (options: Record<string, unknown>) => {
  let config: Config;
  try {
    config = configFromEnv(Object.fromEntries(optionKeys.map(([attribute, key]) => [key, options[attribute]])));
  } catch (error) {
    exitWith(error);
  }
  const { createLogger } = await import('./logger.js');
  const { startServer } = await import('./server.js');
  const logger = await createLogger(config.logLevel);
  const running = await startServer(config, logger).catch(exitWith);
  const stop = (signal: string) => {
    running.stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'could not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
});

const scenarios = program.command('scenarios').description('work with scenario files');
scenarios
  .command('validate')
  .description('check every scenario file (and the fixture seed sets); report each problem with its file and field')
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

const VERIFY_PACTS_SEPARATOR = "======== atrium-mock verify-pacts report (the pact core's own output is above) ========";
program
  .command('verify-pacts')
  .description('verify your consumer pacts against an in-process simulator; exit 1 with a readable report when any interaction fails')
  .argument('<pacts...>', 'pact files, or directories of them')
  .option('--states <file>', 'YAML/JSON map of provider states to scenarios, seed sets or steps (names of scenarios and seed sets work without it)')
  .option('--log-level <level>', 'pact core log level: trace | debug | info | warn | error', 'error')
  .option('--seed <seed>', `seed of the simulator (${ENV_VARS.seed})`)
  .option('--timing <timing>', 'job timing of the simulator: instant | polls:N | duration:2s')
  .option('--scenarios-dir <dir>', 'scenario files of the simulator')
  .option('--fixtures-dir <dir>', 'fixtures of the simulator')
  .option('--timeout <ms>', 'per response, in milliseconds', (value: string) => {
    const ms = Number(value);
    if (!Number.isInteger(ms) || ms <= 0) throw new InvalidArgumentError('--timeout must be a positive whole number of milliseconds.');
    return ms;
  })
  .action(async (pacts: string[], options: Record<string, string | number | undefined>) => {
    const { verifyPacts } = await import('./contract/verify-pacts.js');
    const simulator = Object.fromEntries(
      (['seed', 'timing', 'scenariosDir', 'fixturesDir'] as const).filter((key) => options[key] !== undefined).map((key) => [key, options[key]]),
    );
    const result = await verifyPacts({
      pactFiles: pacts,
      stateMap: options.states as string | undefined,
      logLevel: options.logLevel as 'trace' | 'debug' | 'info' | 'warn' | 'error',
      simulator,
      ...(options.timeout !== undefined ? { timeout: options.timeout as number } : {}),
    });
    // The pact core prints its own per-interaction output to stdout while it verifies; our report comes last, after a separator.
    process.stdout.write(`\n${VERIFY_PACTS_SEPARATOR}\n\n${result.report}`);
    process.exitCode = result.passed ? 0 : 1;
  });

program
  .command('identify')
  .description('run Account Owner Identification against any Atrium base URL and print the owners (`atrium-mock identify --help`)')
  .helpOption(false)
  .allowUnknownOption()
  .allowExcessArguments()
  .action(async () => {
    // the reference client's own CLI parses these arguments (src/client/cli.ts)
    const { runCli } = await import('./client/cli.js');
    process.exitCode = await runCli(process.argv.slice(process.argv.indexOf('identify')));
  });

await program.parseAsync();
