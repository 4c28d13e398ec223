import { describe, expect, it } from 'vitest';
import { createTestApp } from './support/test-app.js';

const BASE = '/users/test_atrium/members/test_atrium_member';

describe('test GUIDs test_atrium / test_atrium_member', () => {
  it('identifies without starting anything and lists the Donnie Darko owners, in any tenant', async () => {
    const app = createTestApp();
    for (const tenant of ['client-a', 'client-b']) {
      const atrium = app.as(tenant);
      const identified = await atrium.post(`${BASE}/identify`).expect(200);
      expect(identified.body.member).toMatchObject({ guid: 'test_atrium_member', user_guid: 'test_atrium', connection_status: 'CONNECTED', is_being_aggregated: false });
      const owners = await atrium.get(`${BASE}/account_owners`).expect(200);
      expect(owners.body.account_owners[0]).toEqual({
        account_guid: 'ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1',
        address: '123 This Way',
        city: 'Middlesex',
        country: 'US',
        email: 'donnie@darko.co',
        guid: 'ACO-63dc7714-6fc0-4aa2-a069-c06cdccd1af9',
        member_guid: 'test_atrium_member',
        owner_name: 'Donnie Darko',
        phone: '555-555-5555',
        postal_code: '00000-0000',
        state: 'VA',
        user_guid: 'test_atrium',
      });
    }
  });

  it('answers every job endpoint with 200 and a connected, idle member', async () => {
    const atrium = createTestApp().as();
    for (const job of ['identify', 'verify', 'aggregate', 'balance', 'extend_history', 'fetch_statements']) {
      const response = await atrium.post(`${BASE}/${job}`).expect(200);
      expect(response.body.member).toMatchObject({ connection_status: 'CONNECTED', is_being_aggregated: false });
    }
    const status = await atrium.get(`${BASE}/status`).expect(200);
    expect(status.body.member).toMatchObject({ connection_status: 'CONNECTED', is_being_aggregated: false, is_authenticated: true });
  });

  it('reads the fixture user and member but refuses to change or delete them with 405', async () => {
    const atrium = createTestApp().as();
    await atrium.get('/users/test_atrium').expect(200);
    await atrium.get(BASE).expect(200);
    await atrium.delete('/users/test_atrium').expect(405);
    await atrium.delete(BASE).expect(405);
    await atrium.put('/users/test_atrium', { user: { metadata: 'x' } }).expect(405);
    await atrium.put(BASE, { member: { metadata: 'x' } }).expect(405);
    await atrium.post('/users/test_atrium/members', { member: { institution_code: 'mxbank', credentials: [] } }).expect(405);
    expect((await atrium.get('/users/test_atrium').expect(200)).body.user.metadata).toBeNull();
  });

  it('neither lists nor counts the fixture user among the client\'s users', async () => {
    const atrium = createTestApp({ maxUsers: 1 }).as();
    expect((await atrium.get('/users').expect(200)).body.pagination.total_entries).toBe(0);
    await atrium.createUser();
  });

  it("answers identical transaction bodies all day, with timestamps from each transaction's own day, and dates them anew the next day", async () => {
    const app = createTestApp();
    const atrium = app.as();
    const first = (await atrium.get('/users/test_atrium/transactions').expect(200)).body;
    app.clock.advance(3_600_000);
    expect((await atrium.get('/users/test_atrium/transactions').expect(200)).body).toEqual(first);
    const wholeFoods = (await atrium.get('/users/test_atrium/transactions/TRN-265abee9-889b-af6a-c69b-25157db2bdd9').expect(200)).body.transaction;
    expect(first.transactions).toContainEqual(wholeFoods);
    expect(wholeFoods).toMatchObject({
      date: '2026-01-12',
      status: 'POSTED',
      transacted_at: '2026-01-12T13:00:00+00:00',
      posted_at: '2026-01-13T06:00:00+00:00',
      created_at: '2026-01-13T06:00:00+00:00',
      updated_at: '2026-01-13T06:00:00+00:00',
    });
    app.clock.advance(86_400_000);
    const nextDay = (await atrium.get('/users/test_atrium/transactions/TRN-265abee9-889b-af6a-c69b-25157db2bdd9').expect(200)).body.transaction;
    expect(nextDay).toMatchObject({ date: '2026-01-13', created_at: '2026-01-14T06:00:00+00:00' });
  });

  it('keeps the test fixture out of every tenant: reading it stores nothing', async () => {
    const atrium = createTestApp().as('fresh-tenant');
    await atrium.get('/users/test_atrium/accounts').expect(200);
    await atrium.get('/users/test_atrium/members/test_atrium_member/holdings').expect(200);
    expect((await atrium.get('/users/test_atrium/members/test_atrium_member/transactions').expect(200)).body.transactions).toHaveLength(13);
    expect((await atrium.get('/__mock/state').expect(200)).body.state.users).toEqual({});
  });
});
