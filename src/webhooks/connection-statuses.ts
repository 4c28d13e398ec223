/**
 * MX's connection statuses as webhooks carry them: the integer id of each status, which statuses
 * fire CONNECTION_STATUS, and the end-user message sent with them.
 */
import type { components } from '../generated/webhooks.js';

/** The statuses that need the end user: the only ones that fire CONNECTION_STATUS (docs.mx.com/resources/webhooks/connection-status). */
export type WebhookConnectionStatus = components['schemas']['WebhookConnectionStatus'];

/**
 * MX's integer id of every connection status. 0–5 are on MX's member table
 * (docs.mx.com/api-reference/nexus/reference/01-members-overview); 6–21 are MX's standard list as
 * written up in shared/atrium-api.md 4.1.
 */
export const CONNECTION_STATUS_IDS = Object.freeze({
  CREATED: 0,
  PREVENTED: 1,
  DENIED: 2,
  CHALLENGED: 3,
  REJECTED: 4,
  LOCKED: 5,
  CONNECTED: 6,
  IMPEDED: 7,
  RECONNECTED: 8,
  DEGRADED: 9,
  DISCONNECTED: 10,
  DISCONTINUED: 11,
  CLOSED: 12,
  DELAYED: 13,
  FAILED: 14,
  UPDATED: 15,
  DISABLED: 16,
  IMPORTED: 17,
  RESUMED: 18,
  EXPIRED: 19,
  IMPAIRED: 20,
  PENDING: 21,
} as const);

export type ConnectionStatusName = keyof typeof CONNECTION_STATUS_IDS;

/**
 * The end-user message of each status that fires the webhook. PREVENTED, DENIED, CHALLENGED and
 * REJECTED are MX's words; LOCKED is MX's beginning, completed by us; IMPEDED, EXPIRED and
 * IMPAIRED are ours (MX's text was not reachable).
 */
const MESSAGES: Record<WebhookConnectionStatus, (institution: string) => string> = {
  CHALLENGED: (institution) => `To authenticate your connection to ${institution}, please answer the following challenge(s).`,
  DENIED: () => 'The credentials entered do not match your credentials at this institution. Please re-enter your credentials to continue importing data.',
  EXPIRED: (institution) => `The answer or answers were not provided in time. Please try connecting to ${institution} again.`,
  IMPAIRED: (institution) => `Some of the information needed to connect to ${institution} is missing. Please update your credentials to continue importing data.`,
  IMPEDED: (institution) => `Your attention is needed at ${institution}'s website. Please log in there and follow the instructions, then try again.`,
  LOCKED: (institution) => `Your account is locked. Please log in to the appropriate website for ${institution} and follow the steps to resolve the issue.`,
  PREVENTED: () => 'The last 3 attempts to connect have failed. Please re-enter your credentials to continue importing data.',
  REJECTED: () => 'The answer or answers provided were incorrect. Please try again.',
};

export const WEBHOOK_CONNECTION_STATUSES = Object.freeze(Object.keys(MESSAGES).sort() as WebhookConnectionStatus[]);

/** Whether a member entering `status` fires CONNECTION_STATUS (CHALLENGED, DENIED, EXPIRED, IMPAIRED, IMPEDED, LOCKED, PREVENTED, REJECTED). */
export function firesConnectionStatusWebhook(status: string | null | undefined): status is WebhookConnectionStatus {
  return typeof status === 'string' && Object.hasOwn(MESSAGES, status);
}

/** The message MX shows the end user for a status that fires the webhook, naming the institution. */
export function connectionStatusMessage(status: WebhookConnectionStatus, institutionName: string): string {
  return MESSAGES[status](institutionName);
}
