import { describe, expect, it } from 'vitest';
import { connectedMember, memberAt } from './support/data.js';
import { createTestApp, type AtriumAgent } from './support/test-app.js';

type Holding = Record<string, unknown> & { guid: string; account_guid: string; market_value: number };

async function investmentAccount(atrium: AtriumAgent, user: string) {
  const accounts = (await atrium.get(`/users/${user}/accounts`).expect(200)).body.accounts as Record<string, unknown>[];
  return accounts.find((account) => account.type === 'INVESTMENT')!;
}

describe('holdings', () => {
  it("holds MX's DEF / Guggenheim position in MX Bank's investment account, adding up to its holdings_value", async () => {
    const atrium = createTestApp().as();
    const { user, member } = await connectedMember(atrium);
    const account = await investmentAccount(atrium, user);
    const holdings = (await atrium.get(`/users/${user}/accounts/${account.guid}/holdings`).expect(200)).body.holdings as Holding[];
    expect(holdings.map((holding) => holding.symbol)).toEqual(['DEF', 'VTI', 'AAPL', 'VBTLX', 'MSFT']);
    expect(holdings[0]).toEqual({
      account_guid: account.guid,
      cost_basis: 827,
      created_at: '2026-01-15T12:00:00+00:00',
      currency_code: 'USD',
      cusip: '18383M878',
      daily_change: 2.5,
      description: 'Guggenheim Defensive Equity ETF',
      guid: expect.stringMatching(/^HOL-/),
      holding_type: 'EXCHANGE_TRADED_FUND',
      market_value: 989.5,
      member_guid: member,
      purchase_price: 137.83,
      shares: 6,
      symbol: 'DEF',
      updated_at: '2026-01-15T12:00:00+00:00',
      user_guid: user,
    });
    expect(holdings.reduce((sum, holding) => sum + holding.market_value, 0)).toBeCloseTo(account.holdings_value as number, 2);
    expect((await atrium.get(`/users/${user}/holdings/${holdings[0]!.guid}`).expect(200)).body).toEqual({ holding: holdings[0] });
  });

  it('lists per user, per member and per account, and only investment accounts have any', async () => {
    const atrium = createTestApp().as();
    const { user, member } = await connectedMember(atrium);
    const byUser = (await atrium.get(`/users/${user}/holdings`).expect(200)).body;
    expect(byUser.pagination).toEqual({ current_page: 1, per_page: 25, total_entries: 5, total_pages: 1 });
    expect((await atrium.get(`/users/${user}/members/${member}/holdings`).expect(200)).body).toEqual(byUser);
    const checking = (await atrium.get(`/users/${user}/accounts`).expect(200)).body.accounts[0];
    expect((await atrium.get(`/users/${user}/accounts/${checking.guid}/holdings`).expect(200)).body.holdings).toEqual([]);
    const page = (await atrium.get(`/users/${user}/holdings?records_per_page=10&page=2`).expect(200)).body;
    expect(page).toEqual({ holdings: [], pagination: { current_page: 2, per_page: 10, total_entries: 5, total_pages: 1 } });
  });

  it("answers 404 for another user's holding or account", async () => {
    const atrium = createTestApp().as();
    const owner = await connectedMember(atrium);
    const stranger = await atrium.createUser();
    const holding = (await atrium.get(`/users/${owner.user}/holdings`).expect(200)).body.holdings[0] as Holding;
    const response = await atrium.get(`/users/${stranger}/holdings/${holding.guid}`).expect(404);
    expect(response.body.error.message).toBe(`We were unable to find the record you requested: holding "${holding.guid}" of user "${stranger}".`);
    await atrium.get(`/users/${stranger}/accounts/${holding.account_guid}/holdings`).expect(404);
    await atrium.get(`/users/${stranger}/members/${owner.member}/holdings`).expect(404);
  });

  it('generates positions for investment accounts of other institutions that add up to the account', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    await atrium.pollUntilSettled(user, await memberAt(atrium, user, 'vanguard'));
    const accounts = (await atrium.get(`/users/${user}/accounts`).expect(200)).body.accounts as Record<string, unknown>[];
    for (const account of accounts) {
      const holdings = (await atrium.get(`/users/${user}/accounts/${account.guid}/holdings`).expect(200)).body.holdings as Holding[];
      expect(holdings.length).toBeGreaterThanOrEqual(3);
      expect(holdings.reduce((sum, holding) => sum + holding.market_value, 0)).toBeCloseTo(account.holdings_value as number, 2);
      for (const holding of holdings) expect(holding.holding_type).toMatch(/^(EQUITY|EXCHANGE_TRADED_FUND|MUTUAL_FUND|MONEY_MARKET|FIXED_INCOME)$/);
    }
  });

  it('answers the test user from the fixture, with the documented holding guid', async () => {
    const atrium = createTestApp().as();
    const holding = await atrium.get('/users/test_atrium/holdings/HOL-d65683e8-9eab-26bb-bcfd-ced159c9abe2').expect(200);
    expect(holding.body.holding).toMatchObject({ symbol: 'DEF', description: 'Guggenheim Defensive Equity ETF', member_guid: 'test_atrium_member' });
    expect((await atrium.get('/users/test_atrium/members/test_atrium_member/holdings').expect(200)).body.pagination.total_entries).toBe(2);
  });
});
