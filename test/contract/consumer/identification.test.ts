import { describe, expect, it } from 'vitest';
import { identifyAccountOwners, type AnswerChallenges, type IdentificationProgress, type IdentificationStep } from '../../../src/client/index.js';
import { inPhases, noWait, pactClient } from '../support.js';
import * as ix from './interactions.js';

const STATUS = /\/status$/;
const RESUME = /\/resume$/;
const IDENTIFY = /\/identify$/;

type Password = 'password' | 'challenge';
type Progress = (progress: IdentificationProgress) => void;

/** The calls before identify when the workflow connects a new member: institution, credentials, users, user, member. */
const newMember = (password: Password) => [ix.readMxBank, ix.readMxBankCredentials, ix.listNoUsers, ix.createUser, ix.createMember(password)];
/** The calls before identify when the workflow reuses a stored member: user, its owners (none yet), member, institution. */
const storedMember = (state: string) => [ix.readUser(state), ix.ownersNoneYet(state), ix.readMember(state), ix.readMxBank];

const identifyNewMember = (fetch: typeof globalThis.fetch, password: Password, callbacks: { onProgress?: Progress; answerChallenges?: AnswerChallenges }) =>
  identifyAccountOwners({
    client: pactClient(fetch),
    user: { identifier: ix.EXAMPLE.identifier },
    institutionCode: 'mxbank',
    credentials: { username: 'test_atrium', password },
    sleep: noWait,
    ...callbacks,
  });

const identifyStoredMember = (fetch: typeof globalThis.fetch, onProgress: Progress) =>
  identifyAccountOwners({ client: pactClient(fetch), user: { guid: ix.EXAMPLE.user }, member: ix.EXAMPLE.member, sleep: noWait, onProgress });

describe('Pact consumer: Account Owner Identification with the reference client', () => {
  it('creates a user and a member, identifies it, polls until it completes and lists the owners', async () => {
    const steps: IdentificationStep[] = [];
    const result = await inPhases(
      [
        { exchanges: [...newMember('password'), ix.identifyStarts('created-mxbank-member'), ix.statusRunning], until: { method: 'GET', path: STATUS } },
        { exchanges: [ix.statusIdentified, ix.ownersIdentified] },
      ],
      (fetch) => identifyNewMember(fetch, 'password', { onProgress: ({ step }) => steps.push(step) }),
    );
    expect(result).toMatchObject({ userGuid: ix.EXAMPLE.user, memberGuid: ix.EXAMPLE.member, createdUser: true, createdMember: true, identified: true });
    expect(result.accountOwners[0]).toMatchObject({ owner_name: 'Brando Marks', member_guid: ix.EXAMPLE.member });
    expect(steps.filter((step) => step === 'status')).toHaveLength(2);
  });

  it('answers a TEXT question, then its follow-up question, through answerChallenges and resumes each time', async () => {
    const asked: string[] = [];
    const result = await inPhases(
      [
        {
          exchanges: [...newMember('challenge'), ix.identifyStarts('created-mxbank-member'), ix.statusChallenged('first'), ix.listChallenges('first'), ix.resume('first', 'challenge')],
          until: { method: 'PUT', path: RESUME },
        },
        { exchanges: [ix.statusChallenged('followUp'), ix.listChallenges('followUp'), ix.resume('followUp', 'correct')], until: { method: 'PUT', path: RESUME } },
        { exchanges: [ix.statusIdentified, ix.ownersIdentified] },
      ],
      (fetch) =>
        identifyNewMember(fetch, 'challenge', {
          // "challenge" passes the first question and asks a follow-up; "correct" passes that one.
          answerChallenges: (challenges, { round }) => {
            asked.push(...challenges.map((challenge) => challenge.label));
            return challenges.map((challenge) => ({ guid: challenge.guid, value: round === 1 ? 'challenge' : 'correct' }));
          },
        }),
    );
    expect(asked).toEqual(['What city were you born in?', 'What is the name of your first pet?']);
    expect(result.status).toMatchObject({ connection_status: 'CONNECTED', status: 'COMPLETED' });
    expect(result.accountOwners.length).toBeGreaterThan(0);
  });

  it('treats identify answering 202 as "already running" and keeps polling the running job', async () => {
    const steps: string[] = [];
    const result = await inPhases(
      [
        { exchanges: [...storedMember('identifying-mxbank-member'), ix.identifyAlreadyRunning, ix.statusRunning], until: { method: 'GET', path: STATUS } },
        { exchanges: [ix.statusIdentified, ix.ownersIdentified] },
      ],
      (fetch) => identifyStoredMember(fetch, ({ step, message }) => steps.push(`${step}: ${message}`)),
    );
    expect(steps).toContain(`identify: identification already running on ${ix.EXAMPLE.member}`);
    expect(result).toMatchObject({ createdUser: false, createdMember: false, identified: true });
    expect(result.accountOwners.length).toBeGreaterThan(0);
  });

  it('waits out a 409 while another job runs, then starts identification and completes it', async () => {
    const steps: string[] = [];
    const result = await inPhases(
      [
        { exchanges: [...storedMember('aggregating-mxbank-member'), ix.identifyConflict], until: { method: 'POST', path: IDENTIFY, status: 409 } },
        { exchanges: [ix.statusAggregated, ix.identifyStarts('connected-mxbank-member')], until: { method: 'POST', path: IDENTIFY, status: 200 } },
        { exchanges: [ix.statusIdentified, ix.ownersIdentified] },
      ],
      (fetch) => identifyStoredMember(fetch, ({ step }) => steps.push(step)),
    );
    expect(steps).toContain('waiting');
    expect(steps.filter((step) => step === 'identify')).toHaveLength(1);
    expect(result).toMatchObject({ identified: true, status: { connection_status: 'CONNECTED', is_being_aggregated: false } });
  });
});
