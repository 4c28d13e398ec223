import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ATRIUM_WEBHOOK_TYPES, AtriumWebhookError, isAtriumWebhook, parseAtriumWebhook, type AtriumWebhook } from '../../src/client/index.js';
import { planChaos } from '../../src/webhooks/chaos.js';
import { sampleWebhook } from '../../src/webhooks/samples.js';
import { WEBHOOK_TYPES } from '../../src/webhooks/types.js';
import { documentedFields } from '../../src/webhooks/validate.js';

/** The error parseAtriumWebhook throws for a body. */
function failure(body: unknown): AtriumWebhookError {
  try {
    parseAtriumWebhook(body);
  } catch (error) {
    if (error instanceof AtriumWebhookError) return error;
    throw error;
  }
  throw new Error('parseAtriumWebhook accepted the body');
}

describe('parseAtriumWebhook, the reference client reading a webhook body', () => {
  it('reads the raw body text into a typed webhook', () => {
    const webhook = parseAtriumWebhook(JSON.stringify(sampleWebhook('AGGREGATION')));
    expect(webhook).toEqual(sampleWebhook('AGGREGATION'));
    if (isAtriumWebhook(webhook, 'AGGREGATION')) expectTypeOf(webhook.transactions_created_count).toEqualTypeOf<number | null>();
    expectTypeOf(webhook).toEqualTypeOf<AtriumWebhook>();
  });

  it('reads bytes as well as parsed JSON', () => {
    expect(parseAtriumWebhook(Buffer.from(JSON.stringify(sampleWebhook('BALANCE'))))).toEqual(sampleWebhook('BALANCE'));
    expect(parseAtriumWebhook(sampleWebhook('CONNECTION_STATUS'))).toEqual(sampleWebhook('CONNECTION_STATUS'));
  });

  it('accepts nulls, unknown fields and any field order, keeping only the documented fields', () => {
    const payload = sampleWebhook('VERIFICATION');
    const shuffled = Object.fromEntries([...Object.entries(payload)].reverse());
    const webhook = parseAtriumWebhook({ ...shuffled, user_id: null, job_guid: null, risk_score: 0.2, institution: { code: 'mxbank' } });
    expect(webhook).toEqual({ ...payload, user_id: null, job_guid: null });
    expect(Object.keys(webhook)).toEqual(Object.keys(payload));
  });

  it('reads a missing optional field as null', () => {
    const { user_id: _omitted, job_guid: _alsoOmitted, ...rest } = sampleWebhook('AGGREGATION');
    expect(parseAtriumWebhook(rest)).toMatchObject({ user_id: null, job_guid: null, type: 'AGGREGATION' });
  });

  it('reads VERIFICATION accounts given as one string, as MX field table calls it', () => {
    expect(parseAtriumWebhook({ ...sampleWebhook('VERIFICATION'), accounts: 'ACT-1' })).toMatchObject({ accounts: ['ACT-1'] });
  });

  it('reads every payload the simulator chaos makes', () => {
    const payloads = WEBHOOK_TYPES.map((type) => sampleWebhook(type));
    for (const seed of ['a', 'b', 'c', 'd']) {
      for (const { payload } of planChaos(payloads, { duplicate: 0.5, reorder: true, unknown_fields: true, nulls: true }, seed, 0).deliveries) {
        expect(() => parseAtriumWebhook(JSON.stringify(payload))).not.toThrow();
      }
    }
  });

  it.each([
    ['text that is not JSON', '{"type":', 'not_json', null],
    ['JSON that is not an object', '[1]', 'not_an_object', null],
    ['an object without a type', { member_guid: 'MBR-1' }, 'missing_field', 'type'],
    ['a type that is not a string', { type: 7 }, 'wrong_type', 'type'],
    ['a member_guid that is null', { ...sampleWebhook('BALANCE'), member_guid: null }, 'missing_field', 'member_guid'],
    ['a count that is a string', { ...sampleWebhook('HISTORY'), transactions_created_count: '3' }, 'wrong_type', 'transactions_created_count'],
    ['a connection status MX does not send in this webhook', { ...sampleWebhook('CONNECTION_STATUS'), connection_status: 'CONNECTED' }, 'unexpected_value', 'connection_status'],
  ])('rejects %s with a typed error', (_name, body, reason, field) => {
    expect(failure(body)).toMatchObject({ name: 'AtriumWebhookError', reason, field });
  });

  it('tells an unknown webhook type apart, so a receiver can answer 204 and ignore it', () => {
    const error = failure({ type: 'IDENTIFICATION', member_guid: 'MBR-1' });
    expect(error).toMatchObject({ reason: 'unknown_type', webhookType: 'IDENTIFICATION' });
    expect(error.message).toBe('"IDENTIFICATION" is not a webhook type this client reads (AGGREGATION, BALANCE, HISTORY, STATEMENT, VERIFICATION, CONNECTION_STATUS); MX may add types: answer 204 and ignore it.');
  });

  it('knows the types and fields of the webhook spec', () => {
    expect(ATRIUM_WEBHOOK_TYPES).toEqual(WEBHOOK_TYPES);
    for (const type of WEBHOOK_TYPES) expect(Object.keys(parseAtriumWebhook(sampleWebhook(type)))).toEqual(documentedFields(type));
  });

  it('never fails with anything but an AtriumWebhookError, whatever the body', () => {
    const valid = WEBHOOK_TYPES.map((type) => sampleWebhook(type) as Record<string, unknown>);
    const mutated = fc.tuple(fc.constantFrom(...valid), fc.dictionary(fc.constantFrom('type', 'member_guid', 'user_guid', 'action', 'accounts', 'completed_at', 'connection_status', 'is_background', 'x'), fc.jsonValue()));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), mutated.map(([payload, changes]) => ({ ...payload, ...changes }))), (body) => {
        try {
          parseAtriumWebhook(body);
        } catch (error) {
          if (!(error instanceof AtriumWebhookError)) throw error;
        }
      }),
      { numRuns: 500, seed: 15 },
    );
  });
});
