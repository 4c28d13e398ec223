import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADERS, call, launch, start } from './support/cli-process.js';

const headers = HEADERS;

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
});
