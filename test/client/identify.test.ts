import { describe, expect, it } from 'vitest';
import {
  AtriumConflictError,
  AtriumNotFoundError,
  createAtriumClient,
  CredentialsMappingError,
  IdentificationChallengeError,
  IdentificationConflictError,
  IdentificationFailedError,
  IdentificationNotSupportedError,
  IdentificationTimeoutError,
  IdentificationUserNotFoundError,
  identifyAccountOwners,
  MAX_IDLE_CONFLICTS,
  type AnswerChallenges,
  type AtriumClient,
  type IdentificationProgress,
  type IdentifyAccountOwnersOptions,
  type UserRef,
} from '../../src/client/index.js';
import { ManualClock } from '../../src/index.js';
import { existingMember, failureOf, mxbank, noWait, pollUntilIdle, recordingClient, sharedSimulator, statusesOf, withSimulator, type RecordedCall } from './support.js';

const sim = sharedSimulator();

type RunOptions = IdentifyAccountOwnersOptions extends infer O ? (O extends unknown ? Omit<O, 'client' | 'user'> & { user?: UserRef } : never) : never;

/** The workflow on `client` without waiting, as the user with identifier `steven` unless told otherwise. */
const identify = (client: AtriumClient, options: RunOptions) =>
  identifyAccountOwners({ client, user: { identifier: 'steven' }, sleep: noWait, ...options } as IdentifyAccountOwnersOptions);

/** Answers every challenge with the next of `values`, recording the questions. */
function answering(...values: string[]): AnswerChallenges & { asked: string[] } {
  const asked: string[] = [];
  const answer: AnswerChallenges = (challenges) =>
    challenges.map((challenge) => {
      asked.push(challenge.label);
      return { guid: challenge.guid, value: values.shift() ?? 'no answer left' };
    });
  return Object.assign(answer, { asked });
}

/** POSTs that create something (identify starts a job and is counted apart). */
const creations = (calls: RecordedCall[]) => calls.filter((call) => call.method === 'POST' && !call.path.endsWith('/identify'));

/** A clock that only moves when the workflow sleeps, and the sleeps it was asked for. */
function fakeTime() {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
  };
}

const IDLE_CONFLICT = 'Member "MBR-1" is running a job that its status does not show.';

/**
 * Atrium as a fetch, for a reused member MBR-1 of USR-1 without owners at MX Bank whose identify
 * always answers 409 while /status shows it idle. Records the identify calls.
 */
function alwaysConflicting() {
  const identifies: string[] = [];
  const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/vnd.mx.atrium.v1+json' } });
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = new URL(String(input)).pathname;
    if (path === '/users/USR-1') return answer(200, { user: { guid: 'USR-1', identifier: 'owner', is_disabled: false, metadata: null } });
    if (path === '/users/USR-1/members/MBR-1/account_owners') return answer(200, { account_owners: [] });
    if (path === '/users/USR-1/members/MBR-1') return answer(200, { member: { guid: 'MBR-1', user_guid: 'USR-1', institution_code: 'mxbank' } });
    if (path === '/institutions/mxbank') return answer(200, { institution: { code: 'mxbank', name: 'MX Bank', supports_account_identification: true } });
    if (path === '/users/USR-1/members/MBR-1/status') return answer(200, { member: { guid: 'MBR-1', connection_status: 'CONNECTED', status: 'COMPLETED', is_being_aggregated: false } });
    if (path === '/users/USR-1/members/MBR-1/identify' && init?.method === 'POST') {
      identifies.push(path);
      return answer(409, { error: { message: IDLE_CONFLICT } });
    }
    return answer(404, { error: { message: `no such route: ${init?.method ?? 'GET'} ${path}` } });
  };
  return { client: createAtriumClient({ baseUrl: 'http://atrium.test', apiKey: 'k', clientId: 'c', fetch }), identifies };
}

describe('identifyAccountOwners', () => {
  it('creates the user and a skip_aggregation member at MX Bank, identifies it and answers its owners', async () => {
    const { client, calls } = recordingClient(sim.url);
    const progress: IdentificationProgress[] = [];
    const result = await identify(client, { ...mxbank('password'), onProgress: (event) => progress.push(event) });

    expect(result).toMatchObject({ createdUser: true, createdMember: true, identified: true, status: { connection_status: 'CONNECTED', is_being_aggregated: false } });
    expect(result.accountOwners.length).toBeGreaterThan(0);
    for (const owner of result.accountOwners) expect(owner).toMatchObject({ member_guid: result.memberGuid, user_guid: result.userGuid, owner_name: expect.any(String) });
    expect(progress.map((event) => event.step)).toEqual(['institution', 'user', 'member', 'identify', 'status', 'status', 'status', 'status', 'completed']);
    expect((await client.readMember({ user_guid: result.userGuid, member_guid: result.memberGuid })).member.institution_code).toBe('mxbank');
    expect(statusesOf(calls, '/identify')).toEqual([200]);
  });

  it('answers a TEXT challenge and its follow-up, then finishes', async () => {
    const { client } = recordingClient(sim.url);
    const answers = answering('challenge', 'correct');
    const result = await identify(client, { ...mxbank('challenge'), answerChallenges: answers });
    expect(answers.asked).toEqual(['What city were you born in?', 'What is the name of your first pet?']);
    expect(result.accountOwners.length).toBeGreaterThan(0);
  });

  it('passes the round number and the CHALLENGED status to answerChallenges', async () => {
    const { client } = recordingClient(sim.url);
    const rounds: number[] = [];
    await identify(client, {
      ...mxbank('challenge'),
      answerChallenges: (challenges, context) => {
        rounds.push(context.round);
        expect(context.status.connection_status).toBe('CHALLENGED');
        return challenges.map((challenge) => ({ guid: challenge.guid, value: context.round === 1 ? 'challenge' : 'correct' }));
      },
    });
    expect(rounds).toEqual([1, 2]);
  });

  it('answers an OPTIONS challenge with the value of the chosen option', async () => {
    const { client } = recordingClient(sim.url);
    const chooseBlue: AnswerChallenges = (challenges) =>
      challenges.map((challenge) => ({ guid: challenge.guid, value: challenge.options!.find((option) => option.label === 'Blue')!.value }));
    const result = await identify(client, { ...mxbank('options'), answerChallenges: chooseBlue });
    expect(result.accountOwners.length).toBeGreaterThan(0);
  });

  it('keeps polling when identification is already running (202) on a reused member', async () => {
    const { client, calls } = recordingClient(sim.url);
    const ids = await existingMember(client, { skipAggregation: true });
    await client.identifyMember(ids);
    const result = await identify(client, { user: { guid: ids.user_guid }, member: ids.member_guid });
    expect(statusesOf(calls, '/identify')).toEqual([200, 202]);
    expect(result).toMatchObject({ memberGuid: ids.member_guid, createdUser: false, createdMember: false, identified: true });
    expect(result.accountOwners.length).toBeGreaterThan(0);
  });

  it('waits for a running standard aggregation (409) to finish and then identifies', async () => {
    const { client, calls } = recordingClient(sim.url);
    const ids = await existingMember(client, { skipAggregation: false });
    const progress: IdentificationProgress[] = [];
    const result = await identify(client, { user: { guid: ids.user_guid }, member: ids.member_guid, onProgress: (event) => progress.push(event) });
    expect(statusesOf(calls, '/identify')).toEqual([409, 200]);
    expect(progress.map((event) => event.step)).toContain('waiting');
    expect(result.accountOwners.length).toBeGreaterThan(0);
  });

  it.each([
    ['INVALID', 'DENIED'],
    ['LOCKED', 'LOCKED'],
    ['BAD_REQUEST', 'FAILED'],
    ['DISABLED', 'DISABLED'],
  ])('fails with IdentificationFailedError when password %s ends the job %s', async (password, connectionStatus) => {
    const { client } = recordingClient(sim.url);
    const error = await failureOf(identify(client, mxbank(password)));
    expect(error).toBeInstanceOf(IdentificationFailedError);
    expect(error).toMatchObject({ connectionStatus, step: 'status', status: { is_being_aggregated: false } });
    expect((error as Error).message).toMatch(new RegExp(`^Identification of member MBR-\\S+ ended ${connectionStatus} \\(status \\w+\\): `));
  });

  it('fails REJECTED after a wrong MFA answer', async () => {
    const { client } = recordingClient(sim.url);
    const error = await failureOf(identify(client, { ...mxbank('challenge'), answerChallenges: answering('Paris') }));
    expect(error).toBeInstanceOf(IdentificationFailedError);
    expect(error).toMatchObject({ connectionStatus: 'REJECTED', message: expect.stringContaining('the MFA answers were rejected') });
  });

  it('fails EXPIRED when the answers come after the challenge expired', async () => {
    const clock = new ManualClock();
    const error = await withSimulator({ clock }, (slow) => {
      const lateAnswers: AnswerChallenges = (challenges) => {
        clock.advance(5 * 60_000 + 1);
        return challenges.map((challenge) => ({ guid: challenge.guid, value: 'correct' }));
      };
      return failureOf(identify(recordingClient(slow.url).client, { ...mxbank('challenge'), answerChallenges: lateAnswers }));
    });
    expect(error).toBeInstanceOf(IdentificationFailedError);
    expect(error).toMatchObject({ connectionStatus: 'EXPIRED' });
  });

  it('fails with IdentificationChallengeError when challenged without an answerChallenges callback', async () => {
    const { client } = recordingClient(sim.url);
    const error = await failureOf(identify(client, mxbank('token')));
    expect(error).toBeInstanceOf(IdentificationChallengeError);
    expect(error).toMatchObject({ step: 'challenged', challenges: [expect.objectContaining({ type: 'TOKEN' })] });
  });

  it('times out on its own clock, sleeping the poll interval between reads', async () => {
    const time = fakeTime();
    const error = await withSimulator({ timing: { duration: '1h' } }, (frozen) =>
      failureOf(identify(recordingClient(frozen.url).client, { ...mxbank('password'), pollInterval: 3_000, timeout: 10_000, ...time })),
    );
    expect(error).toBeInstanceOf(IdentificationTimeoutError);
    expect(error).toMatchObject({ timeout: 10_000, status: { is_being_aggregated: true } });
    expect(time.slept).toEqual([3_000, 3_000, 3_000, 1_000]);
  });

  it('answers Donnie Darko for test_atrium / test_atrium_member without creating or identifying anything', async () => {
    const { client, calls } = recordingClient(sim.url);
    const result = await identify(client, { user: { guid: 'test_atrium' }, member: 'test_atrium_member' });
    expect(result).toMatchObject({ userGuid: 'test_atrium', memberGuid: 'test_atrium_member', identified: false, createdUser: false, createdMember: false, status: null });
    expect(result.accountOwners[0]).toMatchObject({ owner_name: 'Donnie Darko', email: 'donnie@darko.co', member_guid: 'test_atrium_member' });
    expect(calls.map((call) => call.method)).toEqual(['GET', 'GET']);
  });

  it('refuses an institution without identification (fidelity) before creating anything', async () => {
    const { client, calls } = recordingClient(sim.url);
    const error = await failureOf(identify(client, { institutionCode: 'fidelity', credentials: { username: 'u', password: 'p' } }));
    expect(error).toBeInstanceOf(IdentificationNotSupportedError);
    expect(error).toMatchObject({ institutionCode: 'fidelity', step: 'institution' });
    expect(creations(calls)).toEqual([]);
  });

  it('refuses credentials it cannot map before creating anything', async () => {
    const { client, calls } = recordingClient(sim.url);
    const error = await failureOf(identify(client, { institutionCode: 'mxbank', credentials: { usename: 'x', password: 'y' } }));
    expect(error).toBeInstanceOf(CredentialsMappingError);
    expect((error as Error).message).toBe('"usename" is not a credential of mxbank; its credentials are LOGIN ("Username"), PASSWORD ("Password").');
    expect(creations(calls)).toEqual([]);
  });

  it('reuses the user found by identifier and, on a second run with the same credentials, its member and owners', async () => {
    const { client, calls } = recordingClient(sim.url);
    const first = await identify(client, mxbank('password'));
    const second = await identify(client, mxbank('password'));
    expect(second).toMatchObject({ userGuid: first.userGuid, memberGuid: first.memberGuid, createdUser: false, createdMember: false, identified: false });
    expect(second.accountOwners).toEqual(first.accountOwners);
    expect(statusesOf(calls, '/members').filter((status) => status === 409)).toHaveLength(1);
  });

  it('identifies a reused connected member that has no owners yet', async () => {
    const { client } = recordingClient(sim.url);
    const ids = await existingMember(client, { skipAggregation: false });
    await pollUntilIdle(client, ids);
    const result = await identify(client, { user: { guid: ids.user_guid }, member: ids.member_guid });
    expect(result).toMatchObject({ identified: true, createdMember: false });
  });

  it('never creates a user for a reused member: an identifier no user has fails with IdentificationUserNotFoundError', async () => {
    const { client, calls } = recordingClient(sim.url);
    const error = await failureOf(identify(client, { user: { identifier: 'nobody' }, member: 'test_atrium_member' }));
    expect(error).toBeInstanceOf(IdentificationUserNotFoundError);
    expect(error).toMatchObject({ step: 'user', identifier: 'nobody', memberGuid: 'test_atrium_member' });
    expect((error as Error).message).toBe(
      'No user has the identifier "nobody". Reusing member test_atrium_member needs the user that owns it: pass user: { guid } or the identifier of that user.',
    );
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual(['GET /users']);
    expect((await client.listUsers()).users).toEqual([]);
  });

  it('reuses a member under the existing user found by its identifier', async () => {
    const { client, calls } = recordingClient(sim.url);
    const ids = await existingMember(client, { skipAggregation: true });
    const result = await identify(client, { user: { identifier: 'existing' }, member: ids.member_guid });
    expect(result).toMatchObject({ userGuid: ids.user_guid, memberGuid: ids.member_guid, createdUser: false, createdMember: false, identified: true });
    expect(creations(calls)).toHaveLength(2); // the user and member existingMember made, nothing more
  });

  it(`gives up after ${MAX_IDLE_CONFLICTS} 409s in a row from identify while /status shows the member idle, keeping MX's message`, async () => {
    const { client, identifies } = alwaysConflicting();
    const time = fakeTime();
    const error = await failureOf(identifyAccountOwners({ client, user: { guid: 'USR-1' }, member: 'MBR-1', pollInterval: 3_000, ...time }));
    expect(error).toBeInstanceOf(IdentificationConflictError);
    expect(error).toMatchObject({ step: 'identify', conflicts: MAX_IDLE_CONFLICTS, userGuid: 'USR-1', memberGuid: 'MBR-1' });
    expect((error as Error).message).toBe(
      `Member MBR-1 refused identification ${MAX_IDLE_CONFLICTS} times in a row with 409 while /status showed no running job. MX said: ${IDLE_CONFLICT}`,
    );
    expect((error as Error).cause).toBeInstanceOf(AtriumConflictError);
    expect((error as Error).cause).toMatchObject({ status: 409, message: IDLE_CONFLICT, operationId: 'identifyMember' });
    expect(identifies).toHaveLength(MAX_IDLE_CONFLICTS);
    expect(time.slept).toEqual(Array(MAX_IDLE_CONFLICTS - 1).fill(3_000));
  });

  it('attaches the last 409 to the timeout error when the timeout passes while identify keeps answering 409', async () => {
    const { client } = alwaysConflicting();
    const error = await failureOf(identifyAccountOwners({ client, user: { guid: 'USR-1' }, member: 'MBR-1', pollInterval: 3_000, timeout: 2_000, ...fakeTime() }));
    expect(error).toBeInstanceOf(IdentificationTimeoutError);
    expect(error).toMatchObject({ step: 'waiting', timeout: 2_000 });
    expect((error as Error).cause).toBeInstanceOf(AtriumConflictError);
    expect((error as Error).message).toContain(`The last identify answered 409: ${IDLE_CONFLICT}`);
  });

  it('takes timeout 0 as no overall timeout, like the client', async () => {
    const { client } = recordingClient(sim.url);
    let now = 0;
    // Every reading of the clock is a day later: any finite timeout would have passed.
    const result = await identify(client, { ...mxbank('password'), timeout: 0, now: () => (now += 86_400_000) });
    expect(result).toMatchObject({ identified: true, status: { connection_status: 'CONNECTED' } });
  });

  it('refuses a negative or NaN timeout before calling Atrium', async () => {
    const { client, calls } = recordingClient(sim.url);
    for (const timeout of [-1, Number.NaN]) {
      const error = await failureOf(identify(client, { ...mxbank('password'), timeout }));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(`identifyAccountOwners: timeout must be a number of milliseconds, 0 for no overall timeout; got ${timeout}.`);
    }
    expect(calls).toEqual([]);
  });

  it('lets HTTP errors through as the client raised them (unknown user guid: 404)', async () => {
    const { client } = recordingClient(sim.url);
    const error = await failureOf(identify(client, { user: { guid: 'USR-00000000-0000-0000-0000-000000000000' }, ...mxbank('password') }));
    expect(error).toBeInstanceOf(AtriumNotFoundError);
    expect(error).toMatchObject({ operationId: 'readUser' });
  });
});
