/**
 * The webhook payloads MX sends, built from plain values: pure functions, no state. Each payload
 * carries exactly the fields MX documents, in MX's (alphabetical) order; validate.ts checks them
 * against src/spec/webhooks.openapi.yml.
 */
import { connectionStatusMessage, CONNECTION_STATUS_IDS, firesConnectionStatusWebhook, WEBHOOK_CONNECTION_STATUSES, type WebhookConnectionStatus } from './connection-statuses.js';
import type { WebhookPayload, WebhookPayloads, WebhookType } from './types.js';

/** The member a webhook is about. */
export interface WebhookMember {
  guid: string;
  user_guid: string;
}

/** When the job finished, in milliseconds since the epoch (the simulated clock). */
interface Completed {
  completed_at_ms: number;
}

export interface AggregationInput extends Completed {
  member: WebhookMember;
  job_guid: string;
  /** true for MX's daily background aggregation, false for one started through the API. */
  is_background: boolean;
  transactions_created_count: number;
  transactions_updated_count: number;
  /** The user's `identifier` (MX's partner-defined user id); null when it has none. */
  user_id: string | null;
}

export interface BalanceInput extends Completed {
  member: WebhookMember;
}

export interface HistoryInput extends Completed {
  member: WebhookMember;
  transactions_created_count: number;
  transactions_updated_count: number;
}

export interface StatementInput extends Completed {
  member: WebhookMember;
  statements_created_count: number;
}

export interface VerificationInput extends Completed {
  member: WebhookMember;
  job_guid: string;
  /** The guids of the accounts the verification verified or updated. */
  accounts: readonly string[];
  user_id: string | null;
}

export interface ConnectionStatusInput {
  member: WebhookMember;
  /** One of the statuses that fire the webhook (CHALLENGED, DENIED, EXPIRED, IMPAIRED, IMPEDED, LOCKED, PREVENTED, REJECTED). */
  connection_status: WebhookConnectionStatus;
  /** Named in the end-user message, e.g. "MX Bank". */
  institution_name: string;
  /** Overrides MX's end-user message for the status. */
  connection_status_message?: string;
}

/** What each builder takes, by webhook type. */
export interface WebhookInputs {
  AGGREGATION: AggregationInput;
  BALANCE: BalanceInput;
  HISTORY: HistoryInput;
  STATEMENT: StatementInput;
  VERIFICATION: VerificationInput;
  CONNECTION_STATUS: ConnectionStatusInput;
}

/** `completed_at` (Unix seconds) and `completed_on` (the UTC date) of a time in ms. */
export function completedAt(ms: number): { completed_at: number; completed_on: string } {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`completed_at_ms must be a time in milliseconds since the epoch, not ${ms}`);
  return { completed_at: Math.floor(ms / 1000), completed_on: new Date(ms).toISOString().slice(0, 10) };
}

export function aggregationPayload(input: AggregationInput): WebhookPayload<'AGGREGATION'> {
  return {
    action: 'member_data_updated',
    ...completedAt(input.completed_at_ms),
    is_background: input.is_background,
    job_guid: input.job_guid,
    member_guid: input.member.guid,
    transactions_created_count: input.transactions_created_count,
    transactions_updated_count: input.transactions_updated_count,
    type: 'AGGREGATION',
    user_guid: input.member.user_guid,
    user_id: input.user_id,
  };
}

export function balancePayload(input: BalanceInput): WebhookPayload<'BALANCE'> {
  return {
    action: 'member_data_updated',
    ...completedAt(input.completed_at_ms),
    member_guid: input.member.guid,
    type: 'BALANCE',
    user_guid: input.member.user_guid,
  };
}

export function historyPayload(input: HistoryInput): WebhookPayload<'HISTORY'> {
  return {
    action: 'member_data_updated',
    ...completedAt(input.completed_at_ms),
    member_guid: input.member.guid,
    transactions_created_count: input.transactions_created_count,
    transactions_updated_count: input.transactions_updated_count,
    type: 'HISTORY',
    user_guid: input.member.user_guid,
  };
}

export function statementPayload(input: StatementInput): WebhookPayload<'STATEMENT'> {
  return {
    action: 'member_data_updated',
    ...completedAt(input.completed_at_ms),
    member_guid: input.member.guid,
    statements_created_count: input.statements_created_count,
    type: 'STATEMENT',
    user_guid: input.member.user_guid,
  };
}

export function verificationPayload(input: VerificationInput): WebhookPayload<'VERIFICATION'> {
  return {
    accounts: [...input.accounts],
    action: 'member_data_updated',
    ...completedAt(input.completed_at_ms),
    job_guid: input.job_guid,
    member_guid: input.member.guid,
    type: 'VERIFICATION',
    user_guid: input.member.user_guid,
    user_id: input.user_id,
  };
}

/** Throws a RangeError for a status that does not fire the webhook (e.g. CONNECTED): the caller asks firesConnectionStatusWebhook first. */
export function connectionStatusPayload(input: ConnectionStatusInput): WebhookPayload<'CONNECTION_STATUS'> {
  const status: string = input.connection_status;
  if (!firesConnectionStatusWebhook(status)) {
    throw new RangeError(`connection_status ${status} does not fire CONNECTION_STATUS; only ${WEBHOOK_CONNECTION_STATUSES.join(', ')} do`);
  }
  return {
    action: 'CHANGED',
    connection_status: status,
    connection_status_id: CONNECTION_STATUS_IDS[status],
    connection_status_message: input.connection_status_message ?? connectionStatusMessage(status, input.institution_name),
    member_guid: input.member.guid,
    type: 'CONNECTION_STATUS',
    user_guid: input.member.user_guid,
  };
}

const BUILDERS: { [T in WebhookType]: (input: WebhookInputs[T]) => WebhookPayloads[T] } = {
  AGGREGATION: aggregationPayload,
  BALANCE: balancePayload,
  HISTORY: historyPayload,
  STATEMENT: statementPayload,
  VERIFICATION: verificationPayload,
  CONNECTION_STATUS: connectionStatusPayload,
};

/** Any payload by its type, e.g. for a control-plane "fire" that names the type. */
export function buildWebhook<T extends WebhookType>(type: T, input: WebhookInputs[T]): WebhookPayloads[T] {
  return (BUILDERS[type] as (input: WebhookInputs[T]) => WebhookPayloads[T])(input);
}
