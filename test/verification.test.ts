import { describe, expect, it } from 'vitest';
import { runJob } from './support/data.js';
import { createTestApp } from './support/test-app.js';

describe('verification: account and routing numbers', () => {
  it('reveals the numbers of checking and savings accounts once a verification completes', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = (await atrium.createMember(user, 'password', { skip_aggregation: true })).guid;
    expect((await atrium.get(`/users/${user}/members/${member}/account_numbers`).expect(200)).body).toEqual({ account_numbers: [] });
    expect((await runJob(atrium, user, member, 'verify')).connection_status).toBe('CONNECTED');
    const numbers = (await atrium.get(`/users/${user}/members/${member}/account_numbers`).expect(200)).body.account_numbers;
    const accounts = (await atrium.get(`/users/${user}/accounts`).expect(200)).body.accounts as { guid: string; type: string }[];
    expect(numbers).toEqual([
      { account_guid: accounts[0]!.guid, account_number: '1000123455512', institution_number: null, member_guid: member, routing_number: '068899990', transit_number: null, user_guid: user },
      { account_guid: accounts[1]!.guid, account_number: '1000123458891', institution_number: null, member_guid: member, routing_number: '068899990', transit_number: null, user_guid: user },
    ]);
    expect((await atrium.get(`/users/${user}/accounts/${accounts[0]!.guid}/account_numbers`).expect(200)).body).toEqual({ account_numbers: [numbers[0]] });
    const card = accounts.find((account) => account.type === 'CREDIT_CARD')!;
    expect((await atrium.get(`/users/${user}/accounts/${card.guid}/account_numbers`).expect(200)).body).toEqual({ account_numbers: [] });
  });

  it('does not reveal numbers on a standard aggregation or a failed verification', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = (await atrium.createMember(user, 'password')).guid;
    await atrium.pollUntilSettled(user, member);
    expect((await atrium.get(`/users/${user}/members/${member}/account_numbers`).expect(200)).body.account_numbers).toEqual([]);
    const denied = (await atrium.createMember(user, 'INVALID', { skip_aggregation: true, username: 'denied' })).guid;
    expect((await runJob(atrium, user, denied, 'verify')).connection_status).toBe('DENIED');
    expect((await atrium.get(`/users/${user}/members/${denied}/account_numbers`).expect(200)).body.account_numbers).toEqual([]);
  });

  it("answers 404 for an account or member that is not the user's", async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = (await atrium.createMember(user, 'password')).guid;
    await atrium.pollUntilSettled(user, member);
    const account = (await atrium.get(`/users/${user}/accounts`).expect(200)).body.accounts[0].guid;
    const stranger = await atrium.createUser();
    const response = await atrium.get(`/users/${stranger}/accounts/${account}/account_numbers`).expect(404);
    expect(response.body.error.message).toBe(`We were unable to find the record you requested: account "${account}" of user "${stranger}".`);
    await atrium.get(`/users/${stranger}/members/${member}/account_numbers`).expect(404);
  });

  it("answers the test GUIDs with MX's numbers 10001 / 68899990000000, per member and per account", async () => {
    const atrium = createTestApp().as();
    const byMember = (await atrium.get('/users/test_atrium/members/test_atrium_member/account_numbers').expect(200)).body.account_numbers;
    expect(byMember).toHaveLength(2);
    const byAccount = await atrium.get('/users/test_atrium/accounts/ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1/account_numbers').expect(200);
    expect(byAccount.body).toEqual({
      account_numbers: [
        {
          account_guid: 'ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1',
          account_number: '10001',
          institution_number: null,
          member_guid: 'test_atrium_member',
          routing_number: '68899990000000',
          transit_number: null,
          user_guid: 'test_atrium',
        },
      ],
    });
    await atrium.post('/users/test_atrium/members/test_atrium_member/verify').expect(200);
  });
});
