import { describe, expect, it } from 'vitest';
import { connectedMember, everything, memberAt } from './support/data.js';
import { createTestApp } from './support/test-app.js';

describe('accounts', () => {
  it("lists a connected MX Bank member's accounts per user and per member, with MX's documented names and balance", async () => {
    const atrium = createTestApp().as();
    const { user, member } = await connectedMember(atrium);
    const byUser = await atrium.get(`/users/${user}/accounts`).expect(200);
    const byMember = await atrium.get(`/users/${user}/members/${member}/accounts`).expect(200);
    expect(byMember.body).toEqual(byUser.body);
    expect(byUser.body.pagination).toEqual({ current_page: 1, per_page: 25, total_entries: 4, total_pages: 1 });
    const accounts = byUser.body.accounts as Record<string, unknown>[];
    expect(accounts.map((account) => [account.name, account.type, account.subtype])).toEqual([
      ['Test Checking Account 1', 'CHECKING', null],
      ['Test Account 2', 'SAVINGS', 'MONEY_MARKET'],
      ['Test Credit Card', 'CREDIT_CARD', null],
      ['Test Investment Account', 'INVESTMENT', 'BROKERAGE'],
    ]);
    expect(accounts[1]).toMatchObject({ balance: 1000.23, available_balance: 1000.23, currency_code: 'USD', institution_code: 'mxbank' });
    for (const account of accounts) {
      expect(account).toMatchObject({ guid: expect.stringMatching(/^ACT-/), member_guid: member, user_guid: user, created_at: '2026-01-15T12:00:00+00:00' });
    }
  });

  it('reads an account through the user and through the member that holds it', async () => {
    const atrium = createTestApp().as();
    const { user, member } = await connectedMember(atrium);
    const first = (await atrium.get(`/users/${user}/accounts`).expect(200)).body.accounts[0];
    expect((await atrium.get(`/users/${user}/accounts/${first.guid}`).expect(200)).body).toEqual({ account: first });
    expect((await atrium.get(`/users/${user}/members/${member}/accounts/${first.guid}`).expect(200)).body).toEqual({ account: first });
  });

  it('answers 404 for an account under another member, another user or nobody', async () => {
    const atrium = createTestApp().as();
    const one = await connectedMember(atrium);
    const secondMember = (await atrium.createMember(one.user, 'password', { username: 'someone-else' })).guid;
    await atrium.pollUntilSettled(one.user, secondMember);
    const other = await connectedMember(atrium);
    const account = (await atrium.get(`/users/${one.user}/members/${one.member}/accounts`).expect(200)).body.accounts[0].guid;
    const wrongMember = await atrium.get(`/users/${one.user}/members/${secondMember}/accounts/${account}`).expect(404);
    expect(wrongMember.body).toEqual({ error: { message: `We were unable to find the record you requested: account "${account}" of member "${secondMember}".` } });
    const wrongUser = await atrium.get(`/users/${other.user}/accounts/${account}`).expect(404);
    expect(wrongUser.body.error.message).toBe(`We were unable to find the record you requested: account "${account}" of user "${other.user}".`);
    await atrium.get(`/users/${other.user}/members/${one.member}/accounts/${account}`).expect(404);
    await atrium.get(`/users/${one.user}/accounts/ACT-00000000-0000-0000-0000-000000000000`).expect(404);
    await atrium.get(`/users/USR-nobody/accounts`).expect(404);
    expect(await everything(atrium, `/users/${one.user}/accounts`, 'accounts')).toHaveLength(8);
  });

  it('has no accounts until a job reaches the institution', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = (await atrium.createMember(user, 'password', { skip_aggregation: true })).guid;
    const empty = await atrium.get(`/users/${user}/members/${member}/accounts`).expect(200);
    expect(empty.body).toEqual({ accounts: [], pagination: { current_page: 1, per_page: 25, total_entries: 0, total_pages: 1 } });
    const denied = (await atrium.createMember(user, 'INVALID', { username: 'denied' })).guid;
    await atrium.pollUntilSettled(user, denied);
    expect((await atrium.get(`/users/${user}/accounts`).expect(200)).body.accounts).toEqual([]);
  });

  it('gives members of other institutions accounts that fit the institution', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    await atrium.pollUntilSettled(user, await memberAt(atrium, user, 'fidelity'));
    const accounts = (await atrium.get(`/users/${user}/accounts`).expect(200)).body.accounts as Record<string, unknown>[];
    expect(accounts.length).toBeGreaterThan(0);
    for (const account of accounts) {
      expect(account).toMatchObject({ type: 'INVESTMENT', institution_code: 'fidelity', subtype: expect.stringMatching(/^(BROKERAGE|ROTH_IRA)$/) });
      expect(account.total_account_value).toBeCloseTo((account.cash_balance as number) + (account.holdings_value as number), 2);
    }
  });

  it('reads out-of-range page sizes as 25 and answers a page past the end with an empty page and the right pagination', async () => {
    const atrium = createTestApp().as();
    const { user } = await connectedMember(atrium);
    const list = (query: string) => atrium.get(`/users/${user}/accounts?${query}`).expect(200);
    expect((await list('records_per_page=0')).body.pagination).toEqual({ current_page: 1, per_page: 25, total_entries: 4, total_pages: 1 });
    expect((await list('records_per_page=10000')).body.pagination).toEqual({ current_page: 1, per_page: 25, total_entries: 4, total_pages: 1 });
    const past = await list('records_per_page=10&page=9');
    expect(past.body).toEqual({ accounts: [], pagination: { current_page: 9, per_page: 10, total_entries: 4, total_pages: 1 } });
    expect((await list('page=0')).body.pagination.current_page).toBe(1);
    expect((await list('page=-4&records_per_page=-2')).body.pagination).toMatchObject({ current_page: 1, per_page: 25 });
    const bad = await atrium.get(`/users/${user}/accounts?records_per_page=lots`).expect(400);
    expect(bad.body.error.message).toContain('query parameter records_per_page');
  });

  it('answers the test user from the fixture', async () => {
    const atrium = createTestApp().as();
    const accounts = (await atrium.get('/users/test_atrium/members/test_atrium_member/accounts').expect(200)).body.accounts as Record<string, unknown>[];
    expect(accounts.map((account) => account.guid)).toContain('ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1');
    expect(accounts.find((account) => account.name === 'Test Account 2')).toMatchObject({ type: 'SAVINGS', balance: 1000.23 });
    await atrium.get('/users/test_atrium/accounts/ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1').expect(200);
  });
});
