import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { entryArgs } from './support/entry.js';

/** The CLI as users run it, in its own process: logs are JSON lines on stdout (not a terminal). */
interface Running {
  child: ChildProcess;
  url: string;
  lines: string[];
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function launch(args: string[], env: Record<string, string> = {}): { child: ChildProcess; lines: string[]; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [...entryArgs('src/main.ts'), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const lines: string[] = [];
  let stderr = '';
  createInterface({ input: child.stdout! }).on('line', (line) => lines.push(line));
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, lines, stderr: () => stderr, exited };
}

async function start(args: string[] = []): Promise<Running> {
  const launched = launch(['start', '--port', '0', '--host', '127.0.0.1', ...args]);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const listening = launched.lines.map((line) => JSON.parse(line) as { msg: string; url?: string }).find((entry) => entry.msg.startsWith('atrium-mock listening'));
      if (listening?.url) {
        clearInterval(timer);
        resolve(listening.url);
      }
    }, 20);
    void launched.exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`exited ${code} before listening: ${launched.stderr()}`));
    });
  });
  return { child: launched.child, url, lines: launched.lines, exited: launched.exited };
}

const headers = { 'MX-API-Key': 'key', 'MX-Client-ID': 'process-test', Accept: 'application/vnd.mx.atrium.v1+json', 'Content-Type': 'application/json' };
const call = (url: string, method: string, path: string, body?: unknown) =>
  fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });

describe('the atrium-mock process', () => {
  it('names every bad setting at once and exits 2', async () => {
    const launched = launch(['start', '--port', 'eighty', '--timing', 'fast', '--response-validation', 'loud'], { ATRIUM_MOCK_MAX_USERS: '0' });
    expect(await launched.exited).toBe(2);
    const stderr = launched.stderr();
    expect(stderr).toContain('Invalid configuration');
    // each by the name the user typed: the flag, or the environment variable
    expect(stderr).toContain('--port (or ATRIUM_MOCK_PORT, PORT)');
    expect(stderr).toContain('--timing (or ATRIUM_MOCK_TIMING)');
    expect(stderr).toContain('--response-validation (or ATRIUM_MOCK_RESPONSE_VALIDATION)');
    expect(stderr).toContain('ATRIUM_MOCK_MAX_USERS (or --max-users)');
  });

  it('refuses to start with a broken scenario file, naming the file and the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'broken.yml'), 'name: broken\ndescription: x\nauthentication: { outcome: HAPPY }\n');
    const launched = launch(['start', '--port', '0', '--scenarios-dir', dir]);
    expect(await launched.exited).toBe(2);
    expect(launched.stderr()).toContain(`Invalid scenario file ${join(dir, 'broken.yml')}`);
    expect(launched.stderr()).toContain('authentication.outcome');
  });

  it('logs one JSON line per request with request id, tenant, operation, status and duration, never credentials', async () => {
    const running = await start();
    const user = (await (await call(running.url, 'POST', '/users', { user: { identifier: 'logged' } })).json()) as { user: { guid: string } };
    const created = await call(running.url, 'POST', `/users/${user.user.guid}/members`, {
      member: {
        institution_code: 'mxbank',
        credentials: [
          { guid: 'CRD-9f61fb4c-912c-bd1e-b175-ccc7f0275cc1', value: 'secret-login' },
          { guid: 'CRD-e3d7ea81-aac7-05e9-fbdd-4b493c6e474d', value: 'hunter2' },
        ],
      },
    });
    expect(created.status).toBe(202);
    const requestId = created.headers.get('x-request-id');
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    const entry = running.lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.req_id === requestId);
    expect(entry).toMatchObject({ msg: 'request', tenant: 'process-test', operation: 'createMember', method: 'POST', status: 202, duration_ms: expect.any(Number) });
    const output = running.lines.join('\n');
    expect(output).not.toContain('hunter2');
    expect(output).not.toContain('secret-login');
  });

  it('finishes a request in flight on SIGTERM before it exits', async () => {
    const running = await start();
    const armed = await fetch(`${running.url}/__mock/faults`, { method: 'POST', headers, body: JSON.stringify({ path: '/institutions', latency_ms: 400 }) });
    expect(armed.status).toBe(201);
    const inFlight = call(running.url, 'GET', '/institutions');
    // the fault counts the request when it starts waiting: from then on it is in flight
    for (let matched = 0; matched === 0; ) {
      const faults = (await (await fetch(`${running.url}/__mock/faults`, { headers })).json()) as { faults: { matched: number }[] };
      matched = faults.faults[0]!.matched;
    }
    running.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(200);
    expect(await running.exited).toBe(0);
  });

  it('saves every tenant to the state file on SIGTERM and restores it on the next start', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'state-')), 'state.json');
    const first = await start(['--state-file', file]);
    const created = (await (await call(first.url, 'POST', '/users', { user: { identifier: 'survivor' } })).json()) as { user: { guid: string } };
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'atrium-mock/state-file', version: 1, tenants: { 'process-test': expect.any(Object) } });
    const second = await start(['--state-file', file]);
    const read = await call(second.url, 'GET', `/users/${created.user.guid}`);
    expect(await read.json()).toEqual({ user: { guid: created.user.guid, identifier: 'survivor', is_disabled: false, metadata: null } });
    const next = (await (await call(second.url, 'POST', '/users', { user: { identifier: 'next' } })).json()) as { user: { guid: string } };
    expect(next.user.guid).not.toBe(created.user.guid);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('reports a corrupt state file, leaves it untouched and does not start', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'state-')), 'state.json');
    writeFileSync(file, '{"format":"atrium-mock/state-file","version":1,"tenants":{"t":{"format":"nope"}}}');
    const launched = launch(['start', '--port', '0', '--state-file', file]);
    expect(await launched.exited).toBe(2);
    expect(launched.stderr()).toContain(`Cannot restore the state file ${file}: tenant "t": Invalid snapshot`);
    expect(readFileSync(file, 'utf8')).toBe('{"format":"atrium-mock/state-file","version":1,"tenants":{"t":{"format":"nope"}}}');
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });
});
