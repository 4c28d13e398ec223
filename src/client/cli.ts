#!/usr/bin/env node
/**
 * `node dist/client/cli.js identify --base-url ... --api-key ... --client-id ... --institution mxbank
 *  --username test_atrium --password password [--answers correct] [--json]`
 *
 * Runs Account Owner Identification against any Atrium base URL (the simulator, or vestibule /
 * atrium.mx.com with real keys) and prints the owners. Exit code 1 with the error on failure.
 */
import { realpathSync } from 'node:fs';
import { createInterface, type Interface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createAtriumClient } from './client.js';
import { AtriumError } from './errors.js';
import { identifyAccountOwners, type AnswerChallenges, type IdentifyAccountOwnersOptions, type UserRef } from './identify.js';
import type { AccountOwner, Challenge } from './types.js';

export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Read for MFA answers when it is a TTY and `--answers` has run out. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Where ATRIUM_BASE_URL, MX_API_KEY and MX_CLIENT_ID are read from; default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

interface IdentifyFlags {
  baseUrl: string;
  apiKey: string;
  clientId: string;
  institution?: string;
  username?: string;
  password?: string;
  credential: string[];
  userGuid?: string;
  userIdentifier?: string;
  memberGuid?: string;
  answers?: string[];
  pollInterval: number;
  timeout: number;
  json?: boolean;
  quiet?: boolean;
}

export const DEFAULT_USER_IDENTIFIER = 'atrium-identify-cli';

const milliseconds = (name: string) => (value: string) => {
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < 0) throw new InvalidArgumentError(`${name} must be a whole number of milliseconds.`);
  return number;
};

/** An option that falls back to an environment variable (read from `env`, so tests can pass their own). */
const fromEnv = (flags: string, description: string, env: CliIO['env'], name: string) =>
  new Option(flags, `${description} (env: ${name})`).default(env?.[name] || undefined, `$${name}`).makeOptionMandatory();

/** Runs the CLI and answers its exit code (it never calls process.exit). */
export async function runCli(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0;
  const program = new Command('atrium-mock')
    .description('The atrium-mock reference client.')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
  const env = io.env ?? process.env;

  program
    .command('identify')
    .description('Run Account Owner Identification (user, member with skip_aggregation, identify, MFA, account owners) and print the owners.')
    .addOption(fromEnv('--base-url <url>', 'Atrium base URL, e.g. http://localhost:8080 or https://vestibule.mx.com', env, 'ATRIUM_BASE_URL'))
    .addOption(fromEnv('--api-key <key>', 'MX-API-Key', env, 'MX_API_KEY'))
    .addOption(fromEnv('--client-id <id>', 'MX-Client-ID', env, 'MX_CLIENT_ID'))
    .option('--institution <code>', 'institution_code of a new member, e.g. mxbank')
    .option('--username <value>', 'the LOGIN credential')
    .option('--password <value>', 'the PASSWORD credential')
    .option('--credential <name=value>', 'any other credential by field_name, label or guid (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .addOption(new Option('--user-guid <guid>', 'reuse this user').conflicts('userIdentifier'))
    .option('--user-identifier <identifier>', `find or create the user with this identifier (default ${DEFAULT_USER_IDENTIFIER}); with --member-guid it must exist`)
    .addOption(
      new Option('--member-guid <guid>', 'reuse this member instead of creating one; needs --user-guid (or --user-identifier) of its user').conflicts(['institution', 'username', 'password', 'credential']),
    )
    .option('--answers <list>', 'MFA answers, comma-separated, used in order (for OPTIONS: the option number, label or value)', (value: string) => value.split(','))
    .option('--poll-interval <ms>', 'milliseconds between status reads', milliseconds('--poll-interval'), 3000)
    .option('--timeout <ms>', 'milliseconds the whole workflow may take, 0 for no limit', milliseconds('--timeout'), 300_000)
    .option('--json', 'print JSON instead of a table')
    .option('--quiet', 'no progress lines on stderr')
    .action(async (flags: IdentifyFlags) => {
      exitCode = await identify(flags, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
  return exitCode;
}

async function identify(flags: IdentifyFlags, io: CliIO): Promise<number> {
  const prompter = new Prompter(io, flags.answers ?? []);
  try {
    // A reused member belongs to an existing user: never fall back to creating DEFAULT_USER_IDENTIFIER.
    if (flags.memberGuid && !flags.userGuid && !flags.userIdentifier) {
      throw new Error('--member-guid needs the user that owns the member: add --user-guid (or --user-identifier of that existing user).');
    }
    const client = createAtriumClient({ baseUrl: flags.baseUrl, apiKey: flags.apiKey, clientId: flags.clientId });
    const user: UserRef = flags.userGuid ? { guid: flags.userGuid } : { identifier: flags.userIdentifier ?? DEFAULT_USER_IDENTIFIER };
    const common = {
      client,
      user,
      pollInterval: flags.pollInterval,
      timeout: flags.timeout,
      answerChallenges: prompter.answer,
      onProgress: flags.quiet ? undefined : ({ step, message }: { step: string; message: string }) => io.stderr.write(`[${step}] ${message}\n`),
    };
    const options: IdentifyAccountOwnersOptions = flags.memberGuid
      ? { ...common, member: flags.memberGuid }
      : { ...common, institutionCode: required(flags.institution, '--institution (or --member-guid)'), credentials: credentialsOf(flags) };
    const result = await identifyAccountOwners(options);
    io.stdout.write(
      flags.json
        ? `${JSON.stringify({ user_guid: result.userGuid, member_guid: result.memberGuid, identified: result.identified, account_owners: result.accountOwners }, null, 2)}\n`
        : ownersTable(result.accountOwners),
    );
    return 0;
  } catch (error) {
    const err = error as Error;
    io.stderr.write(`error: ${err instanceof AtriumError ? err.describe() : err.message} (${err.name})\n`);
    return 1;
  } finally {
    prompter.close();
  }
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`${name} is required.`);
  return value;
}

function credentialsOf(flags: IdentifyFlags): Record<string, string> {
  const credentials: Record<string, string> = {};
  if (flags.username !== undefined) credentials.username = flags.username;
  if (flags.password !== undefined) credentials.password = flags.password;
  for (const pair of flags.credential) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new Error(`--credential expects name=value, got "${pair}".`);
    credentials[pair.slice(0, at)] = pair.slice(at + 1);
  }
  if (Object.keys(credentials).length === 0) throw new Error('Give the member credentials: --username and --password (and --credential name=value for other fields).');
  return credentials;
}

/** MFA answers: from --answers in order, then (on a TTY) typed in; an OPTIONS answer may name the option. */
class Prompter {
  #lines: AsyncIterator<string> | undefined;
  #readline: Interface | undefined;

  constructor(
    private readonly io: CliIO,
    private readonly queued: string[],
  ) {}

  answer: AnswerChallenges = async (challenges) => {
    const answers = [];
    for (const challenge of challenges) answers.push({ guid: challenge.guid, value: optionValue(challenge, await this.#next(challenge)) });
    return answers;
  };

  async #next(challenge: Challenge): Promise<string> {
    const queued = this.queued.shift();
    if (queued !== undefined) return queued;
    if (!this.io.stdin.isTTY) {
      throw new Error(`The member asks "${challenge.label}" and --answers has no answer left (pass --answers, or run on a terminal to type it).`);
    }
    const choices = challenge.options ?? challenge.image_options;
    const listed = choices ? `\n${choices.map((option, index) => `  ${index + 1}. ${option.label}`).join('\n')}` : '';
    this.io.stderr.write(`${challenge.label}${listed}\n> `);
    if (!this.#lines) {
      this.#readline = createInterface({ input: this.io.stdin, terminal: false });
      this.#lines = this.#readline[Symbol.asyncIterator]();
    }
    const line = await this.#lines.next();
    if (line.done) throw new Error(`stdin ended before "${challenge.label}" was answered.`);
    return line.value.trim();
  }

  close(): void {
    this.#readline?.close();
  }
}

/** For OPTIONS / IMAGE_OPTIONS: a 1-based number or a label picks that option's value; anything else is sent as typed. */
function optionValue(challenge: Challenge, answer: string): string {
  const choices = challenge.options ?? challenge.image_options;
  if (!choices) return answer;
  const byNumber = /^\d+$/.test(answer) ? choices[Number(answer) - 1] : undefined;
  const byLabel = choices.find((option) => option.label.toLowerCase() === answer.toLowerCase());
  return (byNumber ?? byLabel)?.value ?? answer;
}

const COLUMNS: [string, (owner: AccountOwner) => string | null][] = [
  ['OWNER', (owner) => owner.owner_name],
  ['EMAIL', (owner) => owner.email],
  ['PHONE', (owner) => owner.phone],
  ['ADDRESS', (owner) => [owner.address, owner.city, [owner.state, owner.postal_code].filter(Boolean).join(' '), owner.country].filter(Boolean).join(', ')],
  ['ACCOUNT', (owner) => owner.account_guid],
];

export function ownersTable(owners: readonly AccountOwner[]): string {
  if (owners.length === 0) return 'No account owners.\n';
  const rows = [COLUMNS.map(([title]) => title), ...owners.map((owner) => COLUMNS.map(([, cell]) => cell(owner) ?? ''))];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n') + '\n';
}

function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}

// run as `node dist/client/cli.js`; not when bundled into the simulator's dist/main.cjs, whose own module URL this then is
const invokedPath = process.argv[1];
if (invokedPath && /[\\/]client[\\/]cli\.[jt]s$/.test(import.meta.url) && import.meta.url === pathToFileURL(realpathSync(invokedPath)).href) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
