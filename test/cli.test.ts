import { execFile, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../src/index.js';
import { entryArgs } from './support/entry.js';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, [...entryArgs('src/main.ts'), ...args], { cwd: process.cwd() });

/** Runs the CLI to its end; never throws, so a test can look at the exit code and both streams. */
function outcome(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...entryArgs('src/main.ts'), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A port that something else listens on, for as long as the test needs it. */
async function busyPort(): Promise<{ port: number; release: () => void }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, release: () => server.close() };
}

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const lines = (text: string) => text.trim().split('\n');

describe('atrium-mock on the command line', () => {
  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect((await cli('--version')).stdout.trim()).toBe(version);
  });

  it('shows the options of start, the default command, in the top-level help', async () => {
    const help = (await cli('--help')).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('Commands:');
    expect(help).toContain('The default command, start (atrium-mock [start] [options]), takes:');
    expect(help).toContain('-p, --port <port> port to listen on [env ATRIUM_MOCK_PORT, then PORT; default 8080]');
    expect(help).toContain('--timing <timing> default job timing');
  });

  it('names itself atrium-mock in the help of identify', async () => {
    const { stdout } = await cli('identify', '--help');
    expect(stdout).toMatch(/^Usage: atrium-mock identify \[options\]/);
    expect(stdout).not.toContain('atrium-client');
  });

  it('listens on PORT when ATRIUM_MOCK_PORT is not set, as container platforms expect', async () => {
    const { port, release } = await busyPort();
    release();
    const child = spawn(process.execPath, [...entryArgs('src/main.ts'), '--host', '127.0.0.1'], { env: { ...process.env, PORT: String(port), ATRIUM_MOCK_PORT: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const listening = await new Promise<{ url: string }>((resolve) =>
      createInterface({ input: child.stdout }).on('line', (line) => {
        const entry = JSON.parse(line) as { url?: string };
        if (entry.url) resolve(entry as { url: string });
      }),
    );
    expect(listening.url).toBe(`http://127.0.0.1:${port}`);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('ends with a "stopped" line on SIGTERM', async () => {
    const child = spawn(process.execPath, [...entryArgs('src/main.ts'), '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const logged: { msg: string }[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      logged.push(JSON.parse(line) as { msg: string });
      if (logged.at(-1)!.msg.startsWith('atrium-mock listening')) child.kill('SIGTERM');
    });
    expect(await new Promise((resolve) => child.once('close', resolve))).toBe(0);
    expect(logged.at(-1)!.msg).toBe('stopped (SIGTERM)');
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('on a terminal, says what to try first: the URL, the headers, the health URL', async () => {
    // script(1) gives the process a terminal, so it logs readable lines as it does for a person
    const log = join(temp('tty-'), 'typescript.log');
    const command = [process.execPath, ...entryArgs('src/main.ts'), '--port', '0', '--host', '127.0.0.1'].join(' ');
    const child = spawn('script', ['-qfc', command, log], { stdio: ['pipe', 'pipe', 'pipe'] });
    let screen = '';
    child.stdout.on('data', (chunk) => {
      screen += String(chunk);
      if (screen.includes('health:')) child.stdin.end('\u0003'); // Ctrl+C
    });
    await new Promise((resolve) => child.once('close', resolve));
    const text = screen.replace(/\u001b\[[0-9;]*m/g, '');
    expect(text).toMatch(/try: curl -H 'MX-API-Key: any' -H 'MX-Client-ID: me' http:\/\/127\.0\.0\.1:\d+\/institutions\/mxbank +health: http:\/\/127\.0\.0\.1:\d+\/__mock\/health/);
    expect(text).toContain('stopped (SIGINT)');
  });
});

describe('startup problems: one clear line, exit 2', () => {
  it('a busy port', async () => {
    const { port, release } = await busyPort();
    try {
      const { code, stderr } = await outcome(['--port', String(port), '--host', '127.0.0.1']);
      expect(code).toBe(2);
      expect(lines(stderr)).toEqual([`Port ${port} is already in use on 127.0.0.1 (--port): stop what listens there, or choose another port (0 picks a free one).`]);
    } finally {
      release();
    }
  });

  it('a clients file that is missing or is not a JSON object of keys', async () => {
    const dir = temp('clients-');
    const missing = await outcome(['--port', '0', '--clients-file', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(lines(missing.stderr)).toEqual([`--clients-file ${join(dir, 'nope.json')}: no such file.`]);
    writeFileSync(join(dir, 'broken.json'), '{"my-client": ');
    const broken = await outcome(['--port', '0'], { ATRIUM_MOCK_CLIENTS_FILE: join(dir, 'broken.json') });
    expect(broken.code).toBe(2);
    expect(lines(broken.stderr)).toEqual([`ATRIUM_MOCK_CLIENTS_FILE=${join(dir, 'broken.json')}: Malformed JSON in the file at line 1, column 15 (character 15): a value was expected.`]);
    writeFileSync(join(dir, 'empty-key.json'), '{"my-client": ""}');
    const emptyKey = await outcome(['--port', '0', '--clients-file', join(dir, 'empty-key.json')]);
    expect(emptyKey.code).toBe(2);
    expect(lines(emptyKey.stderr)).toEqual([`--clients-file ${join(dir, 'empty-key.json')}: it must be a JSON object of "client id": "api key" (non-empty strings).`]);
  });

  it('a scenarios or fixtures directory that does not exist', async () => {
    const { code, stderr } = await outcome(['--port', '0', '--scenarios-dir', '/no/scenarios', '--fixtures-dir', '/no/fixtures']);
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual(['--scenarios-dir /no/scenarios: no such directory.', '--fixtures-dir /no/fixtures: no such directory.']);
  });

  it('a fixtures directory with a malformed or inconsistent file: one message naming the file, exit 2', async () => {
    const dir = temp('fixtures-');
    cpSync('fixtures', dir, { recursive: true });
    writeFileSync(join(dir, 'institutions.json'), '{ "institutions": [] // none\n}');
    const malformed = await outcome(['--port', '0', '--fixtures-dir', dir]);
    expect(malformed.code).toBe(2);
    expect(lines(malformed.stderr)).toEqual([`Invalid fixture file ${join(dir, 'institutions.json')}:`, '  - Malformed JSON in the file at line 1, column 22 (character 22): a comment, which JSON does not allow.']);

    cpSync(join('fixtures', 'institutions.json'), join(dir, 'institutions.json'));
    const testAtrium = JSON.parse(readFileSync(join(dir, 'test-atrium.json'), 'utf8')) as { member: { institution_code: string } };
    testAtrium.member.institution_code = 'no_such_bank';
    writeFileSync(join(dir, 'test-atrium.json'), JSON.stringify(testAtrium));
    const dangling = await outcome(['--port', '0', '--fixtures-dir', dir]);
    expect(dangling.code).toBe(2);
    expect(lines(dangling.stderr)).toEqual([`Invalid fixtures ${dir}:`, '  - test-atrium.json member.institution_code: unknown institution "no_such_bank" (fixtures/institutions.json)']);
  });

  it('a state file that holds null, left untouched', async () => {
    const file = join(temp('state-'), 'state.json');
    writeFileSync(file, 'null\n');
    const { code, stderr } = await outcome(['--port', '0', '--state-file', file]);
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual([expect.stringMatching(/^Cannot use the state file .*state\.json: it is neither a database nor an atrium-mock\/state-file version 1 file \(it holds null\)\. It was left untouched;/)]);
    expect(readFileSync(file, 'utf8')).toBe('null\n');
  });

  it('a bad setting, named by the flag the user typed or the variable they set', async () => {
    const { code, stderr } = await outcome(['--port', '0', '--timing', 'fast'], { ATRIUM_MOCK_MAX_USERS: '0' });
    expect(code).toBe(2);
    expect(stderr).toContain('--timing (or ATRIUM_MOCK_TIMING): expected instant, polls:N or duration:<time> such as duration:2s; got "fast"');
    expect(stderr).toContain('ATRIUM_MOCK_MAX_USERS (or --max-users): ');
  });

  it('scenarios validate and list on a directory that does not exist', async () => {
    for (const command of ['validate', 'list']) {
      const { code, stderr } = await outcome(['scenarios', command, '/no/scenarios']);
      expect(code).toBe(2);
      expect(lines(stderr)).toEqual(['scenario directory /no/scenarios: no such directory.']);
    }
  });

  it('scenarios list on a broken file names the file and the field', async () => {
    const dir = temp('scenarios-');
    writeFileSync(join(dir, 'broken.yml'), 'name: broken\ndescription: x\nauthentication: { outcome: HAPPY }\n');
    const { code, stderr } = await outcome(['scenarios', 'list', dir]);
    expect(code).toBe(2);
    expect(stderr).toContain(`Invalid scenario file ${join(dir, 'broken.yml')}`);
    expect(stderr).toContain('authentication.outcome: expected one of CONNECTED, DENIED,');
  });
});

describe('atrium-mock scenarios validate', () => {
  it('accepts the shipped scenarios and seed sets', async () => {
    const { stdout } = await cli('scenarios', 'validate');
    expect(stdout).toMatch(/^\d+ scenarios valid in .*scenarios \(\d+ with an expect script\); \d+ seed sets valid\.$/m);
  });

  it('reports every broken scenario file and seed set, naming the accepted values of enums and calls', async () => {
    const dir = temp('scenarios-');
    writeFileSync(join(dir, 'a-challenge.yml'), 'name: a-challenge\ndescription: x\nauthentication:\n  challenges: [{ id: q, type: TEXTT, label: Q, answers: { correct: CONNECTED } }]\n');
    writeFileSync(join(dir, 'b-script.yml'), 'name: b-script\ndescription: x\nexpect:\n  - call: create_usr\n');
    writeFileSync(join(dir, 'c-fine.yml'), 'name: c-fine\ndescription: x\n');
    const fixtures = temp('fixtures-');
    mkdirSync(join(fixtures, 'sets'));
    writeFileSync(join(fixtures, 'sets', 'bad-set.yml'), 'name: bad-set\ndescription: x\nsteps:\n  - call: idnetify\n');
    const { code, stderr } = await outcome(['scenarios', 'validate', dir, '--fixtures-dir', fixtures]);
    expect(code).toBe(1);
    expect(stderr).toContain(`Invalid scenario file ${join(dir, 'a-challenge.yml')}:\n  - authentication.challenges.0.type: expected one of TEXT, OPTIONS, TOKEN, IMAGE_DATA, IMAGE_OPTIONS; got "TEXTT"`);
    expect(stderr).toContain(`Invalid scenario file ${join(dir, 'b-script.yml')}:\n  - expect.0.call: expected one of create_user, create_member,`);
    expect(stderr).toContain('got "create_usr"');
    expect(stderr).toContain(`Invalid seed set ${join(fixtures, 'sets', 'bad-set.yml')}:\n  - steps.0.call: expected one of create_user,`);
    expect(stderr).not.toContain('c-fine');
    expect(lines(stderr).at(-1)).toBe(`3 of 4 files have problems (scenarios in ${dir}, seed sets in ${join(fixtures, 'sets')}).`);
  });

  it('exits 1 naming the file, the field and what was expected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'broken.yml'), 'name: Broken Name\ndescription: x\ntiming: { polls: 0 }\n');
    const failure = await cli('scenarios', 'validate', dir).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`Invalid scenario file ${join(dir, 'broken.yml')}`);
    expect(failure?.stderr).toContain('name: expected kebab-case');
    expect(failure?.stderr).toContain('timing');
  });
});

describe('atrium-mock identify', () => {
  it('runs the identification workflow against a base URL and prints the owners as JSON', async () => {
    const sim = await createSimulator();
    try {
      const { stdout } = await cli(
        'identify', '--base-url', sim.url, '--api-key', 'key', '--client-id', 'cli-identify',
        '--institution', 'mxbank', '--username', 'test_atrium', '--password', 'challenge', '--answers', 'challenge,correct',
        '--poll-interval', '0', '--json', '--quiet',
      );
      const result = JSON.parse(stdout) as { identified: boolean; member_guid: string; account_owners: { guid: string }[] };
      expect(result).toMatchObject({ identified: true, member_guid: expect.stringMatching(/^MBR-/) });
      expect(result.account_owners.length).toBeGreaterThan(0);
      expect(result.account_owners[0]!.guid).toMatch(/^ACO-/);
    } finally {
      await sim.close();
    }
  });
});

describe('atrium-mock verify-pacts', () => {
  const pact = (status: number) => ({
    consumer: { name: 'cli-test-consumer' },
    provider: { name: 'mx-atrium' },
    interactions: [
      {
        description: 'a request for MX Bank',
        request: { method: 'GET', path: '/institutions/mxbank', headers: { 'MX-API-Key': 'k', 'MX-Client-ID': 'c', Accept: 'application/vnd.mx.atrium.v1+json' } },
        response: { status, headers: { 'Content-Type': 'application/vnd.mx.atrium.v1+json' }, body: { institution: { code: 'mxbank', name: 'MX Bank' } } },
      },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  });

  // two runs of the pact core in child processes: over the 20 s default on a busy machine
  it('exits 0 with a report when every interaction holds, and 1 naming what failed', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacts-'));
    writeFileSync(join(dir, 'good.json'), JSON.stringify(pact(200)));
    const { stdout } = await cli('verify-pacts', dir);
    expect(stdout).toContain('Pact verification against atrium-mock: PASSED (1 pact file(s), 1 interaction(s): 1 passed, 0 failed)');
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...pact(201), consumer: { name: 'another-consumer' } }));
    const failure = await cli('verify-pacts', join(dir, 'bad.json')).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain('FAILED');
    expect(failure?.stdout).toMatch(/status: expected 201, got 200/);
  });
});
