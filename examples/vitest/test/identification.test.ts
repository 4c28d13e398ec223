/**
 * One simulator for the file, a tenant (MX-Client-ID) per test: tests never see each other's
 * users and members, and nothing needs resetting between them.
 */
import { randomUUID } from 'node:crypto';
import { createAtriumClient, createSimulator, AtriumConflictError, type AtriumClient, type Simulator } from 'atrium-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator(); // port 0, a manual clock, silent logs
});
afterAll(() => sim.close());

/** A fresh tenant and a typed client for it (the same client works against real Atrium). */
function tenant(): { clientId: string; atrium: AtriumClient } {
  const clientId = `test-${randomUUID()}`;
  return { clientId, atrium: createAtriumClient({ baseUrl: sim.url, apiKey: 'any-key', clientId }) };
}

/** A member that has not aggregated yet; the password picks the behaviour ("challenge" asks for MFA). */
async function newMember(atrium: AtriumClient, password: string) {
  const { user } = await atrium.createUser({ body: { user: { identifier: 'steven' } } });
  const { credentials } = await atrium.readInstitutionCredentials({ institution_code: 'mxbank' });
  const { member } = await atrium.createMember({
    user_guid: user.guid,
    body: {
      member: {
        institution_code: 'mxbank',
        skip_aggregation: true,
        credentials: credentials.map((field) => ({ guid: field.guid, value: field.field_name === 'PASSWORD' ? password : 'test_atrium' })),
      },
    },
  });
  return { user_guid: user.guid, member_guid: member.guid };
}

describe('Account Owner Identification against atrium-mock', () => {
  it('lists the owners of a member a seed set identified', async () => {
    const { clientId, atrium } = tenant();
    const { user_guid, member_guid } = await sim.seed('identified-mxbank-member', { clientId });
    const { account_owners } = await atrium.listAccountOwners({ user_guid, member_guid });
    expect(account_owners.length).toBeGreaterThan(0);
    expect(account_owners[0]).toMatchObject({ member_guid, owner_name: expect.any(String) });
  });

  it('answers the MFA question, then lists the owners', async () => {
    const { atrium } = tenant();
    const ids = await newMember(atrium, 'challenge');
    await atrium.identifyMember(ids);

    // the simulator moves one phase per status read, so polling needs no waiting
    let { member } = await atrium.readMemberStatus(ids);
    expect(member.connection_status).toBe('CHALLENGED');
    const [question] = member.challenges ?? [];
    expect(question.label).toBe('What city were you born in?');
    await atrium.resumeMember({ ...ids, body: { member: { challenges: [{ guid: question.guid, value: 'correct' }] } } });
    while (member.is_being_aggregated) ({ member } = await atrium.readMemberStatus(ids));
    expect(member).toMatchObject({ connection_status: 'CONNECTED', status: 'COMPLETED' });

    const { account_owners } = await atrium.listAccountOwners(ids);
    expect(account_owners.length).toBeGreaterThan(0);
  });

  it('answers 202 when the same job already runs, and 409 for another job type', async () => {
    const { atrium } = tenant();
    const ids = await newMember(atrium, 'password');
    expect((await atrium.request('identifyMember', ids)).status).toBe(200);
    expect((await atrium.request('identifyMember', ids)).status).toBe(202); // already running: keep polling
    const refused = await atrium.aggregateMember(ids).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AtriumConflictError);
    expect((refused as AtriumConflictError).message).toContain('is already running an identification');
  });

  it('sees a flaky bank through an armed fault, in this tenant only', async () => {
    const { clientId, atrium } = tenant();
    const { user_guid, member_guid } = await sim.seed('connected-mxbank-member', { clientId });
    sim.faults.add({ path: '/users/*/members/*/status', status: 503, count: 1 }, { clientId });
    await expect(atrium.readMemberStatus({ user_guid, member_guid })).rejects.toMatchObject({ status: 503 });
    expect((await atrium.readMemberStatus({ user_guid, member_guid })).member.connection_status).toBe('CONNECTED');
  });
});
