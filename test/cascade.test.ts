import { describe, expect, it } from 'vitest';
import { connectedMember, runJob } from './support/data.js';
import { createTestApp, type AtriumAgent } from './support/test-app.js';

/** A member with every kind of data: accounts, transactions, holdings, owners, numbers and statements. */
async function fullMember(atrium: AtriumAgent, user: string, username: string) {
  const member = (await atrium.createMember(user, 'password', { username })).guid;
  await atrium.pollUntilSettled(user, member);
  for (const job of ['identify', 'verify', 'fetch_statements']) await runJob(atrium, user, member, job);
  const base = `/users/${user}/members/${member}`;
  const accounts = (await atrium.get(`${base}/accounts`).expect(200)).body.accounts as { guid: string }[];
  const transaction = (await atrium.get(`${base}/transactions`).expect(200)).body.transactions[0].guid as string;
  const holding = (await atrium.get(`${base}/holdings`).expect(200)).body.holdings[0].guid as string;
  const statement = (await atrium.get(`${base}/statements`).expect(200)).body.statements[0] as { guid: string; uri: string };
  expect((await atrium.get(`${base}/account_owners`).expect(200)).body.account_owners.length).toBeGreaterThan(0);
  expect((await atrium.get(`${base}/account_numbers`).expect(200)).body.account_numbers.length).toBeGreaterThan(0);
  return { member, base, accounts, transaction, holding, statement };
}

/** Every read of the member's data, through the member and through the user. */
function reads(user: string, data: Awaited<ReturnType<typeof fullMember>>): string[] {
  const account = data.accounts[0]!.guid;
  return [
    data.base,
    `${data.base}/accounts`,
    `${data.base}/accounts/${account}`,
    `${data.base}/transactions`,
    `${data.base}/holdings`,
    `${data.base}/account_owners`,
    `${data.base}/account_numbers`,
    `${data.base}/statements`,
    `${data.base}/statements/${data.statement.guid}`,
    data.statement.uri,
    `/users/${user}/accounts/${account}`,
    `/users/${user}/accounts/${account}/transactions`,
    `/users/${user}/accounts/${account}/holdings`,
    `/users/${user}/accounts/${account}/account_numbers`,
    `/users/${user}/transactions/${data.transaction}`,
    `/users/${user}/holdings/${data.holding}`,
  ];
}

/** GET as a client would: the statement PDF with the PDF Accept type, everything else as JSON. */
const read = (atrium: AtriumAgent, path: string) => (path.endsWith('.pdf') ? atrium.get(path).set('Accept', 'application/vnd.mx.atrium.v1+pdf') : atrium.get(path));

describe('deleting cascades', () => {
  it("removes a member's accounts, transactions, holdings, owners, numbers and statements, and nothing of its sibling", async () => {
    const app = createTestApp();
    const atrium = app.as();
    const { user } = await connectedMember(atrium);
    const doomed = await fullMember(atrium, user, 'doomed');
    const kept = await fullMember(atrium, user, 'kept');
    const keptReads = await Promise.all(reads(user, kept).map(async (path) => (await read(atrium, path).expect(200)).body));
    await atrium.delete(doomed.base).expect(204);
    for (const path of reads(user, doomed)) await read(atrium, path).expect(404);
    expect(await Promise.all(reads(user, kept).map(async (path) => (await read(atrium, path).expect(200)).body))).toEqual(keptReads);
    const accounts = (await atrium.get(`/users/${user}/accounts?records_per_page=100`).expect(200)).body.accounts as { member_guid: string }[];
    expect(accounts.every((account) => account.member_guid !== doomed.member)).toBe(true);
    expect(JSON.stringify(app.deps.tenants.get('client-a'))).not.toContain(doomed.member);
  });

  it('removes everything of a deleted user', async () => {
    const app = createTestApp();
    const atrium = app.as();
    const user = await atrium.createUser();
    const data = await fullMember(atrium, user, 'only');
    await atrium.delete(`/users/${user}`).expect(204);
    for (const path of [...reads(user, data), `/users/${user}/accounts`, `/users/${user}/transactions`, `/users/${user}/holdings`]) {
      const response = await read(atrium, path).expect(404);
      expect(response.body.error.message).toBe(`We were unable to find the record you requested: user "${user}".`);
    }
    expect(JSON.stringify(app.deps.tenants.get('client-a'))).not.toContain(user);
  });

  it("forgets a deleted member's OAuth windows, and every OAuth window and Connect widget URL of a deleted user", async () => {
    const app = createTestApp();
    const atrium = app.as();
    const user = await atrium.createUser();
    const oauthMember = async () => (await atrium.post(`/users/${user}/members`, { member: { institution_code: 'mx_bank_oauth', is_oauth: true } }).expect(202)).body.member.guid as string;
    const doomed = await oauthMember();
    const kept = await oauthMember();
    await atrium.get(`/users/${user}/members/${doomed}/oauth_window_uri`).expect(200);
    await atrium.post(`/users/${user}/connect_widget_url`, {}).expect(200);
    const other = await atrium.createUser();
    await atrium.post(`/users/${other}/connect_widget_url`, {}).expect(200);
    type Link = { kind: string; user_guid: string; member_guid?: string };
    const links = async () => Object.values((await atrium.get('/__mock/state').expect(200)).body.state.links as Record<string, Link>);
    expect((await links()).filter((link) => link.member_guid === doomed)).toHaveLength(2);
    await atrium.delete(`/users/${user}/members/${doomed}`).expect(204);
    expect((await links()).map((link) => [link.kind, link.user_guid, link.member_guid ?? null])).toEqual([
      ['oauth', user, kept],
      ['connect', user, null],
      ['connect', other, null],
    ]);
    await atrium.delete(`/users/${user}`).expect(204);
    expect((await links()).map((link) => link.user_guid)).toEqual([other]);
  });
});
