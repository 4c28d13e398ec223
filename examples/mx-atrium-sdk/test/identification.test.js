// The official MX Atrium Node SDK (mx-atrium), unchanged: only its base path points at the
// simulator. Node's own test runner; one simulator for the file, a tenant per test.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { createSimulator } from 'atrium-mock';
import atriumSdk from 'mx-atrium';

const { AtriumClient } = atriumSdk;
let sim;
before(async () => {
  sim = await createSimulator();
});
after(() => sim.close());

/** The SDK exactly as an app constructs it: API key, client id (here a tenant of its own), base path. */
const sdk = (clientId = `sdk-${randomUUID()}`) => new AtriumClient('any-key', clientId, sim.url);

test('identifies the account owners, answering the MFA question on the way', async () => {
  const atrium = sdk();
  const { user } = (await atrium.users.createUser({ user: { identifier: 'steven' } })).body;
  const { credentials } = (await atrium.institutions.readInstitutionCredentials('mxbank')).body;
  const { member } = (
    await atrium.members.createMember(user.guid, {
      member: {
        institutionCode: 'mxbank',
        skipAggregation: true,
        credentials: credentials.map((field) => ({ guid: field.guid, value: field.fieldName === 'PASSWORD' ? 'challenge' : 'test_atrium' })),
      },
    })
  ).body;

  const started = await atrium.identity.identifyMember(member.guid, user.guid);
  assert.equal(started.response.statusCode, 200);

  // the simulator moves one phase per status read: poll without waiting
  const status = async () => (await atrium.members.readMemberStatus(member.guid, user.guid)).body.member;
  let current = await status();
  assert.equal(current.connectionStatus, 'CHALLENGED');
  const { challenges } = (await atrium.members.listMemberMFAChallenges(member.guid, user.guid)).body;
  await atrium.members.resumeMember(member.guid, user.guid, { member: { challenges: [{ guid: challenges[0].guid, value: 'correct' }] } });
  while ((current = await status()).isBeingAggregated);
  assert.equal(current.connectionStatus, 'CONNECTED');

  const { accountOwners } = (await atrium.identity.listAccountOwners(member.guid, user.guid)).body;
  assert.ok(accountOwners.length > 0);
  assert.ok(accountOwners.every((owner) => owner.ownerName && owner.memberGuid === member.guid));
});

test('the SDK rejects with { response, body }: 409 when another job type runs', async () => {
  const clientId = `sdk-${randomUUID()}`;
  const atrium = sdk(clientId);
  const { user_guid, member_guid } = await sim.seed('identifying-mxbank-member', { clientId });
  const again = await atrium.identity.identifyMember(member_guid, user_guid);
  assert.equal(again.response.statusCode, 202); // already running: keep polling
  const refused = await atrium.members.aggregateMember(member_guid, user_guid).then(
    () => assert.fail('expected a 409'),
    (rejection) => rejection,
  );
  assert.equal(refused.response.statusCode, 409);
  assert.match(refused.response.body.error.message, /already running an identification/);
});

test('the test GUIDs work in every tenant', async () => {
  const { accountOwners } = (await sdk().identity.listAccountOwners('test_atrium_member', 'test_atrium')).body;
  assert.equal(accountOwners[0].ownerName, 'Donnie Darko');
});
