import { describe, expect, it } from 'vitest';
import { createTestApp, type AtriumAgent } from './support/test-app.js';

async function identifiableMember(atrium: AtriumAgent, password = 'password') {
  const user = await atrium.createUser();
  const member = await atrium.createMember(user, password, { skip_aggregation: true });
  return { user, member: member.guid };
}

const identify = (atrium: AtriumAgent, user: string, member: string) => atrium.post(`/users/${user}/members/${member}/identify`);

describe('Account Owner Identification', () => {
  it('runs the documented workflow: skip_aggregation member, identify, poll, account owners', async () => {
    const atrium = createTestApp().as();
    const institutions = await atrium.get('/institutions?supports_account_identification=true').expect(200);
    expect(institutions.body.institutions.map((institution: { code: string }) => institution.code)).toContain('mxbank');
    const { user, member } = await identifiableMember(atrium);
    expect((await atrium.get(`/users/${user}/members/${member}/account_owners`).expect(200)).body).toEqual({ account_owners: [] });
    const started = await identify(atrium, user, member).expect(200);
    expect(started.body.member).toMatchObject({ is_being_aggregated: true, status: 'INITIATED', connection_status: 'CREATED' });
    const seen = await atrium.pollUntilSettled(user, member);
    expect(seen.at(-1)).toMatchObject({ connection_status: 'CONNECTED', is_being_aggregated: false, status: 'COMPLETED' });
    const owners = (await atrium.get(`/users/${user}/members/${member}/account_owners`).expect(200)).body.account_owners;
    expect(owners.length).toBeGreaterThanOrEqual(4);
    for (const owner of owners) {
      expect(owner).toEqual({
        account_guid: expect.stringMatching(/^ACT-/),
        address: expect.any(String),
        city: expect.any(String),
        country: 'US',
        email: expect.stringContaining('@'),
        guid: expect.stringMatching(/^ACO-/),
        member_guid: member,
        owner_name: expect.stringMatching(/\S+ \S+/),
        phone: expect.any(String),
        postal_code: expect.stringMatching(/^\d{5}$/),
        state: expect.stringMatching(/^[A-Z]{2}$/),
        user_guid: user,
      });
    }
  });

  it('answers 202 with the member when identification is already running', async () => {
    const atrium = createTestApp().as();
    const { user, member } = await identifiableMember(atrium);
    await identify(atrium, user, member).expect(200);
    const again = await identify(atrium, user, member).expect(202);
    expect(again.body.member).toMatchObject({ guid: member, is_being_aggregated: true });
  });

  it('answers 409 while a standard aggregation runs, and 200 once it finished', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = (await atrium.createMember(user, 'password')).guid;
    const conflict = await identify(atrium, user, member).expect(409);
    expect(conflict.body.error.message).toBe(`Member "${member}" is already running a standard aggregation; an identification can start once it finishes.`);
    await atrium.pollUntilSettled(user, member);
    await identify(atrium, user, member).expect(200);
  });

  it('refuses a standard aggregation with 409 while identification runs', async () => {
    const atrium = createTestApp().as();
    const { user, member } = await identifiableMember(atrium);
    await identify(atrium, user, member).expect(200);
    await atrium.post(`/users/${user}/members/${member}/aggregate`).expect(409);
  });

  it('authenticates first: password `challenge` makes identification wait for MFA, then finish', async () => {
    const atrium = createTestApp().as();
    const { user, member } = await identifiableMember(atrium, 'challenge');
    await identify(atrium, user, member).expect(200);
    const challenged = (await atrium.pollUntilSettled(user, member)).at(-1)!;
    expect(challenged.connection_status).toBe('CHALLENGED');
    await identify(atrium, user, member).expect(202);
    const guid = (challenged.challenges as { guid: string }[])[0]!.guid;
    await atrium.put(`/users/${user}/members/${member}/resume`, { member: { challenges: [{ guid, value: 'correct' }] } }).expect(202);
    expect((await atrium.pollUntilSettled(user, member)).at(-1)).toMatchObject({ connection_status: 'CONNECTED', is_being_aggregated: false });
    expect((await atrium.get(`/users/${user}/members/${member}/account_owners`).expect(200)).body.account_owners.length).toBeGreaterThan(0);
  });

  it('produces no owners when authentication fails', async () => {
    const atrium = createTestApp().as();
    const { user, member } = await identifiableMember(atrium, 'INVALID');
    await identify(atrium, user, member).expect(200);
    expect((await atrium.pollUntilSettled(user, member)).at(-1)).toMatchObject({ connection_status: 'DENIED' });
    expect((await atrium.get(`/users/${user}/members/${member}/account_owners`).expect(200)).body.account_owners).toEqual([]);
  });

  it("refuses an institution without identification with 400 and MX's sentence", async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const credentials = (await atrium.get('/institutions/fidelity/credentials').expect(200)).body.credentials as { guid: string }[];
    const member = await atrium
      .post(`/users/${user}/members`, { member: { institution_code: 'fidelity', skip_aggregation: true, credentials: credentials.map((c) => ({ guid: c.guid, value: 'x' })) } })
      .expect(202);
    const response = await identify(atrium, user, member.body.member.guid).expect(400);
    expect(response.body).toEqual({ error: { message: "Member's institution does not support account identification." } });
  });

  it('accepts include_transactions in either body form and refuses unknown fields', async () => {
    const atrium = createTestApp().as();
    const { user, member } = await identifiableMember(atrium);
    await atrium.post(`/users/${user}/members/${member}/identify`, { include_transactions: true }).expect(200);
    await atrium.post(`/users/${user}/members/${member}/identify`, { member: { include_transactions: true } }).expect(202);
    const bad = await atrium.post(`/users/${user}/members/${member}/identify`, { includeTransactions: true }).expect(400);
    expect(bad.body.error.message).toContain('unknown field "includeTransactions"');
  });

  it('gives the same owners for the same seed and different owners for another seed', async () => {
    const ownersFor = async (seed: string) => {
      const atrium = createTestApp({ seed }).as();
      const { user, member } = await identifiableMember(atrium);
      await identify(atrium, user, member).expect(200);
      await atrium.pollUntilSettled(user, member);
      return (await atrium.get(`/users/${user}/members/${member}/account_owners`).expect(200)).body;
    };
    const first = await ownersFor('seed-1');
    expect(await ownersFor('seed-1')).toEqual(first);
    expect(await ownersFor('seed-2')).not.toEqual(first);
  });
});
