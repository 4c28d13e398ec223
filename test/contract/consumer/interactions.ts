/**
 * What the reference client expects of Atrium, one exchange per call, each with the provider
 * state (a seed set or scenario name) that makes it true. The workflow tests compose these.
 */
import { MatchersV3 } from '@pact-foundation/pact';
import { MXBANK_LOGIN, MXBANK_PASSWORD } from '../../client/helpers.js';
import { generatedGuid, stateGuid, statePath, type Exchange } from '../support.js';

const { like, eachLike, integer } = MatchersV3;

/** Example values the consumer side sees; the provider side generates or injects the real ones. */
export const EXAMPLE = {
  user: 'USR-c0401d6c-b9d7-902b-c3df-b8cd586cc1c2',
  member: 'MBR-34c5274a-3741-f914-2995-44220991db9e',
  challenge: 'CRD-03015bd1-5c1e-4f0a-9d2b-7a1c3e5f9b20',
  followUp: 'CRD-2b67a8c8-f5ab-2def-00c3-f65099093cd1',
  account: 'ACT-c1de3525-0e1d-9000-5fbe-07fbdcf717bb',
  owner: 'ACO-e6c83b14-df2a-d6ca-5f3d-dea79549ef7b',
  identifier: 'pact-steven',
} as const;

const USER = `/users/${EXAMPLE.user}`;
const MEMBER = `${USER}/members/${EXAMPLE.member}`;
const userPath = (rest = '') => statePath(`/users/\${user_guid}${rest}`, `${USER}${rest}`);
const memberPath = (rest = '') => statePath(`/users/\${user_guid}/members/\${member_guid}${rest}`, `${MEMBER}${rest}`);
const userGuid = () => stateGuid('user_guid', 'USR', EXAMPLE.user);
const memberGuid = () => stateGuid('member_guid', 'MBR', EXAMPLE.member);
const errorBody = (message: string) => ({ error: { message: like(message) } });

// --- institution, users, members --------------------------------------------------------------

export const readMxBank: Exchange = {
  description: 'a request for the MX Bank institution',
  method: 'GET',
  path: '/institutions/mxbank',
  status: 200,
  response: { institution: { code: 'mxbank', name: like('MX Bank'), supports_account_identification: true } },
};

export const readMxBankCredentials: Exchange = {
  description: "a request for MX Bank's credential fields",
  method: 'GET',
  path: '/institutions/mxbank/credentials',
  status: 200,
  response: {
    credentials: [
      { guid: MXBANK_LOGIN, field_name: 'LOGIN', type: 'LOGIN', label: like('Username'), display_order: integer(0) },
      { guid: MXBANK_PASSWORD, field_name: 'PASSWORD', type: 'PASSWORD', label: like('Password'), display_order: integer(1) },
    ],
  },
};

export const listNoUsers: Exchange = {
  description: 'a request for the first page of users of a client that has none',
  method: 'GET',
  path: '/users',
  query: { page: '1', records_per_page: '100' },
  status: 200,
  response: { users: [], pagination: { current_page: 1, per_page: 100, total_entries: 0, total_pages: 1 } },
};

export const createUser: Exchange = {
  description: 'a request to create a user',
  method: 'POST',
  path: '/users',
  body: { user: { identifier: EXAMPLE.identifier } },
  status: 200,
  response: { user: { guid: generatedGuid('USR', EXAMPLE.user), identifier: EXAMPLE.identifier, is_disabled: false } },
};

/** The member the workflow creates: MX Bank, skip_aggregation, the test password that picks the behaviour. */
export const createMember = (password: 'password' | 'challenge'): Exchange => ({
  description: `a request to connect an MX Bank member with skip_aggregation (password "${password}")`,
  states: ['user-without-members'],
  method: 'POST',
  path: userPath('/members'),
  body: {
    member: {
      institution_code: 'mxbank',
      credentials: [
        { guid: MXBANK_LOGIN, value: 'test_atrium' },
        { guid: MXBANK_PASSWORD, value: password },
      ],
      skip_aggregation: true,
    },
  },
  status: 202,
  response: {
    member: { guid: generatedGuid('MBR', EXAMPLE.member), user_guid: userGuid(), institution_code: 'mxbank', connection_status: 'CREATED', is_being_aggregated: false },
  },
});

export const readUser = (state: string): Exchange => ({
  description: 'a request for a user the client stored earlier',
  states: [state],
  method: 'GET',
  path: userPath(),
  status: 200,
  response: { user: { guid: userGuid() } },
});

export const readMember = (state: string): Exchange => ({
  description: 'a request for a member the client stored earlier',
  states: [state],
  method: 'GET',
  path: memberPath(),
  status: 200,
  response: { member: { guid: memberGuid(), user_guid: userGuid(), institution_code: 'mxbank' } },
});

// --- identification ----------------------------------------------------------------------------

export const identifyStarts = (state: 'created-mxbank-member' | 'connected-mxbank-member'): Exchange => ({
  description: 'a request to start identification on an idle member',
  states: [state],
  method: 'POST',
  path: memberPath('/identify'),
  status: 200,
  response: { member: { guid: memberGuid(), is_being_aggregated: true, status: 'INITIATED' } },
});

export const identifyAlreadyRunning: Exchange = {
  description: 'a request to start identification while an identification already runs',
  states: ['identifying-mxbank-member'],
  method: 'POST',
  path: memberPath('/identify'),
  status: 202,
  response: { member: { guid: memberGuid(), is_being_aggregated: true } },
};

export const identifyConflict: Exchange = {
  description: 'a request to start identification while a standard aggregation runs',
  states: ['aggregating-mxbank-member'],
  method: 'POST',
  path: memberPath('/identify'),
  status: 409,
  response: errorBody('Member "MBR-..." is already running a standard aggregation; an identification can start once it finishes.'),
};

export const ownersNoneYet = (state: string): Exchange => ({
  description: 'a request for the account owners of a member not identified yet',
  states: [state],
  method: 'GET',
  path: memberPath('/account_owners'),
  status: 200,
  response: { account_owners: [] },
});

export const ownersIdentified: Exchange = {
  description: 'a request for the account owners of an identified member',
  states: ['identified-mxbank-member'],
  method: 'GET',
  path: memberPath('/account_owners'),
  status: 200,
  response: {
    account_owners: eachLike({
      guid: generatedGuid('ACO', EXAMPLE.owner),
      account_guid: generatedGuid('ACT', EXAMPLE.account),
      member_guid: memberGuid(),
      user_guid: userGuid(),
      owner_name: like('Brando Marks'),
      address: like('868 McLaughlin Green'),
      city: like('Ethaville'),
      state: like('AR'),
      postal_code: like('70231'),
      country: like('US'),
    }),
  },
};

// --- status polls and MFA -----------------------------------------------------------------------

export const statusRunning: Exchange = {
  description: 'a status read of a member whose identification runs',
  states: ['identifying-mxbank-member'],
  method: 'GET',
  path: memberPath('/status'),
  status: 200,
  response: { member: { guid: memberGuid(), connection_status: like('CONNECTED'), is_being_aggregated: true } },
};

export const statusIdentified: Exchange = {
  description: 'a status read of a member whose identification completed',
  states: ['identified-mxbank-member'],
  method: 'GET',
  path: memberPath('/status'),
  status: 200,
  response: { member: { guid: memberGuid(), connection_status: 'CONNECTED', is_being_aggregated: false, status: 'COMPLETED' } },
};

export const statusAggregated: Exchange = {
  description: 'a status read of a member whose standard aggregation completed',
  states: ['connected-mxbank-member'],
  method: 'GET',
  path: memberPath('/status'),
  status: 200,
  response: { member: { guid: memberGuid(), connection_status: 'CONNECTED', is_being_aggregated: false } },
};

const QUESTIONS = {
  first: { state: 'challenged-mxbank-member', label: 'What city were you born in?', example: EXAMPLE.challenge, name: 'first' },
  followUp: { state: 'follow-up-challenged-mxbank-member', label: 'What is the name of your first pet?', example: EXAMPLE.followUp, name: 'follow-up' },
} as const;
type Question = keyof typeof QUESTIONS;

const textChallenge = (question: Question) => ({
  guid: stateGuid('challenge_guid', 'CRD', QUESTIONS[question].example),
  label: QUESTIONS[question].label,
  field_name: like(QUESTIONS[question].label),
  type: 'TEXT',
});

export const statusChallenged = (question: Question): Exchange => ({
  description: `a status read of a member waiting for the answer to its ${QUESTIONS[question].name} TEXT question`,
  states: [QUESTIONS[question].state],
  method: 'GET',
  path: memberPath('/status'),
  status: 200,
  response: { member: { guid: memberGuid(), connection_status: 'CHALLENGED', is_being_aggregated: true, challenges: [textChallenge(question)] } },
});

export const listChallenges = (question: Question): Exchange => ({
  description: `a request for the open MFA challenges of a member asked its ${QUESTIONS[question].name} TEXT question`,
  states: [QUESTIONS[question].state],
  method: 'GET',
  path: memberPath('/challenges'),
  status: 200,
  response: { challenges: [textChallenge(question)] },
});

export const resume = (question: Question, value: string): Exchange => ({
  description: `a request to answer the ${QUESTIONS[question].name} TEXT question with "${value}"`,
  states: [QUESTIONS[question].state],
  method: 'PUT',
  path: memberPath('/resume'),
  body: { member: { challenges: [{ guid: stateGuid('challenge_guid', 'CRD', QUESTIONS[question].example), value }] } },
  status: 202,
  response: { member: { guid: memberGuid(), connection_status: 'RESUMED', is_being_aggregated: true } },
});

// --- MX's test GUIDs ----------------------------------------------------------------------------

const TEST_MEMBER = '/users/test_atrium/members/test_atrium_member';

export const testAtriumUser: Exchange = {
  description: 'a request for the test_atrium user',
  method: 'GET',
  path: '/users/test_atrium',
  status: 200,
  response: { user: { guid: 'test_atrium' } },
};

export const testAtriumIdentify: Exchange = {
  description: 'a request to identify test_atrium_member',
  method: 'POST',
  path: `${TEST_MEMBER}/identify`,
  status: 200,
  response: { member: { guid: 'test_atrium_member', user_guid: 'test_atrium', connection_status: 'CONNECTED', is_being_aggregated: false } },
};

export const testAtriumOwners: Exchange = {
  description: 'a request for the account owners of test_atrium_member',
  method: 'GET',
  path: `${TEST_MEMBER}/account_owners`,
  status: 200,
  response: {
    account_owners: eachLike({
      guid: like('ACO-63dc7714-6fc0-4aa2-a069-c06cdccd1af9'),
      account_guid: like('ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1'),
      member_guid: 'test_atrium_member',
      user_guid: 'test_atrium',
      owner_name: 'Donnie Darko',
    }),
  },
};

// --- errors -------------------------------------------------------------------------------------

export const UNKNOWN_MEMBER = 'MBR-00000000-0000-0000-0000-000000000000';

export const ownersOfUnknownMember: Exchange = {
  description: 'a request for the account owners of a member that does not exist',
  states: ['user-without-members'],
  method: 'GET',
  path: userPath(`/members/${UNKNOWN_MEMBER}/account_owners`),
  status: 404,
  response: errorBody('We were unable to find the record you requested: member "MBR-..." of user "USR-...".'),
};

export const listUsersWithoutKeys: Exchange = {
  description: 'a request for users without MX-API-Key and MX-Client-ID',
  anonymous: true,
  method: 'GET',
  path: '/users',
  query: { page: '1', records_per_page: '100' },
  status: 401,
  response: errorBody('Unauthorized: send your MX-API-Key and MX-Client-ID headers.'),
};
