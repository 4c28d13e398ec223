// Plain Jest with CommonJS: require('atrium-mock') loads the package's CommonJS build.
// One simulator for the file, a tenant (MX-Client-ID) per test.
const { randomUUID } = require('node:crypto');
const { createAtriumClient, createSimulator, identifyAccountOwners, AtriumConflictError } = require('atrium-mock');

let sim;
beforeAll(async () => {
  sim = await createSimulator(); // port 0, a manual clock, silent logs
});
afterAll(() => sim.close());

function tenant() {
  const clientId = `jest-${randomUUID()}`;
  return { clientId, atrium: createAtriumClient({ baseUrl: sim.url, apiKey: 'any-key', clientId }) };
}

test('a seeded member has accounts', async () => {
  const { clientId, atrium } = tenant();
  const { user_guid, member_guid } = await sim.seed('connected-mxbank-member', { clientId });
  const { accounts } = await atrium.listMemberAccounts({ user_guid, member_guid });
  expect(accounts.map((account) => account.name)).toContain('Test Checking Account 1');
});

test('identifyAccountOwners answers the MFA questions and lists the owners', async () => {
  const { atrium } = tenant();
  const asked = [];
  const result = await identifyAccountOwners({
    client: atrium,
    user: { identifier: 'steven' },
    institutionCode: 'mxbank',
    credentials: { username: 'test_atrium', password: 'challenge' },
    answerChallenges: (challenges) => {
      asked.push(...challenges.map((challenge) => challenge.label));
      return challenges.map((challenge) => ({ guid: challenge.guid, value: 'correct' }));
    },
    sleep: async () => {}, // the simulator moves one phase per status read: nothing to wait for
  });
  expect(asked).toEqual(['What city were you born in?']);
  expect(result.accountOwners.length).toBeGreaterThan(0);
});

test('identify answers 202 while it runs; another job type answers 409', async () => {
  const { clientId, atrium } = tenant();
  const { user_guid, member_guid } = await sim.seed('identifying-mxbank-member', { clientId });
  expect((await atrium.request('identifyMember', { user_guid, member_guid })).status).toBe(202);
  await expect(atrium.aggregateMember({ user_guid, member_guid })).rejects.toBeInstanceOf(AtriumConflictError);
});

test('an unanswered challenge expires after 5 simulated minutes', async () => {
  const { clientId, atrium } = tenant();
  const { user_guid, member_guid } = await sim.seed('challenged-mxbank-member', { clientId });
  sim.clock.advance('6m', { clientId }); // this tenant's clock only
  const { member } = await atrium.readMemberStatus({ user_guid, member_guid });
  expect(member.connection_status).toBe('EXPIRED');
});
