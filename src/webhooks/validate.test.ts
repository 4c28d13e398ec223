import { describe, expect, it } from 'vitest';
import { sampleWebhook } from './samples.js';
import { assertWebhookPayload, nullableFields, WebhookValidationError, webhookProblems } from './validate.js';

describe('webhook payload validation against src/spec/webhooks.openapi.yml', () => {
  it('passes the payloads the builders make', () => {
    expect(webhookProblems(sampleWebhook('AGGREGATION'))).toEqual([]);
    expect(() => assertWebhookPayload(sampleWebhook('CONNECTION_STATUS'))).not.toThrow();
  });

  it('names every problem of a broken payload readably', () => {
    const broken = { ...sampleWebhook('AGGREGATION'), completed_on: '18/07/2018', transactions_created_count: -3, is_background: 'yes' };
    expect(webhookProblems(broken)).toEqual(['completed_on: must match format "date"', 'is_background: must be boolean', 'transactions_created_count: must be >= 0']);
  });

  it('refuses a field MX does not document in the simulator payloads, and lets it pass when asked not to be exact', () => {
    const extended = { ...sampleWebhook('BALANCE'), balance: 1000.23 };
    expect(webhookProblems(extended)).toEqual(['balance: is not a field MX documents for BALANCE']);
    expect(webhookProblems(extended, { exact: false })).toEqual([]);
  });

  it('names missing fields, fixed values and the null of a field that says whom the webhook is about', () => {
    const { connection_status_id: _dropped, ...withoutId } = sampleWebhook('CONNECTION_STATUS');
    expect(webhookProblems({ ...withoutId, action: 'UPDATED', member_guid: null })).toEqual([
      'connection_status_id: is missing',
      'action: must be equal to one of the allowed values ("CHANGED")',
      'member_guid: must be string',
    ]);
  });

  it('allows null where MX payloads may carry it', () => {
    const nulled = { ...sampleWebhook('AGGREGATION'), user_id: null, job_guid: null, completed_at: null, transactions_updated_count: null };
    expect(webhookProblems(nulled)).toEqual([]);
    expect(nullableFields('AGGREGATION')).toEqual(['completed_at', 'completed_on', 'is_background', 'job_guid', 'transactions_created_count', 'transactions_updated_count', 'user_id']);
    expect(nullableFields('CONNECTION_STATUS')).toEqual(['connection_status_message']);
  });

  it('says when a body is not a webhook at all', () => {
    expect(webhookProblems([1, 2])).toEqual(['(payload): is not a JSON object']);
    expect(webhookProblems({ type: 'IDENTIFICATION' })).toEqual(['type: "IDENTIFICATION" is not a webhook type (AGGREGATION, BALANCE, HISTORY, STATEMENT, VERIFICATION, CONNECTION_STATUS)']);
  });

  it('throws a WebhookValidationError carrying the type and the problems', () => {
    let error: unknown;
    try {
      assertWebhookPayload({ ...sampleWebhook('STATEMENT'), statements_created_count: '3' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WebhookValidationError);
    expect(error).toMatchObject({ type: 'STATEMENT', problems: ['statements_created_count: must be integer'] });
    expect((error as Error).message).toBe('The STATEMENT webhook payload does not match src/spec/webhooks.openapi.yml: statements_created_count: must be integer');
  });
});
