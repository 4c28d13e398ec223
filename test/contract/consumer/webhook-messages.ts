/**
 * The webhooks the reference client reads, as Pact V4 asynchronous messages: for each, the
 * provider state that sets up its member (a seed set) and the payload with matchers for what the
 * client relies on. The provider side builds the payload with the simulator's payload builders.
 */
import { MatchersV3 } from '@pact-foundation/pact';
import { generatedGuid } from '../support.js';

const { like, integer, regex, eachLike } = MatchersV3;

export interface WebhookMessage {
  description: string;
  states: readonly string[];
  /** The JSON payload, with matchers where the value is the provider's to choose. */
  content: Record<string, unknown>;
}

const member = () => generatedGuid('MBR', 'MBR-34c5274a-3741-f914-2995-44220991db9e');
const user = () => generatedGuid('USR', 'USR-c0401d6c-b9d7-902b-c3df-b8cd586cc1c2');
const job = () => generatedGuid('JOB', 'JOB-823ab268-5107-4a67-97c8-60292572ac2e');
const completed = () => ({ completed_at: integer(1768478400), completed_on: regex(/^\d{4}-\d{2}-\d{2}$/, '2026-01-15') });

export const backgroundAggregation: WebhookMessage = {
  description: 'an AGGREGATION webhook after a background aggregation found new transactions',
  states: ['connected-mxbank-member'],
  content: {
    action: 'member_data_updated',
    ...completed(),
    is_background: true,
    job_guid: job(),
    member_guid: member(),
    transactions_created_count: integer(3),
    transactions_updated_count: integer(2),
    type: 'AGGREGATION',
    user_guid: user(),
    user_id: like('unique_id'),
  },
};

export const manualAggregation: WebhookMessage = {
  description: 'an AGGREGATION webhook after an aggregation started through the API',
  states: ['connected-mxbank-member'],
  content: { ...backgroundAggregation.content, is_background: false },
};

export const challenged: WebhookMessage = {
  description: 'a CONNECTION_STATUS webhook for a member waiting for an MFA answer',
  states: ['challenged-mxbank-member'],
  content: {
    action: 'CHANGED',
    connection_status: 'CHALLENGED',
    connection_status_id: 3,
    connection_status_message: like('To authenticate your connection to MX Bank, please answer the following challenge(s).'),
    member_guid: member(),
    type: 'CONNECTION_STATUS',
    user_guid: user(),
  },
};

export const balance: WebhookMessage = {
  description: 'a BALANCE webhook after a balance fetch',
  states: ['connected-mxbank-member'],
  content: { action: 'member_data_updated', ...completed(), member_guid: member(), type: 'BALANCE', user_guid: user() },
};

export const history: WebhookMessage = {
  description: 'a HISTORY webhook after an extended transaction history fetch',
  states: ['connected-mxbank-member'],
  content: {
    action: 'member_data_updated',
    ...completed(),
    member_guid: member(),
    transactions_created_count: integer(3),
    transactions_updated_count: integer(2),
    type: 'HISTORY',
    user_guid: user(),
  },
};

export const statement: WebhookMessage = {
  description: 'a STATEMENT webhook after a statement fetch',
  states: ['connected-mxbank-member'],
  content: { action: 'member_data_updated', ...completed(), member_guid: member(), statements_created_count: integer(3), type: 'STATEMENT', user_guid: user() },
};

export const verification: WebhookMessage = {
  description: 'a VERIFICATION webhook after a verification',
  states: ['connected-mxbank-member'],
  content: {
    accounts: eachLike(generatedGuid('ACT', 'ACT-c1de3525-0e1d-9000-5fbe-07fbdcf717bb')),
    action: 'member_data_updated',
    ...completed(),
    job_guid: job(),
    member_guid: member(),
    type: 'VERIFICATION',
    user_guid: user(),
    user_id: like('unique_id'),
  },
};
