/**
 * One sample webhook of each type, built by the real builders from fixed inputs (MX's own sample
 * guids and times): the payloads docs/webhooks.md shows, and what Pact message verification sends
 * when a provider state names no member.
 */
import { buildWebhook, type WebhookInputs } from './payloads.js';
import type { WebhookPayloads, WebhookType } from './types.js';

/** MX's sample ids and time (docs.mx.com/resources/webhooks/aggregation): 2018-07-18T20:56:50Z. */
export const SAMPLE_MEMBER = Object.freeze({ guid: 'MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a', user_guid: 'USR-eaf4ac68-d17d-5e9b-7b46-959a5b315a9e' });
export const SAMPLE_COMPLETED_AT_MS = 1_531_947_410_000;

const SAMPLE_INPUTS: WebhookInputs = {
  AGGREGATION: {
    member: SAMPLE_MEMBER,
    job_guid: 'JOB-823ab268-5107-4a67-97c8-60292572ac2e',
    completed_at_ms: SAMPLE_COMPLETED_AT_MS,
    is_background: true,
    transactions_created_count: 3,
    transactions_updated_count: 2,
    user_id: 'unique_id',
  },
  BALANCE: { member: SAMPLE_MEMBER, completed_at_ms: SAMPLE_COMPLETED_AT_MS },
  HISTORY: { member: SAMPLE_MEMBER, completed_at_ms: SAMPLE_COMPLETED_AT_MS, transactions_created_count: 3, transactions_updated_count: 2 },
  STATEMENT: { member: SAMPLE_MEMBER, completed_at_ms: SAMPLE_COMPLETED_AT_MS, statements_created_count: 3 },
  VERIFICATION: {
    member: SAMPLE_MEMBER,
    job_guid: 'JOB-647d4f6b-a549-4b32-af48-1efaa2e143a5',
    completed_at_ms: SAMPLE_COMPLETED_AT_MS,
    accounts: ['ACT-6836c1bb-a651-4a16-bb41-30e3b7e20e3f'],
    user_id: 'unique_id',
  },
  CONNECTION_STATUS: { member: SAMPLE_MEMBER, connection_status: 'CHALLENGED', institution_name: 'MX Bank' },
};

/** The sample inputs of a type, with some replaced (e.g. another member, `is_background: false`). */
export function sampleInput<T extends WebhookType>(type: T, overrides: Partial<WebhookInputs[T]> = {}): WebhookInputs[T] {
  return { ...SAMPLE_INPUTS[type], ...overrides };
}

/** The sample payload of a type, built by its builder. */
export function sampleWebhook<T extends WebhookType>(type: T, overrides: Partial<WebhookInputs[T]> = {}): WebhookPayloads[T] {
  return buildWebhook(type, sampleInput(type, overrides));
}
