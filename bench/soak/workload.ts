import { MXBANK_PASSWORD_GUID, MXBANK_USERNAME_GUID } from '../atrium.js';
import type { SoakClient } from './client.js';
import { HOSTILE } from './hostile.js';

/** What the soak remembers of one tenant between actions. */
export interface SoakTenant {
  client: SoakClient;
  users: string[];
  /** The user that holds the tenant's members, and its connected members. */
  memberUser: string | null;
  members: string[];
  counter: number;
}

const MAX_POLLS = 30;
/**
 * Connected members a tenant keeps (the oldest is deleted to make room). Each holds 90 days of
 * transactions, so this caps the state; small enough that every tenant reaches it in the first
 * third of a 5-minute run and the curve shows what the server does once state stops growing.
 */
const MEMBERS_KEPT = 5;

interface MemberStatus {
  is_being_aggregated: boolean;
  connection_status: string;
  challenges?: { guid: string }[];
}

/** Polls a job to its end, answering every MFA challenge `correct` (each job authenticates again, so MFA members are challenged every time). */
async function untilDone(tenant: SoakTenant, user: string, member: string): Promise<MemberStatus | null> {
  for (let i = 0; i < MAX_POLLS; i += 1) {
    const answer = await tenant.client.call([200], 'GET', `/users/${user}/members/${member}/status`);
    if (answer.status !== 200) return null;
    const state = answer.body.member as MemberStatus;
    if (state.connection_status === 'CHALLENGED' && state.challenges?.length) {
      const challenges = state.challenges.map((challenge) => ({ guid: challenge.guid, value: 'correct' }));
      await tenant.client.call([202], 'PUT', `/users/${user}/members/${member}/resume`, { member: { challenges } });
    } else if (!state.is_being_aggregated) {
      return state;
    }
  }
  tenant.client.tally.wrong(`member ${member}'s job did not finish in ${MAX_POLLS} status reads`);
  return null;
}

/** Creates users until the tenant's limit answers 405, then deletes half and goes on: state stays bounded. */
async function users(tenant: SoakTenant): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    tenant.counter += 1;
    const answer = await tenant.client.call([200, 405], 'POST', '/users', { user: { identifier: `soak-${tenant.counter}`, metadata: `{"n": ${tenant.counter}}` } });
    if (answer.status === 200) tenant.users.push(answer.body.user.guid);
    if (answer.status === 405) {
      for (const user of tenant.users.splice(0, Math.ceil(tenant.users.length / 2))) await tenant.client.call([200, 204], 'DELETE', `/users/${user}`);
    }
  }
  await tenant.client.call([200], 'GET', '/users?records_per_page=100');
}

async function memberUser(tenant: SoakTenant): Promise<string | null> {
  if (tenant.memberUser) return tenant.memberUser;
  tenant.counter += 1;
  const answer = await tenant.client.call([200], 'POST', '/users', { user: { identifier: `soak-members-${tenant.counter}` } });
  tenant.memberUser = answer.status === 200 ? answer.body.user.guid : null;
  return tenant.memberUser;
}

/** A member whose password asks for MFA; the challenge is answered and the job completes CONNECTED. */
async function mfaMember(tenant: SoakTenant): Promise<void> {
  const user = await memberUser(tenant);
  if (!user) return;
  if (tenant.members.length >= MEMBERS_KEPT) await tenant.client.call([200, 204], 'DELETE', `/users/${user}/members/${tenant.members.shift()}`);
  tenant.counter += 1;
  const created = await tenant.client.call([202], 'POST', `/users/${user}/members`, {
    member: {
      institution_code: 'mxbank',
      credentials: [
        { guid: MXBANK_USERNAME_GUID, value: `soak-${tenant.counter}` },
        { guid: MXBANK_PASSWORD_GUID, value: 'challenge' },
      ],
    },
  });
  if (created.status !== 202) return;
  const member = created.body.member.guid as string;
  const done = await untilDone(tenant, user, member);
  if (done && done.connection_status !== 'CONNECTED') tenant.client.tally.wrong(`MFA member ended ${done.connection_status}`);
  if (done) tenant.members.push(member);
}

/** identify, verify and aggregate one connected member, each polled to the end. */
async function jobs(tenant: SoakTenant): Promise<void> {
  const member = tenant.members[tenant.counter % Math.max(1, tenant.members.length)];
  if (!member || !tenant.memberUser) return mfaMember(tenant);
  for (const job of ['identify', 'verify', 'aggregate']) {
    const started = await tenant.client.call([200, 202], 'POST', `/users/${tenant.memberUser}/members/${member}/${job}`);
    if (started.status >= 400) return;
    const done = await untilDone(tenant, tenant.memberUser, member);
    if (done && done.connection_status !== 'CONNECTED') tenant.client.tally.wrong(`${job} ended ${done.connection_status}`);
  }
  await tenant.client.call([200], 'GET', `/users/${tenant.memberUser}/members/${member}/account_owners`);
  await tenant.client.call([200], 'GET', `/users/${tenant.memberUser}/members/${member}/account_numbers`);
}

async function lists(tenant: SoakTenant): Promise<void> {
  const user = tenant.memberUser;
  if (!user || tenant.members.length === 0) return mfaMember(tenant);
  await tenant.client.call([200], 'GET', `/users/${user}/transactions?records_per_page=25`);
  await tenant.client.call([200], 'GET', `/users/${user}/transactions?records_per_page=25&page=2`);
  await tenant.client.call([200], 'GET', `/users/${user}/members/${tenant.members[0]}/transactions`);
  await tenant.client.call([200], 'GET', `/users/${user}/accounts`);
}

async function journal(tenant: SoakTenant): Promise<void> {
  await tenant.client.call([200], 'GET', '/__mock/requests?limit=50');
  await tenant.client.call([200], 'GET', '/__mock/requests?status=4xx&limit=20');
  await tenant.client.call([200], 'GET', '/__mock/metrics');
}

async function hostile(tenant: SoakTenant): Promise<void> {
  const input = HOSTILE[tenant.counter % HOSTILE.length]!;
  tenant.counter += 1;
  const status = await input.send(tenant.client, tenant.memberUser ?? 'USR-none');
  if (!input.expect.includes(status)) tenant.client.tally.wrong(`hostile input "${input.name}" answered ${status} (expected ${input.expect.join('/')})`);
}

/** The mix, by weight. */
export const ACTIONS: { name: string; weight: number; run(tenant: SoakTenant): Promise<void> }[] = [
  { name: 'create/delete users', weight: 3, run: users },
  { name: 'MFA member', weight: 2, run: mfaMember },
  { name: 'identify/verify/aggregate', weight: 2, run: jobs },
  { name: 'list transactions', weight: 3, run: lists },
  { name: 'journal reads', weight: 1, run: journal },
  { name: 'hostile input', weight: 1, run: hostile },
];

export function pickAction(draw: number): (typeof ACTIONS)[number] {
  const total = ACTIONS.reduce((sum, action) => sum + action.weight, 0);
  let left = draw * total;
  for (const action of ACTIONS) {
    left -= action.weight;
    if (left < 0) return action;
  }
  return ACTIONS.at(-1)!;
}
