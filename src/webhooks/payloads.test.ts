import { describe, expect, it } from 'vitest';
import { CONNECTION_STATUS_IDS, firesConnectionStatusWebhook, WEBHOOK_CONNECTION_STATUSES } from './connection-statuses.js';
import { aggregationPayload, balancePayload, buildWebhook, connectionStatusPayload, historyPayload, statementPayload, verificationPayload } from './payloads.js';
import { sampleWebhook } from './samples.js';
import { WEBHOOK_TYPES } from './types.js';
import { documentedFields, webhookProblems } from './validate.js';

const member = { guid: 'MBR-34c5274a-3741-f914-2995-44220991db9e', user_guid: 'USR-c0401d6c-b9d7-902b-c3df-b8cd586cc1c2' };
/** 2026-01-15T23:59:59.999Z: the last millisecond of a UTC day. */
const LATE = Date.UTC(2026, 0, 15, 23, 59, 59, 999);

describe('webhook payload builders', () => {
  it('build an AGGREGATION payload with exactly the fields MX documents, in MX order, times in Unix seconds and a UTC date', () => {
    const payload = aggregationPayload({
      member,
      job_guid: 'JOB-1',
      completed_at_ms: LATE,
      is_background: false,
      transactions_created_count: 4,
      transactions_updated_count: 1,
      user_id: 'steven',
    });
    expect(payload).toEqual({
      action: 'member_data_updated',
      completed_at: 1768521599,
      completed_on: '2026-01-15',
      is_background: false,
      job_guid: 'JOB-1',
      member_guid: member.guid,
      transactions_created_count: 4,
      transactions_updated_count: 1,
      type: 'AGGREGATION',
      user_guid: member.user_guid,
      user_id: 'steven',
    });
    expect(Object.keys(payload)).toEqual(documentedFields('AGGREGATION'));
  });

  it('send user_id null for a user without an identifier', () => {
    expect(verificationPayload({ member, job_guid: 'JOB-2', completed_at_ms: LATE, accounts: ['ACT-1', 'ACT-2'], user_id: null })).toMatchObject({
      accounts: ['ACT-1', 'ACT-2'],
      user_id: null,
      type: 'VERIFICATION',
    });
  });

  it('build BALANCE, HISTORY and STATEMENT payloads without the fields only AGGREGATION has', () => {
    expect(Object.keys(balancePayload({ member, completed_at_ms: LATE }))).toEqual(['action', 'completed_at', 'completed_on', 'member_guid', 'type', 'user_guid']);
    expect(historyPayload({ member, completed_at_ms: LATE, transactions_created_count: 120, transactions_updated_count: 0 })).toMatchObject({ type: 'HISTORY', transactions_created_count: 120 });
    expect(statementPayload({ member, completed_at_ms: LATE, statements_created_count: 2 })).toMatchObject({ type: 'STATEMENT', statements_created_count: 2 });
  });

  it('give CONNECTION_STATUS the integer id of MX table and MX message naming the institution', () => {
    expect(connectionStatusPayload({ member, connection_status: 'CHALLENGED', institution_name: 'MX Bank' })).toEqual({
      action: 'CHANGED',
      connection_status: 'CHALLENGED',
      connection_status_id: 3,
      connection_status_message: 'To authenticate your connection to MX Bank, please answer the following challenge(s).',
      member_guid: member.guid,
      type: 'CONNECTION_STATUS',
      user_guid: member.user_guid,
    });
    expect(connectionStatusPayload({ member, connection_status: 'DENIED', institution_name: 'MX Bank' }).connection_status_id).toBe(2);
    expect(connectionStatusPayload({ member, connection_status: 'LOCKED', institution_name: 'MX Bank', connection_status_message: 'Call your bank.' }).connection_status_message).toBe('Call your bank.');
  });

  it('fire CONNECTION_STATUS only for the eight statuses that need the end user', () => {
    expect(WEBHOOK_CONNECTION_STATUSES).toEqual(['CHALLENGED', 'DENIED', 'EXPIRED', 'IMPAIRED', 'IMPEDED', 'LOCKED', 'PREVENTED', 'REJECTED']);
    expect(WEBHOOK_CONNECTION_STATUSES.map((status) => CONNECTION_STATUS_IDS[status])).toEqual([3, 2, 19, 20, 7, 5, 1, 4]);
    expect(['CONNECTED', 'RESUMED', 'FAILED', null, 'toString'].some((status) => firesConnectionStatusWebhook(status))).toBe(false);
    expect(() => connectionStatusPayload({ member, connection_status: 'CONNECTED' as never, institution_name: 'MX Bank' })).toThrow(
      'connection_status CONNECTED does not fire CONNECTION_STATUS; only CHALLENGED, DENIED, EXPIRED, IMPAIRED, IMPEDED, LOCKED, PREVENTED, REJECTED do',
    );
  });

  it('refuse a completion time that is not a time', () => {
    expect(() => balancePayload({ member, completed_at_ms: Number.NaN })).toThrow(RangeError);
    expect(() => balancePayload({ member, completed_at_ms: -1 })).toThrow('completed_at_ms must be a time in milliseconds since the epoch, not -1');
  });

  it.each(WEBHOOK_TYPES)('build a %s sample that passes the exact check against the spec', (type) => {
    expect(webhookProblems(sampleWebhook(type))).toEqual([]);
    expect(sampleWebhook(type).type).toBe(type);
  });

  it('build any type through buildWebhook, as a control-plane fire naming the type would', () => {
    expect(buildWebhook('BALANCE', { member, completed_at_ms: LATE })).toEqual(balancePayload({ member, completed_at_ms: LATE }));
  });
});
