import { describe, expect, it } from 'vitest';
import { createTestApp, type AtriumAgent } from './support/test-app.js';

async function challengedMember(atrium: AtriumAgent, password: string) {
  const user = await atrium.createUser();
  const member = await atrium.createMember(user, password);
  const seen = await atrium.pollUntilSettled(user, member.guid);
  return { user, member: member.guid, status: seen.at(-1)! };
}

const resume = (atrium: AtriumAgent, user: string, member: string, guid: string, value: string) =>
  atrium.put(`/users/${user}/members/${member}/resume`, { member: { challenges: [{ guid, value }] } });

describe('MFA challenges and resume', () => {
  it('challenges password `challenge` with a TEXT question on /status and /challenges', async () => {
    const atrium = createTestApp().as();
    const { user, member, status } = await challengedMember(atrium, 'challenge');
    expect(status).toMatchObject({ connection_status: 'CHALLENGED', status: 'CHALLENGED', is_being_aggregated: true });
    const challenges = status.challenges as { guid: string }[];
    expect(challenges).toEqual([
      { field_name: 'What city were you born in?', guid: expect.stringMatching(/^CRD-/), label: 'What city were you born in?', type: 'TEXT' },
    ]);
    const listed = await atrium.get(`/users/${user}/members/${member}/challenges`).expect(200);
    expect(listed.body).toEqual({ challenges });
  });

  it('connects after the answer `correct`', async () => {
    const atrium = createTestApp().as();
    const { user, member, status } = await challengedMember(atrium, 'challenge');
    const guid = (status.challenges as { guid: string }[])[0]!.guid;
    const resumed = await resume(atrium, user, member, guid, 'correct').expect(202);
    expect(resumed.body.member).toMatchObject({ connection_status: 'RESUMED', status: 'RECEIVED', is_being_aggregated: true });
    const seen = await atrium.pollUntilSettled(user, member);
    expect(seen[0]).toMatchObject({ connection_status: 'CONNECTED', is_authenticated: true });
    expect(seen.at(-1)).toMatchObject({ connection_status: 'CONNECTED', status: 'COMPLETED', is_being_aggregated: false });
    await atrium.get(`/users/${user}/members/${member}/challenges`).expect(204, '');
  });

  it('asks a follow-up question after the answer `challenge`, then connects on `correct`', async () => {
    const atrium = createTestApp().as();
    const { user, member, status } = await challengedMember(atrium, 'challenge');
    const first = (status.challenges as { guid: string }[])[0]!.guid;
    await resume(atrium, user, member, first, 'challenge').expect(202);
    const followUp = (await atrium.pollUntilSettled(user, member)).at(-1)!;
    const second = (followUp.challenges as { guid: string; label: string }[])[0]!;
    expect(followUp.connection_status).toBe('CHALLENGED');
    expect(second.guid).not.toBe(first);
    expect(second.label).toBe('What is the name of your first pet?');
    await resume(atrium, user, member, second.guid, 'correct').expect(202);
    expect((await atrium.pollUntilSettled(user, member)).at(-1)).toMatchObject({ connection_status: 'CONNECTED', is_being_aggregated: false });
  });

  it('rejects a wrong answer: REJECTED and no longer aggregating', async () => {
    const atrium = createTestApp().as();
    const { user, member, status } = await challengedMember(atrium, 'challenge');
    await resume(atrium, user, member, (status.challenges as { guid: string }[])[0]!.guid, 'Paris').expect(202);
    const seen = await atrium.pollUntilSettled(user, member);
    expect(seen.at(-1)).toMatchObject({ connection_status: 'REJECTED', status: 'REJECTED', is_being_aggregated: false });
  });

  it.each([
    ['options', 'OPTIONS', 'options'],
    ['image', 'IMAGE_DATA', 'image_data'],
    ['image_options', 'IMAGE_OPTIONS', 'image_options'],
    ['token', 'TOKEN', undefined],
  ])('challenges password `%s` with a %s challenge answered by `correct`', async (password, type, extraField) => {
    const atrium = createTestApp().as();
    const { user, member, status } = await challengedMember(atrium, password);
    const challenge = (status.challenges as Record<string, unknown>[])[0]!;
    expect(challenge.type).toBe(type);
    if (extraField) expect(challenge[extraField]).toBeTruthy();
    if (type === 'OPTIONS') expect(challenge.options).toContainEqual({ label: 'Blue', value: 'correct' });
    await resume(atrium, user, member, challenge.guid as string, 'correct').expect(202);
    expect((await atrium.pollUntilSettled(user, member)).at(-1)).toMatchObject({ connection_status: 'CONNECTED', is_being_aggregated: false });
  });

  it('refuses resume with 405 when the member is not CHALLENGED', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password', { skip_aggregation: true });
    const response = await resume(atrium, user, member.guid, 'CRD-00000000-0000-0000-0000-000000000000', 'correct').expect(405);
    expect(response.body.error.message).toContain('is not CHALLENGED');
  });

  it('refuses answers to a challenge guid that is not open with 400 and stays CHALLENGED', async () => {
    const atrium = createTestApp().as();
    const { user, member } = await challengedMember(atrium, 'challenge');
    const response = await resume(atrium, user, member, 'CRD-00000000-0000-0000-0000-000000000000', 'correct').expect(400);
    expect(response.body.error.message).toContain('is not an open challenge');
    expect((await atrium.status(user, member)).body.member.connection_status).toBe('CHALLENGED');
  });

  it('expires unanswered challenges after 5 simulated minutes', async () => {
    const { as, clock } = createTestApp();
    const atrium = as();
    const { user, member, status } = await challengedMember(atrium, 'challenge');
    clock.advance(4 * 60_000);
    expect((await atrium.status(user, member)).body.member.connection_status).toBe('CHALLENGED');
    clock.advance(60_000);
    expect((await atrium.status(user, member)).body.member).toMatchObject({ connection_status: 'EXPIRED', status: 'EXPIRED', is_being_aggregated: false });
    await atrium.get(`/users/${user}/members/${member}/challenges`).expect(204);
    await resume(atrium, user, member, (status.challenges as { guid: string }[])[0]!.guid, 'correct').expect(405);
  });

  it('answers /challenges with 204 while the member is not challenged', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password');
    await atrium.get(`/users/${user}/members/${member.guid}/challenges`).expect(204);
  });
});
