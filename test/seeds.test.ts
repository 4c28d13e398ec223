import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../src/index.js';
import { createTestApp } from './support/test-app.js';

describe('seeding the same set again in one tenant', () => {
  it('succeeds every time, with a user and member of its own', async () => {
    const atrium = createTestApp().as('one-tenant');
    const first = (await atrium.post('/__mock/seed', { set: 'identified-mxbank-member' }).expect(200)).body.created;
    const second = (await atrium.post('/__mock/seed', { set: 'identified-mxbank-member' }).expect(200)).body.created;
    expect(second.user_guid).not.toBe(first.user_guid);
    expect(second.member_guid).not.toBe(first.member_guid);
    const users = (await atrium.get('/users').expect(200)).body.users.map((user: { identifier: string }) => user.identifier);
    expect(users.sort()).toEqual(['script-user-1', 'script-user-2']);
    for (const { user_guid, member_guid } of [first, second]) {
      expect((await atrium.get(`/users/${user_guid}/members/${member_guid}/account_owners`).expect(200)).body.account_owners.length).toBeGreaterThan(0);
    }
  });

  it('gives the same guids and identifiers on every run with the same seed', async () => {
    const run = async () => {
      const atrium = createTestApp({ seed: 'repeatable' }).as('one-tenant');
      const created = [];
      for (const set of ['connected-mxbank-member', 'connected-mxbank-member', 'user-without-members']) {
        created.push((await atrium.post('/__mock/seed', { set }).expect(200)).body.created);
      }
      return { created, users: (await atrium.get('/users').expect(200)).body.users };
    };
    expect(await run()).toEqual(await run());
  });

  it('skips identifiers that users of the tenant already have', async () => {
    const atrium = createTestApp().as('one-tenant');
    await atrium.post('/users', { user: { identifier: 'script-user-1' } }).expect(200);
    const { user_guid } = (await atrium.post('/__mock/seed', { set: 'user-without-members' }).expect(200)).body.created;
    expect((await atrium.get(`/users/${user_guid}`).expect(200)).body.user.identifier).toBe('script-user-2');
  });

  it("still answers MX's 409 for an identifier the seed names itself", async () => {
    const atrium = createTestApp().as('one-tenant');
    const steps = [{ call: 'create_user', with: { identifier: 'steven' } }];
    await atrium.post('/__mock/seed', { steps }).expect(200);
    const clash = await atrium.post('/__mock/seed', { steps }).expect(422);
    expect(clash.body.error.message).toMatch(/^Seed failed at step 1 \(create_user\): answered 409/);
    expect(clash.body.error.message).toContain('already exists');
  });
});

describe('one createSimulator() for a file, a seed per test', () => {
  let sim: Simulator;
  const members: string[] = [];
  beforeAll(async () => {
    sim = await createSimulator();
  });
  afterAll(() => sim.close());

  it('seeds a member in the default tenant', async () => {
    members.push((await sim.seed('identified-mxbank-member')).member_guid!);
  });

  it('seeds the same set again in the same tenant', async () => {
    members.push((await sim.seed('identified-mxbank-member')).member_guid!);
    expect(new Set(members).size).toBe(2);
    const listed = await fetch(`${sim.url}/users`, { headers: { 'MX-API-Key': 'k', 'MX-Client-ID': sim.clientId } });
    expect(((await listed.json()) as { users: unknown[] }).users).toHaveLength(2);
  });
});
