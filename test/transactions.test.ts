import { describe, expect, it } from 'vitest';
import { connectedMember, everything, runJob } from './support/data.js';
import { createTestApp } from './support/test-app.js';

type Transaction = Record<string, unknown> & { guid: string; date: string; account_guid: string; status: string };

const sortedNewestFirst = (list: Transaction[]) => [...list].sort((a, b) => b.date.localeCompare(a.date) || a.guid.localeCompare(b.guid));

describe('transactions', () => {
  it('lists the last 90 days by default, newest first then by guid, within today-90 .. today+5', async () => {
    const atrium = createTestApp().as();
    const { user } = await connectedMember(atrium);
    const all = (await everything(atrium, `/users/${user}/transactions`, 'transactions')) as Transaction[];
    expect(all.length).toBeGreaterThan(150);
    expect(all).toEqual(sortedNewestFirst(all));
    expect(all.at(-1)!.date >= '2025-10-17').toBe(true);
    expect(all[0]!.date <= '2026-01-20').toBe(true);
    const explicit = await everything(atrium, `/users/${user}/transactions?from_date=2025-10-17&to_date=2026-01-20`, 'transactions');
    expect(explicit).toEqual(all);
    const first = await atrium.get(`/users/${user}/transactions`).expect(200);
    expect(first.body.pagination).toEqual({ current_page: 1, per_page: 25, total_entries: all.length, total_pages: Math.ceil(all.length / 25) });
  });

  it("contains MX's Whole Foods transaction, linked to the merchant and its location", async () => {
    const atrium = createTestApp().as();
    const { user, member } = await connectedMember(atrium);
    const all = (await everything(atrium, `/users/${user}/transactions`, 'transactions')) as Transaction[];
    const checking = (await atrium.get(`/users/${user}/accounts`).expect(200)).body.accounts[0];
    const wholeFoods = all.find((transaction) => transaction.original_description === 'WHOLEFDS TSQ 102');
    expect(wholeFoods).toEqual({
      account_guid: checking.guid,
      amount: 61.11,
      category: 'Groceries',
      check_number: null,
      check_number_string: null,
      created_at: '2026-01-15T12:00:00+00:00',
      currency_code: 'USD',
      date: '2026-01-12',
      description: 'Whole Foods',
      guid: expect.stringMatching(/^TRN-/),
      is_bill_pay: false,
      is_direct_deposit: false,
      is_expense: true,
      is_fee: false,
      is_income: false,
      is_international: false,
      is_overdraft_fee: false,
      is_payroll_advance: false,
      is_subscription: false,
      latitude: 40.7539,
      longitude: -73.9843,
      member_guid: member,
      memo: null,
      merchant_category_code: 5411,
      merchant_guid: 'MCH-7ed79542-884d-2b1b-dd74-501c5cc9d25b',
      merchant_location_guid: 'MCL-dcc150a8-cb13-f70c-fc26-ae25210327bf',
      original_description: 'WHOLEFDS TSQ 102',
      posted_at: '2026-01-13T06:00:00+00:00',
      status: 'POSTED',
      top_level_category: 'Food & Dining',
      transacted_at: '2026-01-12T13:00:00+00:00',
      type: 'DEBIT',
      updated_at: '2026-01-15T12:00:00+00:00',
      user_guid: user,
    });
    expect((await atrium.get(`/users/${user}/transactions/${wholeFoods!.guid}`).expect(200)).body).toEqual({ transaction: wholeFoods });
  });

  it('lists per member and per account as parts of the user list, merged in one newest-first order, and reads only the user\'s own', async () => {
    const atrium = createTestApp().as();
    const { user, member } = await connectedMember(atrium);
    const second = (await atrium.createMember(user, 'password', { username: 'joint' })).guid;
    await atrium.pollUntilSettled(user, second);
    const all = (await everything(atrium, `/users/${user}/transactions`, 'transactions')) as Transaction[];
    const ofMember = (await everything(atrium, `/users/${user}/members/${member}/transactions`, 'transactions')) as Transaction[];
    const ofSecond = (await everything(atrium, `/users/${user}/members/${second}/transactions`, 'transactions')) as Transaction[];
    expect(all).toEqual(sortedNewestFirst([...ofSecond, ...ofMember]));
    expect(ofMember.every((transaction) => transaction.member_guid === member)).toBe(true);
    const accounts = (await atrium.get(`/users/${user}/members/${member}/accounts`).expect(200)).body.accounts as { guid: string }[];
    const ofAccounts: Transaction[] = [];
    for (const account of accounts) {
      const ofAccount = (await everything(atrium, `/users/${user}/accounts/${account.guid}/transactions`, 'transactions')) as Transaction[];
      expect(ofAccount).toEqual(sortedNewestFirst(ofAccount));
      expect(ofAccount.every((transaction) => transaction.account_guid === account.guid)).toBe(true);
      ofAccounts.push(...ofAccount);
    }
    expect(ofMember).toEqual(sortedNewestFirst(ofAccounts));
    const stranger = await atrium.createUser();
    await atrium.get(`/users/${stranger}/transactions/${all[0]!.guid}`).expect(404);
    await atrium.get(`/users/${stranger}/accounts/${accounts[0]!.guid}/transactions`).expect(404);
    expect((await atrium.get(`/users/${stranger}/transactions`).expect(200)).body.transactions).toEqual([]);
  });

  it('filters on date with both bounds inclusive', async () => {
    const atrium = createTestApp().as();
    const { user } = await connectedMember(atrium);
    const all = (await everything(atrium, `/users/${user}/transactions`, 'transactions')) as Transaction[];
    const day = all[40]!.date;
    const sameDay = await everything(atrium, `/users/${user}/transactions?from_date=${day}&to_date=${day}`, 'transactions');
    expect(sameDay).toEqual(all.filter((transaction) => transaction.date === day));
    const range = await everything(atrium, `/users/${user}/transactions?from_date=2025-12-01&to_date=2025-12-31`, 'transactions');
    expect(range).toEqual(all.filter((transaction) => transaction.date >= '2025-12-01' && transaction.date <= '2025-12-31'));
    expect(range.length).toBeGreaterThan(30);
  });

  it('refuses a reversed date range with 400, also against a default bound, and malformed dates', async () => {
    const atrium = createTestApp().as();
    const { user } = await connectedMember(atrium);
    const reversed = await atrium.get(`/users/${user}/transactions?from_date=2026-01-10&to_date=2026-01-01`).expect(400);
    expect(reversed.body).toEqual({ error: { message: 'The date range is reversed: from_date 2026-01-10 is after to_date 2026-01-01.' } });
    const future = await atrium.get(`/users/${user}/transactions?from_date=2026-03-01`).expect(400);
    expect(future.body.error.message).toBe('The date range is reversed: from_date 2026-03-01 is after to_date 2026-01-20 (the default, 5 days after today).');
    const past = await atrium.get(`/users/${user}/transactions?to_date=2020-01-01`).expect(400);
    expect(past.body.error.message).toContain('from_date 2025-10-17 (the default, 90 days before today) is after to_date 2020-01-01');
    const malformed = await atrium.get(`/users/${user}/transactions?from_date=2026-13-45`).expect(400);
    expect(malformed.body.error.message).toContain('query parameter from_date');
    await atrium.get(`/users/${user}/transactions?to_date=yesterday`).expect(400);
  });

  it('keeps the last two days pending, and a later aggregation adds the new days and posts them', async () => {
    const app = createTestApp();
    const atrium = app.as();
    const { user, member } = await connectedMember(atrium);
    const before = (await everything(atrium, `/users/${user}/transactions`, 'transactions')) as Transaction[];
    const pending = before.filter((transaction) => transaction.status === 'PENDING');
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((transaction) => transaction.date >= '2026-01-14' && transaction.posted_at === null)).toBe(true);
    expect(before.filter((transaction) => transaction.date < '2026-01-14').every((transaction) => transaction.status === 'POSTED')).toBe(true);
    app.clock.advance(3 * 86_400_000);
    await runJob(atrium, user, member, 'aggregate');
    const after = (await everything(atrium, `/users/${user}/transactions`, 'transactions')) as Transaction[];
    expect(after.some((transaction) => transaction.date === '2026-01-18')).toBe(true);
    for (const old of pending) {
      const now = after.find((transaction) => transaction.guid === old.guid)!;
      expect(now).toMatchObject({ status: 'POSTED', posted_at: expect.stringMatching(/^2026-01-1[56]T06:00:00\+00:00$/), updated_at: '2026-01-18T12:00:00+00:00' });
    }
  });

  it('refreshes balances on a balance aggregation without touching transactions', async () => {
    const app = createTestApp();
    const atrium = app.as();
    const { user, member } = await connectedMember(atrium);
    const transactions = await everything(atrium, `/users/${user}/transactions`, 'transactions');
    const accounts = (await atrium.get(`/users/${user}/accounts`).expect(200)).body.accounts as Record<string, number | string>[];
    app.clock.advance(60_000);
    await runJob(atrium, user, member, 'balance');
    expect(await everything(atrium, `/users/${user}/transactions`, 'transactions')).toEqual(transactions);
    const refreshed = (await atrium.get(`/users/${user}/accounts`).expect(200)).body.accounts as Record<string, number | string>[];
    expect(refreshed.map((account) => account.updated_at)).toEqual(accounts.map(() => '2026-01-15T12:01:00+00:00'));
    expect(refreshed.map((account) => account.balance)).not.toEqual(accounts.map((account) => account.balance));
    const investment = refreshed.find((account) => account.type === 'INVESTMENT')!;
    const holdings = (await atrium.get(`/users/${user}/accounts/${investment.guid}/holdings`).expect(200)).body.holdings as { market_value: number }[];
    expect(holdings.reduce((sum, holding) => sum + holding.market_value, 0)).toBeCloseTo(investment.holdings_value as number, 2);
  });

  it('extends history to 24 months with extend_history, keeping what was gathered', async () => {
    const atrium = createTestApp().as();
    const { user, member } = await connectedMember(atrium);
    const recent = (await everything(atrium, `/users/${user}/transactions`, 'transactions')) as Transaction[];
    expect((await everything(atrium, `/users/${user}/transactions?from_date=2024-01-01&to_date=2025-10-16`, 'transactions')).length).toBe(0);
    await runJob(atrium, user, member, 'extend_history');
    const older = (await everything(atrium, `/users/${user}/transactions?from_date=2020-01-01&to_date=2025-10-16`, 'transactions')) as Transaction[];
    expect(older.length).toBeGreaterThan(1000);
    expect(older.at(-1)!.date).toBe('2024-01-15');
    expect(await everything(atrium, `/users/${user}/transactions`, 'transactions')).toEqual(recent);
  });

  it('keeps the newest 1,200 days of an account, however far the clock moves, and drops statements of days it no longer keeps', async () => {
    const app = createTestApp();
    const atrium = app.as();
    const { user, member } = await connectedMember(atrium);
    await runJob(atrium, user, member, 'fetch_statements');
    const statements = async () => (await atrium.get(`/users/${user}/members/${member}/statements?records_per_page=1000`).expect(200)).body.statements as { uri: string; created_at: string }[];
    const first = await statements();
    expect(first.length).toBeGreaterThan(0);
    for (let round = 0; round < 4; round += 1) {
      await atrium.post('/__mock/clock/advance', { by: '730d' }).expect(200);
      await runJob(atrium, user, member, 'extend_history');
    }
    const state = (await atrium.get('/__mock/state').expect(200)).body.state;
    for (const account of Object.values(state.users[user].members[member].accounts) as { history: { segments: [number, number, number][] } | null }[]) {
      const segments = account.history?.segments ?? [];
      if (segments.length > 0) expect(segments.at(-1)![1] - segments[0]![0] + 1).toBeLessThanOrEqual(1_200);
    }
    const kept = await everything(atrium, `/users/${user}/members/${member}/transactions?from_date=1900-01-01&to_date=2100-01-01`, 'transactions');
    const oldest = (kept as Transaction[]).reduce((min, transaction) => (transaction.date < min ? transaction.date : min), '9999');
    expect(oldest >= '2030-01-01').toBe(true);
    expect((await statements()).filter((statement) => first.some((old) => old.uri === statement.uri))).toEqual([]);
  });

  it('gathers transactions with identify or verify only when include_transactions is set', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const plain = (await atrium.createMember(user, 'password', { skip_aggregation: true })).guid;
    const withTransactions = (await atrium.createMember(user, 'password', { skip_aggregation: true, username: 'second' })).guid;
    await runJob(atrium, user, plain, 'verify');
    await atrium.post(`/users/${user}/members/${withTransactions}/identify`, { include_transactions: true }).expect(200);
    await atrium.pollUntilSettled(user, withTransactions);
    expect((await atrium.get(`/users/${user}/members/${plain}/transactions`).expect(200)).body.pagination.total_entries).toBe(0);
    expect((await atrium.get(`/users/${user}/members/${withTransactions}/transactions`).expect(200)).body.pagination.total_entries).toBeGreaterThan(100);
  });

  it("answers the test user's transactions from the fixture, dated relative to the simulated day", async () => {
    const app = createTestApp();
    const atrium = app.as();
    const list = await atrium.get('/users/test_atrium/transactions').expect(200);
    expect(list.body.pagination.total_entries).toBe(13);
    const wholeFoods = await atrium.get('/users/test_atrium/transactions/TRN-265abee9-889b-af6a-c69b-25157db2bdd9').expect(200);
    expect(wholeFoods.body.transaction).toMatchObject({ amount: 61.11, date: '2026-01-12', description: 'Whole Foods', account_guid: 'ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1', status: 'POSTED' });
    app.clock.advance(30 * 86_400_000);
    const later = await atrium.get('/users/test_atrium/members/test_atrium_member/transactions?records_per_page=1').expect(200);
    expect(later.body.pagination.total_entries).toBe(13);
    expect(later.body.transactions[0].date).toBe('2026-02-13');
    const checking = await atrium.get('/users/test_atrium/accounts/ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1/transactions').expect(200);
    expect(checking.body.transactions.every((transaction: Transaction) => transaction.account_guid === 'ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1')).toBe(true);
  });

  it('reads from_date and to_date before the year 100 as the dates they are', async () => {
    const atrium = createTestApp().as();
    const { user } = await connectedMember(atrium);
    const all = (await atrium.get(`/users/${user}/transactions?from_date=0050-01-01&to_date=2026-12-31`).expect(200)).body.pagination.total_entries as number;
    expect(all).toBe((await atrium.get(`/users/${user}/transactions`).expect(200)).body.pagination.total_entries);
    expect((await atrium.get(`/users/${user}/transactions?from_date=0001-01-01&to_date=0099-12-31`).expect(200)).body.pagination.total_entries).toBe(0);
  });
});
