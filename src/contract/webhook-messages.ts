/**
 * Pact asynchronous messages verified against the simulator's webhook payload builders: for a
 * message a consumer expects, the payload the simulator would send. The expected payload's `type`
 * picks the builder (and, where one type has several cases, `connection_status` of
 * CONNECTION_STATUS and `is_background` of AGGREGATION pick the case); every field the builder
 * writes is its own, so a consumer that expects a field MX does not send, or a field of another
 * JSON type, fails verification.
 */
import { firesConnectionStatusWebhook, WEBHOOK_CONNECTION_STATUSES } from '../webhooks/connection-statuses.js';
import type { WebhookInputs } from '../webhooks/payloads.js';
import { SAMPLE_MEMBER, sampleWebhook } from '../webhooks/samples.js';
import { isWebhookType, WEBHOOK_TYPES, type WebhookPayload, type WebhookType } from '../webhooks/types.js';
import { assertWebhookPayload } from '../webhooks/validate.js';
import type { PactInteraction } from './pact-files.js';

/** What the provider state set up: the member (and user) the webhook is about, and the tenant's time. */
export interface MessageContext {
  values: Readonly<Record<string, string>>;
  nowMs: number;
}

/** A message that names no webhook the simulator sends, said so that the report can show it. */
export class UnknownWebhookMessageError extends Error {
  override name = 'UnknownWebhookMessageError';
}

const fields = (content: unknown): Record<string, unknown> => (content && typeof content === 'object' && !Array.isArray(content) ? (content as Record<string, unknown>) : {});

/** The webhook payload the simulator's builders make for a message interaction; throws an UnknownWebhookMessageError when the message names no webhook. */
export function webhookForMessage(interaction: Pick<PactInteraction, 'description' | 'content'>, context: MessageContext): WebhookPayload {
  const expected = fields(interaction.content);
  const type = expected.type;
  if (!isWebhookType(type)) {
    throw new UnknownWebhookMessageError(
      `The message "${interaction.description}" expects a payload whose "type" is ${JSON.stringify(type) ?? 'missing'}; atrium-mock sends the MX webhooks ${WEBHOOK_TYPES.join(', ')} (and none for identification).`,
    );
  }
  const member = { guid: context.values.member_guid ?? SAMPLE_MEMBER.guid, user_guid: context.values.user_guid ?? SAMPLE_MEMBER.user_guid };
  const overrides: Partial<WebhookInputs[WebhookType]> & Record<string, unknown> = { member, completed_at_ms: context.nowMs };
  if (type === 'AGGREGATION' && typeof expected.is_background === 'boolean') overrides.is_background = expected.is_background;
  if (type === 'CONNECTION_STATUS') {
    const status = expected.connection_status;
    if (!firesConnectionStatusWebhook(typeof status === 'string' ? status : undefined)) {
      throw new UnknownWebhookMessageError(
        `The message "${interaction.description}" expects CONNECTION_STATUS with connection_status ${JSON.stringify(status)}; MX sends it only for ${WEBHOOK_CONNECTION_STATUSES.join(', ')}.`,
      );
    }
    overrides.connection_status = status;
    delete overrides.completed_at_ms;
  }
  const payload = sampleWebhook(type, overrides as Partial<WebhookInputs[typeof type]>);
  // what the simulator sends is checked against the webhook spec, here as in delivery
  assertWebhookPayload(payload);
  return payload;
}
