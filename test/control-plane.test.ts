import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { MXBANK_PASSWORD, createTestApp } from './support/test-app.js';

describe('control plane /__mock', () => {
  it('reports health without any tenant header', async () => {
    const { app } = createTestApp();
    const response = await request(app).get('/__mock/health').expect(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body).toMatchObject({ status: 'ok', scenarios: expect.any(Number), tenants: 0 });
  });

  it('needs MX-Client-ID for tenant operations', async () => {
    const { app } = createTestApp();
    const response = await request(app).get('/__mock/state').expect(401);
    expect(response.body.error.message).toContain('MX-Client-ID');
  });

  it('resets one tenant without touching another, or all of them with scope=all', async () => {
    const app = createTestApp();
    const alice = app.as('alice');
    const bob = app.as('bob');
    await alice.createUser();
    await bob.createUser();
    await alice.post('/__mock/reset').expect(200, { reset: 'alice' });
    expect((await alice.get('/users')).body.users).toEqual([]);
    expect((await bob.get('/users')).body.users).toHaveLength(1);
    await request(app.app).post('/__mock/reset?scope=all').expect(200, { reset: 'all' });
    expect((await bob.get('/users')).body.users).toEqual([]);
  });

  it('lists scenarios and refuses an unknown one with 404 naming the known ones', async () => {
    const atrium = createTestApp().as();
    const list = await atrium.get('/__mock/scenarios').expect(200);
    expect(list.body.scenarios.map((scenario: { name: string }) => scenario.name)).toContain('mfa-text-follow-up');
    const unknown = await atrium.post('/__mock/scenarios/no-such-thing/activate').expect(404);
    expect(unknown.body.error.message).toMatch(/^Unknown scenario "no-such-thing"\. Known scenarios: .*mfa-options/);
  });

  it('forces a scenario on the whole tenant, whatever the credentials say', async () => {
    const atrium = createTestApp().as();
    const activated = await atrium.post('/__mock/scenarios/locked/activate').expect(200);
    expect(activated.body.scenario).toMatchObject({ name: 'locked', active_for_tenant: true });
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password');
    expect((await atrium.pollUntilSettled(user, member.guid)).at(-1)).toMatchObject({ connection_status: 'LOCKED' });
    await atrium.post('/__mock/scenarios/deactivate').expect(204);
    await atrium.post(`/users/${user}/members/${member.guid}/aggregate`).expect(202);
    expect((await atrium.pollUntilSettled(user, member.guid)).at(-1)).toMatchObject({ connection_status: 'CONNECTED' });
  });

  it('forces a scenario on one member only', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const forced = await atrium.createMember(user, 'password', { skip_aggregation: true });
    const other = await atrium.createMember(user, 'password', { skip_aggregation: true, username: 'someone-else' });
    const activated = await atrium.post('/__mock/scenarios/mfa-token/activate', { member_guid: forced.guid }).expect(200);
    expect(activated.body.scenario).toMatchObject({ active_for_tenant: false, active_for_members: [forced.guid] });
    await atrium.post(`/users/${user}/members/${forced.guid}/identify`).expect(200);
    await atrium.post(`/users/${user}/members/${other.guid}/identify`).expect(200);
    expect((await atrium.pollUntilSettled(user, forced.guid)).at(-1)).toMatchObject({ connection_status: 'CHALLENGED' });
    expect((await atrium.pollUntilSettled(user, other.guid)).at(-1)).toMatchObject({ connection_status: 'CONNECTED' });
    await atrium.post('/__mock/scenarios/locked/activate', { member_guid: 'MBR-nope' }).expect(404);
  });

  it('moves one tenant\'s clock, which expires that tenant\'s challenges only', async () => {
    const app = createTestApp();
    const alice = app.as('alice');
    const bob = app.as('bob');
    const challenged = async (atrium: typeof alice) => {
      const user = await atrium.createUser();
      const member = await atrium.createMember(user, 'challenge');
      await atrium.pollUntilSettled(user, member.guid);
      return { user, member: member.guid };
    };
    const a = await challenged(alice);
    const b = await challenged(bob);
    expect((await alice.get('/__mock/clock').expect(200)).body).toEqual({ now: '2026-01-15T12:00:00+00:00', now_ms: Date.UTC(2026, 0, 15, 12), offset_ms: 0 });
    const advanced = await alice.post('/__mock/clock/advance', { by: '5m' }).expect(200);
    expect(advanced.body).toMatchObject({ now: '2026-01-15T12:05:00+00:00', offset_ms: 300_000 });
    expect((await alice.status(a.user, a.member)).body.member.connection_status).toBe('EXPIRED');
    expect((await bob.status(b.user, b.member)).body.member.connection_status).toBe('CHALLENGED');
    await alice.post('/__mock/clock/advance', { by: 'soon' }).expect(400);
    await alice.post('/__mock/clock/advance', { ms: -5 }).expect(400);
  });

  it('arms a status fault on a path pattern, limited by count, and lists and clears faults', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const armed = await atrium.post('/__mock/faults', { method: 'GET', path: '/users/*', status: 503, count: 2 }).expect(201);
    expect(armed.body.fault).toMatchObject({ id: 'FLT-1', status: 503, count: 2, hits: 0 });
    const failed = await atrium.get(`/users/${user}`).expect(503);
    expect(failed.headers['x-mock-fault']).toBe('FLT-1');
    expect(failed.body).toEqual({ error: { message: 'Injected fault FLT-1: the simulated Atrium answered 503.' } });
    await atrium.get(`/users/${user}`).expect(503);
    await atrium.get(`/users/${user}`).expect(200);
    expect((await atrium.get('/__mock/faults').expect(200)).body.faults).toEqual([]);
    await atrium.post('/__mock/faults', { path: '/users', status: 500, message: 'boom' }).expect(201);
    expect((await atrium.get('/users').expect(500)).body).toEqual({ error: { message: 'boom' } });
    await atrium.delete('/__mock/faults').expect(204);
    await atrium.get('/users').expect(200);
  });

  it('hits every Nth request, or a seeded share of them, and stops after its duration', async () => {
    const atrium = createTestApp().as();
    await atrium.post('/__mock/faults', { path: '/institutions', status: 502, every: 2 }).expect(201);
    const every = [];
    for (let i = 0; i < 4; i += 1) every.push((await atrium.get('/institutions')).status);
    expect(every).toEqual([200, 502, 200, 502]);
    await atrium.delete('/__mock/faults').expect(204);
    await atrium.post('/__mock/faults', { path: '/institutions', status: 500, rate: 0.5, duration: '1m' }).expect(201);
    const sampled = [];
    for (let i = 0; i < 40; i += 1) sampled.push((await atrium.get('/institutions')).status);
    const failures = sampled.filter((status) => status === 500).length;
    expect(failures).toBeGreaterThan(5);
    expect(failures).toBeLessThan(35);
    await atrium.post('/__mock/clock/advance', { by: '1m' }).expect(200);
    await atrium.get('/institutions').expect(200);
  });

  it('adds latency without failing the request', async () => {
    const { as, sleeps } = createTestApp();
    const atrium = as();
    await atrium.post('/__mock/faults', { path: '/institutions/*', latency_ms: 750 }).expect(201);
    await atrium.get('/institutions/mxbank').expect(200);
    await atrium.get('/institutions').expect(200);
    expect(sleeps).toEqual([750]);
    await atrium.post('/__mock/faults', { path: '/institutions/**', latency_ms: 20, status: 504 }).expect(201);
    await atrium.get('/institutions').expect(504);
    expect(sleeps).toEqual([750, 20]);
  });

  it('refuses an invalid fault with 400 naming the field', async () => {
    const atrium = createTestApp().as();
    const missing = await atrium.post('/__mock/faults', { path: '/users' }).expect(400);
    expect(missing.body.error.message).toBe('Invalid fault: status: a fault needs a status, a latency_ms, or both.');
    const badStatus = await atrium.post('/__mock/faults', { path: '/users', status: 200 }).expect(400);
    expect(badStatus.body.error.message).toContain('request body status must be >= 400');
    const badDuration = await atrium.post('/__mock/faults', { path: '/users', status: 500, duration: 'forever' }).expect(400);
    expect(badDuration.body.error.message).toContain('duration');
  });

  it('never lets a fault leak into another tenant', async () => {
    const app = createTestApp();
    await app.as('alice').post('/__mock/faults', { path: '/**', status: 500 }).expect(201);
    await app.as('alice').get('/users').expect(500);
    await app.as('bob').get('/users').expect(200);
    expect((await app.as('bob').get('/__mock/faults')).body.faults).toEqual([]);
  });

  it('journals requests newest first with credentials and challenge answers masked', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'challenge');
    const status = (await atrium.pollUntilSettled(user, member.guid)).at(-1)!;
    const guid = (status.challenges as { guid: string }[])[0]!.guid;
    await atrium.put(`/users/${user}/members/${member.guid}/resume`, { member: { challenges: [{ guid, value: 'my-secret-answer' }] } }).expect(202);
    await atrium.get('/users/USR-missing').expect(404);
    const journal = (await atrium.get('/__mock/requests').expect(200)).body.requests;
    expect(journal[0]).toMatchObject({ method: 'GET', path: '/users/USR-missing', status: 404, operation_id: 'readUser', response_body: { error: expect.any(Object) } });
    expect(journal[1]).toMatchObject({ method: 'PUT', status: 202, operation_id: 'resumeMember', request_body: { member: { challenges: [{ guid, value: '****' }] } } });
    const created = journal.find((entry: { operation_id: string }) => entry.operation_id === 'createMember');
    expect(created.request_body.member.credentials).toEqual([
      { guid: expect.stringMatching(/^CRD-/), value: '****' },
      { guid: MXBANK_PASSWORD, value: '****' },
    ]);
    expect(JSON.stringify(journal)).not.toContain('my-secret-answer');
    expect(JSON.stringify(journal)).not.toContain('"challenge"');
    const notFound = (await atrium.get('/__mock/requests?status=4xx').expect(200)).body.requests;
    expect(notFound.map((entry: { status: number }) => entry.status)).toEqual([404]);
    const byPath = (await atrium.get('/__mock/requests?path=/users/*/members&limit=1').expect(200)).body.requests;
    expect(byPath).toHaveLength(1);
    expect(byPath[0].operation_id).toBe('createMember');
  });

  it('keeps only the newest journal entries (bounded ring)', async () => {
    const atrium = createTestApp({ journalSize: 3 }).as();
    for (let i = 0; i < 5; i += 1) await atrium.get(`/users/USR-${i}`).expect(404);
    const journal = (await atrium.get('/__mock/requests').expect(200)).body.requests;
    expect(journal.map((entry: { path: string }) => entry.path)).toEqual(['/users/USR-4', '/users/USR-3', '/users/USR-2']);
  });

  it('counts requests by operation and status, per tenant and for all', async () => {
    const app = createTestApp();
    const atrium = app.as('alice');
    await atrium.createUser();
    await atrium.get('/users/USR-x').expect(404);
    await atrium.get('/nowhere').expect(404);
    await app.as('bob').get('/users').expect(200);
    const metrics = (await atrium.get('/__mock/metrics').expect(200)).body;
    expect(metrics).toEqual({ total: 3, by_status: { '200': 1, '404': 2 }, by_operation: { createUser: { '200': 1 }, readUser: { '404': 1 }, unmatched: { '404': 1 } } });
    expect((await request(app.app).get('/__mock/metrics?scope=all').expect(200)).body.total).toBe(4);
  });

  it('seeds a named fixture set and reports the guids it created', async () => {
    const atrium = createTestApp().as();
    const sets = (await atrium.get('/__mock/seed').expect(200)).body.sets.map((set: { name: string }) => set.name);
    expect(sets).toEqual(expect.arrayContaining(['connected-mxbank-member', 'identified-mxbank-member', 'challenged-mxbank-member']));
    const seeded = await atrium.post('/__mock/seed', { set: 'identified-mxbank-member' }).expect(200);
    const { user, member } = seeded.body.created;
    expect(user).toMatch(/^USR-/);
    expect(seeded.body.created).toMatchObject({ user_guid: user, member_guid: member });
    expect((await atrium.get(`/users/${user}/members/${member}/account_owners`).expect(200)).body.account_owners.length).toBeGreaterThan(0);
    const unknown = await atrium.post('/__mock/seed', { set: 'nope' }).expect(404);
    expect(unknown.body.error.message).toContain('Known sets: aggregating-mxbank-member');
  });

  it('seeds inline steps and names the step that did not get what it expected', async () => {
    const atrium = createTestApp().as();
    const seeded = await atrium
      .post('/__mock/seed', { steps: [{ call: 'create_user', with: { identifier: 'seeded' } }, { call: 'create_member', with: { skip_aggregation: true } }] })
      .expect(200);
    expect((await atrium.get(`/users/${seeded.body.created.user_guid}`).expect(200)).body.user.identifier).toBe('seeded');
    const failed = await atrium.post('/__mock/seed', { steps: [{ call: 'create_user' }, { call: 'create_member', with: { institution_code: 'nowhere' } }] }).expect(422);
    expect(failed.body.error.message).toMatch(/^Seed failed at step 2 \(create_member\): institution "nowhere" answered 404/);
    await atrium.post('/__mock/seed', { steps: [{ call: 'fly' }] }).expect(400);
  });

  it('snapshots state and restores it exactly, into the same or another tenant', async () => {
    const app = createTestApp();
    const alice = app.as('alice');
    await alice.post('/__mock/seed', { set: 'challenged-mxbank-member' }).expect(200);
    const snapshot = (await alice.get('/__mock/state').expect(200)).body;
    expect(snapshot).toMatchObject({ format: 'atrium-mock/tenant-snapshot', version: 2 });
    await alice.createUser({ identifier: 'after-snapshot' });
    await alice.put('/__mock/state', snapshot).expect(200, { restored: true, users: 1 });
    expect((await alice.get('/__mock/state')).body).toEqual(snapshot);
    await app.as('carol').put('/__mock/state', snapshot).expect(200);
    const carolState = (await app.as('carol').get('/__mock/state')).body;
    expect({ ...carolState.state, tenant_id: 'alice' }).toEqual(snapshot.state);
  });

  it('refuses an invalid snapshot with 400 and keeps the current state', async () => {
    const atrium = createTestApp().as();
    await atrium.post('/__mock/seed', { set: 'connected-mxbank-member' }).expect(200);
    const before = (await atrium.get('/__mock/state')).body;
    const broken = structuredClone(before);
    const user = Object.values(broken.state.users as Record<string, { read_only: boolean; members: Record<string, { member: { connection_status: string } }> }>).find((u) => !u.read_only)!;
    Object.values(user.members)[0]!.member.connection_status = 'SLEEPING';
    const refused = await atrium.put('/__mock/state', broken).expect(400);
    expect(refused.body.error.message).toMatch(/^Invalid snapshot: state\.users\.USR-[^.]+\.members\.MBR-[^.]+\.member: Member\/connection_status must be equal to one of the allowed values/);
    await atrium.put('/__mock/state', { format: 'something-else', version: 1, state: {} }).expect(400);
    expect((await atrium.get('/__mock/state')).body).toEqual(before);
  });

  it('treats ids named like built-in properties as ids like any other, in requests and in snapshots', async () => {
    const atrium = createTestApp().as();
    for (const name of ['__proto__', 'constructor', 'toString']) {
      await atrium.post('/__mock/scenarios/denied/activate', { member_guid: name }).expect(404);
      await atrium.get(`/users/${name}`).expect(404);
    }
    await atrium.createUser({ identifier: 'proto' });
    const snapshot = (await atrium.get('/__mock/state')).body;
    const [guid] = Object.keys(snapshot.state.users);
    const renamed = JSON.stringify(snapshot).replaceAll(guid!, '__proto__');
    await atrium.put('/__mock/state').set('Content-Type', 'application/json').send(renamed).expect(200, { restored: true, users: 1 });
    expect((await atrium.get('/users/__proto__').expect(200)).body.user).toMatchObject({ guid: '__proto__', identifier: 'proto' });
    expect((await atrium.get('/users').expect(200)).body.users.map((user: { guid: string }) => user.guid)).toEqual(['__proto__']);
    const restored = (await atrium.get('/__mock/state')).body;
    expect(Object.keys(restored.state.users)).toEqual(['__proto__']);
    const poisoned = `{"format":"atrium-mock/tenant-snapshot","version":2,"state":${JSON.stringify(restored.state).replace('"users":{', '"users":{"constructor":{"polluted":true},')}}`;
    const refused = await atrium.put('/__mock/state').set('Content-Type', 'application/json').send(poisoned).expect(400);
    expect(refused.body.error.message).toContain('state.users.constructor.user: User must be object');
    const bad = renamed.replace('"identifier":"proto"', '"identifier":"proto","polluted":true');
    expect((await atrium.put('/__mock/state').set('Content-Type', 'application/json').send(bad).expect(400)).body.error.message).toContain('state.users.__proto__.user: User');
    expect((await atrium.get('/__mock/state')).body).toEqual(restored);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).forced_scenario).toBeUndefined();
  });

  it('answers an unknown control-plane path with 404 and a wrong method with 405', async () => {
    const atrium = createTestApp().as();
    await atrium.get('/__mock/nothing').expect(404);
    const wrong = await atrium.delete('/__mock/clock').expect(405);
    expect(wrong.headers.allow).toBe('GET');
  });
});
