import { describe, expect, it } from 'vitest';
import {
  AtriumNotFoundError,
  CredentialsMappingError,
  IdentificationChallengeError,
  IdentificationFailedError,
  IdentificationNotSupportedError,
  IdentificationTimeoutError,
  identifyAccountOwners,
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
    let now = 0;
    const slept: number[] = [];
    const fakeTime = {
      pollInterval: 3_000,
      timeout: 10_000,
      now: () => now,
      sleep: async (ms: number) => {
        slept.push(ms);
        now += ms;
      },
    };
    const error = await withSimulator({ timing: { duration: '1h' } }, (frozen) => failureOf(identify(recordingClient(frozen.url).client, { ...mxbank('password'), ...fakeTime })));
    expect(error).toBeInstanceOf(IdentificationTimeoutError);
    expect(error).toMatchObject({ timeout: 10_000, status: { is_being_aggregated: true } });
    expect(slept).toEqual([3_000, 3_000, 3_000, 1_000]);
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

  it('lets HTTP errors through as the client raised them (unknown user guid: 404)', async () => {
    const { client } = recordingClient(sim.url);
    const error = await failureOf(identify(client, { user: { guid: 'USR-00000000-0000-0000-0000-000000000000' }, ...mxbank('password') }));
    expect(error).toBeInstanceOf(AtriumNotFoundError);
    expect(error).toMatchObject({ operationId: 'readUser' });
  });
});
