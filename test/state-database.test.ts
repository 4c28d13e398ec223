import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { HEADERS, call, launch, start } from './support/cli-process.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'state-')), name);
const as = (tenant: string) => ({ ...HEADERS, 'MX-Client-ID': tenant });
const MXBANK = (password: string) => ({
  institution_code: 'mxbank',
  credentials: [
    { guid: 'CRD-9f61fb4c-912c-bd1e-b175-ccc7f0275cc1', value: 'test_atrium' },
    { guid: 'CRD-e3d7ea81-aac7-05e9-fbdd-4b493c6e474d', value: password },
  ],
});

/** The v1 fixture: a state file written by the version that kept every transaction, and what its API answered then. */
const V1_VIEWS = JSON.parse(readFileSync(fixture('state-v1-views.json'), 'utf8')) as Record<string, unknown>;
const V1_USER = (V1_VIEWS.user as { user: { guid: string } }).user.guid;
const V1_MEMBER = ((V1_VIEWS.members as { members: { guid: string }[] }).members[0]!).guid;

async function v1Views(read: (path: string) => Promise<unknown>) {
  const members = (await read(`/users/${V1_USER}/members`)) as { members: { guid: string }[] };
  return {
    user: await read(`/users/${V1_USER}`),
    members,
    accounts: await read(`/users/${V1_USER}/accounts`),
    transactions: await read(`/users/${V1_USER}/members/${V1_MEMBER}/transactions?from_date=2025-10-01&to_date=2026-01-20&records_per_page=25`),
    owners: await read(`/users/${V1_USER}/members/${V1_MEMBER}/account_owners`),
    numbers: await read(`/users/${V1_USER}/members/${V1_MEMBER}/account_numbers`),
    statements: await read(`/users/${V1_USER}/members/${V1_MEMBER}/statements`),
    challenges: await read(`/users/${V1_USER}/members/${members.members[2]!.guid}/challenges`),
  };
}

describe('the state database (--state-file)', () => {
  it('keeps every acknowledged write when the process is killed with SIGKILL under concurrent load', { timeout: 60_000 }, async () => {
    const file = tempFile('state.db');
    const first = await start(['--state-file', file, '--max-users', '100000']);
    const acknowledged = new Map<string, { guid: string; identifier: string }[]>();
    let killed = false;
    let written = 0;
    const writer = async (tenant: string, lane: number) => {
      for (let n = 0; !killed; n += 1) {
        const identifier = `lane-${lane}-${n}`;
        try {
          const response = await call(first.url, 'POST', '/users', { user: { identifier } }, as(tenant));
          if (response.status !== 200) throw new Error(`POST /users answered ${response.status}`);
          const { user } = (await response.json()) as { user: { guid: string } };
          acknowledged.set(tenant, [...(acknowledged.get(tenant) ?? []), { guid: user.guid, identifier }]);
          written += 1;
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, lane) => writer(`tenant-${lane % 4}`, lane));
    while (written < 200) await new Promise((resolve) => setImmediate(resolve));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    await first.exited;

    const second = await start(['--state-file', file, '--max-users', '100000']);
    for (const [tenant, users] of acknowledged) {
      const listed = (await (await call(second.url, 'GET', '/users?records_per_page=1000', undefined, as(tenant))).json()) as { users: { guid: string; identifier: string }[] };
      const kept = new Map(listed.users.map((user) => [user.guid, user.identifier]));
      for (const user of users) expect(kept.get(user.guid)).toBe(user.identifier);
      const next = (await (await call(second.url, 'POST', '/users', { user: { identifier: 'after-restart' } }, as(tenant))).json()) as { user: { guid: string } };
      expect(kept.has(next.user.guid)).toBe(false);
    }
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('resumes exactly after SIGKILL: ids, job phases, clock offsets, scenario activations, OAuth windows', { timeout: 60_000 }, async () => {
    const file = tempFile('state.db');
    const first = await start(['--state-file', file]);
    const user = ((await (await call(first.url, 'POST', '/users', { user: { identifier: 'resume' } })).json()) as { user: { guid: string } }).user.guid;
    const challenged = ((await (await call(first.url, 'POST', `/users/${user}/members`, { member: MXBANK('challenge') })).json()) as { member: { guid: string } }).member.guid;
    await call(first.url, 'GET', `/users/${user}/members/${challenged}/status`);
    const aggregating = ((await (await call(first.url, 'POST', `/users/${user}/members`, { member: { ...MXBANK('password'), identifier: 'second' } })).json()) as { member: { guid: string } }).member.guid;
    await call(first.url, 'GET', `/users/${user}/members/${aggregating}/status`);
    const oauth = ((await (await call(first.url, 'POST', `/users/${user}/members`, { member: { institution_code: 'mx_bank_oauth', is_oauth: true } })).json()) as { member: { guid: string; oauth_window_uri: string } }).member;
    expect((await call(first.url, 'POST', '/__mock/clock/advance', { by: '90s' })).status).toBe(200);
    expect((await call(first.url, 'POST', '/__mock/scenarios/denied/activate', { member_guid: aggregating })).status).toBe(200);
    const before = await (await call(first.url, 'GET', '/__mock/state')).json();
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await start(['--state-file', file]);
    expect(await (await call(second.url, 'GET', '/__mock/state')).json()).toEqual(before);
    const window = await fetch(`${second.url}${new URL(oauth.oauth_window_uri).pathname}`);
    expect(window.status).toBe(200);
    expect(((await (await call(second.url, 'GET', `/users/${user}/members/${oauth.guid}`)).json()) as { member: { connection_status: string } }).member.connection_status).toBe('CONNECTED');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('is readable by its owner only (mode 0600)', async () => {
    const file = tempFile('state.db');
    const running = await start(['--state-file', file]);
    expect((await call(running.url, 'POST', '/users', { user: { identifier: 'private' } })).status).toBe(200);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    running.child.kill('SIGTERM');
    await running.exited;
  });

  it('refuses a corrupt database, or one a newer version wrote, with one clear line and exit 2, leaving it untouched', async () => {
    const corrupt = tempFile('state.db');
    writeFileSync(corrupt, 'SQLite format 3\u0000 but then garbage, not pages');
    const refused = launch(['start', '--port', '0', '--state-file', corrupt]);
    expect(await refused.exited).toBe(2);
    expect(refused.stderr().trim().split('\n')).toHaveLength(1);
    expect(refused.stderr()).toContain(`Cannot use the state file ${corrupt}: it cannot be read as a database`);
    expect(readFileSync(corrupt, 'utf8')).toBe('SQLite format 3\u0000 but then garbage, not pages');

    const newer = tempFile('state.db');
    const db = new Database(newer);
    db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('format', 'atrium-mock/state'), ('version', '99');");
    db.close();
    const bytes = readFileSync(newer);
    const later = launch(['start', '--port', '0', '--state-file', newer]);
    expect(await later.exited).toBe(2);
    expect(later.stderr()).toContain('it was written by a newer atrium-mock (layout 99); this one reads layout 1');
    expect(readFileSync(newer).equals(bytes)).toBe(true);
  });

  it('imports a JSON state file of the old format once, and keeps the JSON file beside the database', { timeout: 60_000 }, async () => {
    const file = tempFile('state.json');
    copyFileSync(fixture('state-v1.json'), file);
    const first = await start(['--state-file', file]);
    expect(first.lines.some((line) => line.includes('imported 1 tenant(s) from the JSON state file'))).toBe(true);
    expect(readFileSync(`${file}.v1.json`, 'utf8')).toBe(readFileSync(fixture('state-v1.json'), 'utf8'));
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
    const read = async (path: string) => {
      const response = await call(first.url, 'GET', path, undefined, as('legacy'));
      return response.status === 204 ? null : response.json();
    };
    const views = await v1Views(read);
    for (const view of ['user', 'accounts', 'transactions', 'owners', 'numbers', 'statements'] as const) expect(views[view]).toEqual(V1_VIEWS[view]);
    first.child.kill('SIGTERM');
    await first.exited;
    const second = await start(['--state-file', file]);
    expect(second.lines.some((line) => line.includes('imported'))).toBe(false);
    expect(await (await call(second.url, 'GET', `/users/${V1_USER}`, undefined, as('legacy'))).json()).toEqual(V1_VIEWS.user);
    second.child.kill('SIGTERM');
    await second.exited;
  });

  it('refuses a JSON state file with an invalid tenant, naming it, and leaves the file as it was', async () => {
    const file = tempFile('state.json');
    writeFileSync(file, '{"format":"atrium-mock/state-file","version":1,"tenants":{"t":{"format":"nope"}}}');
    const launched = launch(['start', '--port', '0', '--state-file', file]);
    expect(await launched.exited).toBe(2);
    expect(launched.stderr()).toContain(`Cannot use the state file ${file}: tenant "t": Invalid snapshot`);
    expect(readFileSync(file, 'utf8')).toBe('{"format":"atrium-mock/state-file","version":1,"tenants":{"t":{"format":"nope"}}}');
    expect(existsSync(`${file}.v1.json`)).toBe(false);
  });
});

describe('tenants in memory', () => {
  it('restores a version 1 snapshot so that the API answers what it answered before', async () => {
    const app = createTestApp();
    const legacy = app.as('legacy');
    const snapshot = (JSON.parse(readFileSync(fixture('state-v1.json'), 'utf8')) as { tenants: Record<string, unknown> }).tenants.legacy;
    await legacy.put('/__mock/state', snapshot as object).expect(200, { restored: true, users: 1 });
    const read = async (path: string) => {
      const response = await legacy.get(path);
      return response.status === 204 ? null : response.body;
    };
    const { challenges, ...views } = await v1Views(read);
    const { challenges: expected, ...expectedViews } = V1_VIEWS;
    expect(views).toEqual(Object.fromEntries(Object.entries(expectedViews).filter(([name]) => name !== 'oauth_window_uri')));
    expect((challenges as { challenges: unknown[] }).challenges).toEqual((expected as { challenges: unknown[] }).challenges);
  });

  it('answers the same bytes whether a tenant stayed in memory or was evicted and rebuilt from its log', async () => {
    const steady = createTestApp({ maxUsers: 1000 });
    const evicting = createTestApp({ maxUsers: 1000, maxResidentTenants: 1 });
    const session = async (app: TestApp) => {
      const seen: unknown[] = [];
      const tenants = ['t-0', 't-1', 't-2'].map((id) => app.as(id));
      const users = await Promise.all(tenants.map((tenant) => tenant.createUser({ identifier: 'first' })));
      const members: string[] = [];
      for (const [index, tenant] of tenants.entries()) members.push((await tenant.createMember(users[index]!, index === 1 ? 'challenge' : 'password')).guid);
      for (let round = 0; round < 6; round += 1) {
        for (const [index, tenant] of tenants.entries()) {
          seen.push((await tenant.get(`/users/${users[index]}/members/${members[index]}/status`)).body);
          seen.push((await tenant.post('/users', { user: { identifier: `round-${round}` } })).body);
        }
      }
      // enough commands for the log of t-0 to be compacted into its snapshot at least once
      for (let n = 0; n < 140; n += 1) await tenants[0]!.post('/users', { user: { identifier: `bulk-${n}` } }).expect(200);
      await new Promise((resolve) => setImmediate(resolve));
      for (const [index, tenant] of tenants.entries()) {
        await tenant.post(`/users/${users[index]}/members/${members[index]}/identify`);
        for (let poll = 0; poll < 6; poll += 1) seen.push((await tenant.get(`/users/${users[index]}/members/${members[index]}/status`)).body);
        seen.push((await tenant.get(`/users/${users[index]}/transactions?from_date=2025-10-01`)).body);
        seen.push((await tenant.get(`/users/${users[index]}/members/${members[index]}/account_owners`)).body);
        seen.push((await tenant.get('/__mock/state')).body);
      }
      return seen;
    };
    expect(await session(evicting)).toEqual(await session(steady));
    expect(evicting.deps.tenants.residentCount).toBe(1);
  });

  it('refuses a new tenant past --max-tenants with 503 and a clear message, and keeps the ones it has', async () => {
    const app = createTestApp({ maxTenants: 2 });
    await app.as('one').createUser();
    await app.as('two').createUser();
    const refused = await app.as('three').post('/users', { user: { identifier: 'x' } }).expect(503);
    expect(refused.body.error).toEqual({ message: expect.stringContaining('already keeps 2 tenants, its limit (--max-tenants)'), mock_error: true });
    await app.as('three').get('/users').expect(200, { users: [], pagination: { current_page: 1, per_page: 25, total_entries: 0, total_pages: 1 } });
    expect((await app.as('one').get('/users').expect(200)).body.users).toHaveLength(1);
    await app.as('two').post('/__mock/reset').expect(200);
    await app.as('three').post('/users', { user: { identifier: 'x' } }).expect(200);
    await request(app.app).get('/__mock/health').expect(200);
  });
});
