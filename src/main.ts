#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { configFromEnv, DEFAULT_CONFIG, ENV_VARS, type Config } from './config.js';
import { defaultFixturesDir, defaultScenariosDir, packageRoot } from './paths.js';
import { checkDataFiles, checkSettings, describeStartupError, type SettingName } from './startup.js';

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

/** The long flag of each setting (`--timing`), how config errors and startup problems name it. */
const FLAG_NAMES = Object.fromEntries(START_OPTIONS.map(([flags, key]) => [key, /--[a-z-]+/.exec(flags)![0]])) as Record<keyof Config, string>;

/** What the user typed for a setting: its flag, else its environment variable (PORT for the port), else the flag. */
const settingName =
  (given: Partial<Record<keyof Config, unknown>>): SettingName =>
  (key) =>
    given[key] !== undefined ? FLAG_NAMES[key] : process.env[ENV_VARS[key]] ? ENV_VARS[key] : key === 'port' && process.env.PORT ? 'PORT' : FLAG_NAMES[key];

/** A startup problem the user can fix (bad config, broken data file, busy port) is reported and exits 2; anything else is a bug. */
function exitWith(error: unknown, config?: Config, nameOf: SettingName = settingName({})): never {
  const message = describeStartupError(error, config, nameOf);
  if (message === undefined) throw error;
  console.error(message);
  process.exit(2);
}

const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };

const program = new Command()
  .name('atrium-mock')
  .description('A stateful simulator of the MX Atrium API and a contract test kit')
  .version(version, '-v, --version', 'print the version')
  .showHelpAfterError();

const start = program.command('start', { isDefault: true }).description('run the simulator (the default command)');
const optionKeys = START_OPTIONS.map(([flags, key, description]) => {
  const variables = key === 'port' ? `${ENV_VARS.port}, then PORT` : ENV_VARS[key];
  const option = new Option(flags, `${description} [env ${variables}; default ${describeDefault(key)}]`);
  start.addOption(option);
  return [option.attributeName(), key] as const;
});
// `atrium-mock --help` shows the options of start, the command that runs without a name
program.addHelpText('after', () => `\nThe default command, start (atrium-mock [start] [options]), takes:\n${start.createHelp().formatHelp(start, start.createHelp()).split('Options:\n')[1] ?? ''}`);
start.action(async (options: Record<string, unknown>) => {
  const given = Object.fromEntries(optionKeys.map(([attribute, key]) => [key, options[attribute]])) as Partial<Record<keyof Config, unknown>>;
  const nameOf = settingName(given);
  let config: Config;
  try {
    config = configFromEnv(given, FLAG_NAMES);
  } catch (error) {
    exitWith(error);
  }
  const problems = checkSettings(config, nameOf);
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    process.exit(2);
  }
  const { createLogger } = await import('./logger.js');
  const { startServer } = await import('./server.js');
  const logger = await createLogger(config.logLevel);
  const starting = startServer(config, logger).catch((error: unknown) => exitWith(error, config, nameOf));
  // handlers first: a signal that arrives while (or right after) it starts still stops it cleanly
  const stop = (signal: string) => {
    starting
      .then((running) => running.stop(signal))
      .then(
        () => {
          logger.info(`stopped (${signal})`);
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'could not stop cleanly');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  const running = await starting;
  if (process.stdout.isTTY && logger.isLevelEnabled('info')) {
    // a person is watching: what to try first (machines read the JSON "listening" line instead)
    logger.info(`try: curl -H 'MX-API-Key: any' -H 'MX-Client-ID: me' ${running.url}/institutions/mxbank   health: ${running.url}/__mock/health   stop: Ctrl+C`);
  }
});

/** A directory a scenarios command was given that is not there: one line, exit 2. */
function requireDirectory(label: string, dir: string): void {
  if (!existsSync(dir)) {
    console.error(`${label} ${dir}: no such directory.`);
    process.exit(2);
  }
}

const scenarios = program.command('scenarios').description('work with scenario files');
scenarios
  .command('validate')
  .description('check every scenario file (and the fixture seed sets); report each problem with its file, field and the accepted values (exit 1)')
  .argument('[dir]', 'scenario directory', defaultScenariosDir)
  .option('--fixtures-dir <dir>', 'fixtures directory whose sets/ to check too', defaultFixturesDir)
  .action((dir: string, options: { fixturesDir: string }) => {
    requireDirectory('scenario directory', dir);
    requireDirectory('--fixtures-dir', options.fixturesDir);
    const checked = checkDataFiles(dir, options.fixturesDir);
    if (checked.errors.length > 0) {
      for (const error of checked.errors) console.error(error.message);
      console.error(`\n${checked.errors.length} of ${checked.files} files have problems (scenarios in ${dir}, seed sets in ${join(options.fixturesDir, 'sets')}).`);
      process.exit(1);
    }
    console.log(`${checked.scenarios} scenarios valid in ${dir} (${checked.withExpect} with an expect script); ${checked.seedSets} seed sets valid.`);
  });
scenarios
  .command('list')
  .description('list the scenarios of a directory')
  .argument('[dir]', 'scenario directory', defaultScenariosDir)
  .action(async (dir: string) => {
    requireDirectory('scenario directory', dir);
    const { loadScenarioDirectory } = await import('./simulation/scenario-catalog.js');
    let loaded;
    try {
      loaded = loadScenarioDirectory(dir);
    } catch (error) {
      exitWith(error);
    }
    for (const scenario of loaded) console.log(`${scenario.name.padEnd(42)} ${scenario.description}`);
  });

const VERIFY_PACTS_SEPARATOR = "======== atrium-mock verify-pacts report (the pact core's own output is above) ========";
/** `--consumer-version-selectors '[{"mainBranch":true}]'`: a JSON list of pact-js selectors (or one selector). */
function selectorsArgument(value: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new InvalidArgumentError(`it must be JSON, e.g. '[{"mainBranch":true},{"deployedOrReleased":true}]'.`);
  }
  if (parsed === null || typeof parsed !== 'object') throw new InvalidArgumentError('it must be a JSON list of selectors (objects), or one selector.');
  return Array.isArray(parsed) ? parsed : [parsed];
}

program
  .command('verify-pacts')
  .description('verify your consumer pacts (files, or a Pact Broker) against an in-process simulator; exit 1 with a readable report when any interaction fails')
  .argument('[pacts...]', 'pact files, or directories of them (none needed with --broker-url)')
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
  .addOption(new Option('--broker-url <url>', 'a Pact Broker or PactFlow: verify its pacts for --provider').env('PACT_BROKER_BASE_URL'))
  .addOption(new Option('--broker-token <token>', 'bearer token of the broker (PactFlow)').env('PACT_BROKER_TOKEN'))
  .addOption(new Option('--broker-username <name>', 'basic auth user of the broker').env('PACT_BROKER_USERNAME'))
  .addOption(new Option('--broker-password <password>', 'basic auth password of the broker').env('PACT_BROKER_PASSWORD'))
  .option('--provider <name>', 'the provider name the consumers\' pacts use in the broker (needed with --broker-url)')
  .option('--consumer-version-selectors <json>', 'which consumer versions\' pacts, as pact-js selectors: \'[{"mainBranch":true},{"deployedOrReleased":true}]\'', selectorsArgument)
  .option('--enable-pending', 'verify pending pacts too; their failures do not fail the run')
  .option('--publish-verification-results', 'publish the results to the broker (needs --provider-version)')
  .option('--provider-version <version>', 'the provider version the results are for, e.g. a git sha')
  .option('--provider-version-branch <branch>', 'the branch of that provider version')
  .action(async (pacts: string[], options: Record<string, unknown>) => {
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
      ...Object.fromEntries(
        (
          [
            ['pactBrokerUrl', 'brokerUrl'],
            ['pactBrokerToken', 'brokerToken'],
            ['pactBrokerUsername', 'brokerUsername'],
            ['pactBrokerPassword', 'brokerPassword'],
            ['provider', 'provider'],
            ['consumerVersionSelectors', 'consumerVersionSelectors'],
            ['enablePending', 'enablePending'],
            ['publishVerificationResult', 'publishVerificationResults'],
            ['providerVersion', 'providerVersion'],
            ['providerVersionBranch', 'providerVersionBranch'],
          ] as const
        )
          .filter(([, flag]) => options[flag] !== undefined && options[flag] !== '')
          .map(([option, flag]) => [option, options[flag]]),
      ),
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

// a failure no command reports itself is a bug: its stack, exit 1
program.parseAsync().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
