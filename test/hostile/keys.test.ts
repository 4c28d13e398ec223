import { readFileSync } from 'node:fs';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { controlPlaneSpecJsonPath } from '../../src/paths.js';
import { createTestApp } from '../support/test-app.js';
import { appWithLogs, clientsFile, expectHealthy, mx, mxError, stateOf } from './support.js';

// issue 10, section 5: keys mean something

const CLIENTS = { alice: 'alice-key-0001', bob: 'bob-key-0002' };
const ADMIN = 'admin-key-0003';

/** Every control-plane operation of the spec, with its path filled in. */
const operations = Object.entries(JSON.parse(readFileSync(controlPlaneSpecJsonPath, 'utf8')).paths as Record<string, Record<string, { operationId: string }>>).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ method, path: path.replace('{name}', 'denied').replace('{id}', 'FLT-1'), operationId: operation.operationId })),
);
const tenantOperations = operations.filter((operation) => operation.operationId !== 'health' && operation.operationId !== 'listTenants');

function send(app: Parameters<typeof request>[0], operation: { method: string; path: string }, headers: Record<string, string>, query = '') {
  const test = (request(app) as unknown as Record<string, (path: string) => request.Test>)[operation.method]!(`${operation.path}${query}`).set(headers);
  return operation.method === 'get' || operation.method === 'delete' ? test : test.send({});
}

async function guardedApp(adminKey?: string) {
  const app = createTestApp({ clientsFile: clientsFile(CLIENTS), adminKey: adminKey ?? null });
  const alice = { 'MX-Client-ID': 'alice', 'MX-API-Key': CLIENTS.alice };
  const bob = { 'MX-Client-ID': 'bob', 'MX-API-Key': CLIENTS.bob };
  await request(app.app).post('/users').set({ ...mx('alice', CLIENTS.alice) }).send({ user: { identifier: 'alice-user' } }).expect(200);
  await request(app.app).post('/users').set({ ...mx('bob', CLIENTS.bob) }).send({ user: { identifier: 'bob-user' } }).expect(200);
  return { ...app, alice, bob, states: async () => [await stateOf(app.app, 'alice', alice), await stateOf(app.app, 'bob', bob)] };
}

describe('keys mean something', () => {
  it('with a clients file, refuses every control-plane operation without a valid client id and key with 401, and changes nothing', async () => {
    const { app, alice, states } = await guardedApp();
    const before = await states();
    const wrong: [string, Record<string, string>][] = [
      ['no headers', {}],
      ['no key', { 'MX-Client-ID': 'alice' }],
      ['a wrong key', { 'MX-Client-ID': 'alice', 'MX-API-Key': 'guess' }],
      ["another client's key", { 'MX-Client-ID': 'alice', 'MX-API-Key': CLIENTS.bob }],
      ['an unknown client', { 'MX-Client-ID': 'mallory', 'MX-API-Key': CLIENTS.alice }],
    ];
    for (const operation of tenantOperations) {
      for (const [label, headers] of wrong) {
        const response = await send(app, operation, headers);
        expect(mxError(response, 401), `${operation.operationId} with ${label}`).toMatch(/^(Unauthorized|Send MX-Client-ID)/);
      }
      // the right key gets past the check (whatever the operation then says of an empty body)
      const allowed = await send(app, operation, alice);
      expect([401, 403], `${operation.operationId} with the right key answered ${allowed.status}`).not.toContain(allowed.status);
      // the reset just now emptied alice: make her again
      if (operation.operationId === 'reset') await request(app).post('/users').set(mx('alice', CLIENTS.alice)).send({ user: { identifier: 'alice-user' } }).expect(200);
    }
    const [aliceAfter, bobAfter] = await states();
    expect(bobAfter).toEqual(before[1]);
    expect((aliceAfter as { state: { users: object } }).state.users).toEqual((before[0] as { state: { users: object } }).state.users);
    await expectHealthy(app);
  });

  it('keeps GET /__mock/health open with a clients file', async () => {
    const { app } = await guardedApp();
    expect((await request(app).get('/__mock/health').expect(200)).body).toMatchObject({ status: 'ok', tenants: 2 });
  });

  it('refuses operations across tenants with 403 when a clients file is configured without an admin key, even to a valid client', async () => {
    const { app, alice, states } = await guardedApp();
    const before = await states();
    for (const [method, path] of [['post', '/__mock/reset?scope=all'], ['get', '/__mock/metrics?scope=all'], ['get', '/__mock/tenants']] as const) {
      for (const headers of [{}, alice, { ...alice, 'X-Mock-Admin-Key': 'anything-at-all' }]) {
        expect(mxError(await request(app)[method](path).set(headers), 403)).toBe('Operations across tenants are off: this simulator has a clients file and no --admin-key.');
      }
    }
    expect(await states()).toEqual(before);
  });

  it('lets operations across tenants through only with the admin key: 401 without it, 403 with a wrong one', async () => {
    const { app, alice, states } = await guardedApp(ADMIN);
    const before = await states();
    for (const [method, path] of [['post', '/__mock/reset?scope=all'], ['get', '/__mock/metrics?scope=all'], ['get', '/__mock/tenants']] as const) {
      expect(mxError(await request(app)[method](path), 401), path).toContain('X-Mock-Admin-Key');
      expect(mxError(await request(app)[method](path).set(alice), 401), path).toContain('X-Mock-Admin-Key');
      expect(mxError(await request(app)[method](path).set({ 'X-Mock-Admin-Key': 'admin-key-0004' }), 403), path).toContain('X-Mock-Admin-Key');
    }
    expect(await states()).toEqual(before);
    expect((await request(app).get('/__mock/tenants').set('X-Mock-Admin-Key', ADMIN).expect(200)).body.tenants).toEqual(['alice', 'bob']);
    await request(app).post('/__mock/reset?scope=all').set('X-Mock-Admin-Key', ADMIN).expect(200, { reset: 'all' });
    expect((await request(app).get('/__mock/tenants').set('X-Mock-Admin-Key', ADMIN).expect(200)).body.tenants).toEqual([]);
  });

  it('lets no tenant reach another with its own key, on the Atrium API or the control plane', async () => {
    const { app, states } = await guardedApp();
    const before = await states();
    const aliceAsBob = { 'MX-Client-ID': 'bob', 'MX-API-Key': CLIENTS.alice };
    mxError(await request(app).get('/users').set(mx('bob', CLIENTS.alice)), 401);
    mxError(await request(app).post('/users').set(mx('bob', CLIENTS.alice)).send({ user: { identifier: 'planted' } }), 401);
    mxError(await request(app).get('/__mock/state').set(aliceAsBob), 401);
    mxError(await request(app).put('/__mock/state').set(aliceAsBob).send(before[0] as object), 401);
    mxError(await request(app).post('/__mock/reset').set(aliceAsBob), 401);
    mxError(await request(app).get('/__mock/requests').set(aliceAsBob), 401);
    // nor is asking for every tenant where the operation has no such scope
    mxError(await request(app).get('/__mock/state?scope=all').set(aliceAsBob), 401);
    mxError(await request(app).put('/__mock/state?scope=all').set(aliceAsBob).send(before[0] as object), 401);
    expect(await states()).toEqual(before);
  });

  it('reads ?scope=all only where an operation has a scope: elsewhere it neither skips the tenant nor makes a tenant without a name', async () => {
    const { app } = createTestApp();
    for (const [method, path] of [['get', '/__mock/state?scope=all'], ['post', '/__mock/seed?scope=all'], ['put', '/__mock/state?scope=all'], ['get', '/__mock/requests?scope=all']] as const) {
      const response = await request(app)[method](path).send(method === 'get' ? undefined : { steps: [{ call: 'create_user' }] });
      expect(mxError(response, 401), path).toBe('Send MX-Client-ID to choose the tenant (with its MX-API-Key when the simulator has a clients file).');
    }
    expect((await request(app).get('/__mock/tenants').expect(200)).body.tenants).toEqual([]);
    // with a tenant it is that tenant's operation, as without the parameter
    await request(app).post('/__mock/seed?scope=all').set('MX-Client-ID', 'named').send({ steps: [{ call: 'create_user' }] }).expect(200);
    expect((await request(app).get('/__mock/tenants').expect(200)).body.tenants).toEqual(['named']);
  });

  it('draws OAuth window and Connect widget tokens from crypto randomness: two simulators with the same seed issue different ones, and the same ids', async () => {
    const issued = async () => {
      const tenant = createTestApp().as('victim');
      const user = await tenant.createUser({ identifier: 'victim' });
      const member = (await tenant.post(`/users/${user}/members`, { member: { institution_code: 'mx_bank_oauth', is_oauth: true } }).expect(202)).body.member;
      const widget = (await tenant.post(`/users/${user}/connect_widget_url`, {}).expect(200)).body.user.connect_widget_url as string;
      return { user, member: member.guid as string, oauth: new URL(member.oauth_window_uri as string).pathname, widget: new URL(widget).pathname };
    };
    const [first, second] = [await issued(), await issued()];
    expect(second.user).toBe(first.user);
    expect(second.member).toBe(first.member);
    expect(first.oauth).toMatch(/^\/oauth\/window\/[A-Za-z0-9]{48}$/);
    expect(second.oauth).not.toBe(first.oauth);
    expect(second.widget).not.toBe(first.widget);
  });

  it('never writes OAuth window or Connect widget tokens to its logs', async () => {
    const { app, lines } = appWithLogs();
    const headers = mx('logged');
    const user = (await request(app).post('/users').set(headers).send({ user: { identifier: 'logged' } }).expect(200)).body.user.guid as string;
    const member = (await request(app).post(`/users/${user}/members`).set(headers).send({ member: { institution_code: 'mx_bank_oauth', is_oauth: true } }).expect(202)).body.member;
    const widget = new URL((await request(app).post(`/users/${user}/connect_widget_url`).set(headers).send({}).expect(200)).body.user.connect_widget_url as string);
    // asking again issues a new window (the first one's token is void)
    const again = (await request(app).get(`/users/${user}/members/${member.guid}/oauth_window_uri`).set(headers).expect(200)).body.member;
    const oauth = new URL(again.oauth_window_uri as string);
    await request(app).get(new URL(member.oauth_window_uri as string).pathname).expect(404);
    await request(app).get(oauth.pathname).expect(200);
    await request(app).get(widget.pathname).expect(200);
    await request(app).get('/oauth/window/not-a-token-anyone-issued').expect(404);
    const tokens = [new URL(member.oauth_window_uri as string).pathname, oauth.pathname, widget.pathname].map((path) => path.split('/').pop()!);
    expect(lines.length).toBeGreaterThan(4);
    for (const token of tokens) expect(lines.filter((line) => line.includes(token))).toEqual([]);
    // the lines still say which page was opened
    expect(lines.some((line) => line.includes('"path":"/oauth/window/:token"'))).toBe(true);
  });
});
