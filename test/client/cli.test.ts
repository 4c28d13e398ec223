import { execFile } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../../src/client/cli.js';
import { createAtriumClient } from '../../src/client/index.js';
import { newTenant, sharedSimulator } from './support.js';
import { entryArgs } from '../support/entry.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const sim = sharedSimulator();

const connection = (...extra: string[]) => inTenant(newTenant('cli'), ...extra);
const inTenant = (tenant: string, ...extra: string[]) => ['identify', '--base-url', sim.url, '--api-key', 'cli-key', '--client-id', tenant, '--poll-interval', '0', ...extra];

/** The users of a tenant the CLI ran in. */
const usersOf = async (tenant: string) => (await createAtriumClient({ baseUrl: sim.url, apiKey: 'cli-key', clientId: tenant }).listUsers()).users;

/** Runs `node --import tsx src/client/cli.ts ...` (asynchronously: the simulator answers from this process). */
function runChild(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...entryArgs('src/client/cli.ts'), ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** In-process IO: collected output, a stdin that is (or is not) a terminal with the given lines typed, and an env of its own (not the developer's). */
function memoryIO(lines: string[] = [], isTTY = false, env: CliIO['env'] = {}) {
  const output = { stdout: '', stderr: '' };
  const stdin = Object.assign(new PassThrough(), { isTTY });
  stdin.end(lines.map((line) => `${line}\n`).join(''));
  const io: CliIO = { stdout: { write: (text: string) => (output.stdout += text) }, stderr: { write: (text: string) => (output.stderr += text) }, stdin, env };
  return { io, output };
}

describe('the identify CLI as a child process', () => {
  it('prints the owners as a table and exits 0', async () => {
    const { code, stdout, stderr } = await runChild(connection('--institution', 'mxbank', '--username', 'test_atrium', '--password', 'password'));
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trimEnd().split('\n');
    expect(header).toMatch(/^OWNER +EMAIL +PHONE +ADDRESS +ACCOUNT$/);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/ACT-[0-9a-f-]{36}$/);
    expect(stderr).toContain('[completed] member MBR-');
  });

  it('answers MFA from --answers in order and prints JSON with --json', async () => {
    const { code, stdout } = await runChild(connection('--institution', 'mxbank', '--username', 'test_atrium', '--password', 'challenge', '--answers', 'challenge,correct', '--json', '--quiet'));
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { user_guid: string; member_guid: string; identified: boolean; account_owners: { owner_name: string }[] };
    expect(printed).toMatchObject({ user_guid: expect.stringMatching(/^USR-/), member_guid: expect.stringMatching(/^MBR-/), identified: true });
    expect(printed.account_owners.length).toBeGreaterThan(0);
  });

  it('exits 1 with the typed error message when identification fails', async () => {
    const { code, stdout, stderr } = await runChild(connection('--institution', 'mxbank', '--username', 'test_atrium', '--password', 'LOCKED', '--quiet'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: Identification of member MBR-\S+ ended LOCKED \(status LOCKED\): the account is locked at the institution\. \(IdentificationFailedError\)\n$/);
  });
});

describe('the identify CLI in process', () => {
  it('reads MFA answers typed on a terminal; an OPTIONS answer may be the option number', async () => {
    const { io, output } = memoryIO(['2'], true);
    const code = await runCli(connection('--institution', 'mxbank', '--username', 'test_atrium', '--password', 'options', '--json', '--quiet'), io);
    expect(code).toBe(0);
    expect(output.stderr).toBe('Which color is your favorite?\n  1. Red\n  2. Blue\n  3. Green\n> ');
    expect(JSON.parse(output.stdout).identified).toBe(true);
  });

  it('uses --answers before asking, and fails clearly when answers run out without a terminal', async () => {
    const { io, output } = memoryIO();
    const code = await runCli(connection('--institution', 'mxbank', '--username', 'test_atrium', '--password', 'challenge', '--answers', 'challenge', '--quiet'), io);
    expect(code).toBe(1);
    expect(output.stderr).toBe(
      'error: The member asks "What is the name of your first pet?" and --answers has no answer left (pass --answers, or run on a terminal to type it). (Error)\n',
    );
  });

  it('reuses test_atrium / test_atrium_member and prints Donnie Darko', async () => {
    const { io, output } = memoryIO();
    const code = await runCli(connection('--user-guid', 'test_atrium', '--member-guid', 'test_atrium_member', '--quiet'), io);
    expect(code).toBe(0);
    expect(output.stdout).toContain('Donnie Darko');
  });

  it('exits 1 with the HTTP error described when the server refuses a call', async () => {
    const { io, output } = memoryIO();
    const code = await runCli(connection('--user-guid', 'USR-00000000-0000-0000-0000-000000000000', '--institution', 'mxbank', '--username', 'u', '--password', 'p', '--quiet'), io);
    expect(code).toBe(1);
    expect(output.stderr).toMatch(/^error: 404 GET \/users\/USR-0{8}-0{4}-0{4}-0{4}-0{12}: .+ \(request [0-9a-f]{32}\) \(AtriumNotFoundError\)\n$/);
  });

  it('takes the connection from ATRIUM_BASE_URL, MX_API_KEY and MX_CLIENT_ID of its env', async () => {
    const { io, output } = memoryIO([], false, { ATRIUM_BASE_URL: sim.url, MX_API_KEY: 'cli-key', MX_CLIENT_ID: newTenant('cli') });
    const code = await runCli(['identify', '--user-guid', 'test_atrium', '--member-guid', 'test_atrium_member', '--quiet'], io);
    expect(code).toBe(0);
    expect(output.stdout).toContain('Donnie Darko');
  });

  it('refuses --member-guid without the user that owns it, creating no user', async () => {
    const tenant = newTenant('cli');
    const { io, output } = memoryIO();
    expect(await runCli(inTenant(tenant, '--member-guid', 'test_atrium_member', '--quiet'), io)).toBe(1);
    expect(output.stderr).toBe('error: --member-guid needs the user that owns the member: add --user-guid (or --user-identifier of that existing user). (Error)\n');
    expect(await usersOf(tenant)).toEqual([]);
  });

  it('refuses --member-guid with a --user-identifier no user has, creating no user', async () => {
    const tenant = newTenant('cli');
    const { io, output } = memoryIO();
    expect(await runCli(inTenant(tenant, '--user-identifier', 'nobody', '--member-guid', 'test_atrium_member', '--quiet'), io)).toBe(1);
    expect(output.stderr).toMatch(/^error: No user has the identifier "nobody"\. .* \(IdentificationUserNotFoundError\)\n$/);
    expect(await usersOf(tenant)).toEqual([]);
  });

  it('takes --timeout 0 as no limit', async () => {
    const { io, output } = memoryIO();
    const code = await runCli(connection('--institution', 'mxbank', '--username', 'test_atrium', '--password', 'password', '--timeout', '0', '--json', '--quiet'), io);
    expect(output.stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(output.stdout).identified).toBe(true);
  });

  it('exits 1 with a usage message for missing or conflicting options', async () => {
    const missing = memoryIO();
    expect(await runCli(['identify', '--api-key', 'k', '--client-id', 'c'], missing.io)).toBe(1);
    expect(missing.output.stderr).toContain("required option '--base-url <url>' not specified");
    const conflicting = memoryIO();
    expect(await runCli(connection('--member-guid', 'MBR-1', '--institution', 'mxbank'), conflicting.io)).toBe(1);
    expect(conflicting.output.stderr).toContain("option '--member-guid <guid>' cannot be used with option '--institution <code>'");
  });
});
