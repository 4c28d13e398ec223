import { PactV4 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { isAtriumWebhook, parseAtriumWebhook, type AtriumWebhook } from '../../../src/client/index.js';
import { CONSUMER, PACT_DIR, WEBHOOK_PROVIDER } from '../support.js';
import * as messages from './webhook-messages.js';
import type { WebhookMessage } from './webhook-messages.js';

const pact = new PactV4({ consumer: CONSUMER, provider: WEBHOOK_PROVIDER, dir: PACT_DIR, logLevel: 'error' });

/** Records the message in the pact and hands its example payload, as raw JSON text, to the client's parser. */
function receive(message: WebhookMessage): Promise<AtriumWebhook> {
  let interaction = pact.addAsynchronousInteraction();
  for (const state of message.states) interaction = interaction.given(state);
  return interaction
    .expectsToReceive(message.description, (builder) => builder.withJSONContent(message.content))
    .executeTest(async ({ contents }) => parseAtriumWebhook(JSON.stringify(contents.content))) as Promise<AtriumWebhook>;
}

describe('Pact consumer: the webhooks the reference client reads', () => {
  it('reads a background AGGREGATION webhook and its transaction counts', async () => {
    const webhook = await receive(messages.backgroundAggregation);
    expect(isAtriumWebhook(webhook, 'AGGREGATION') && webhook).toMatchObject({ is_background: true, transactions_created_count: 3, transactions_updated_count: 2 });
  });

  it('tells an AGGREGATION started through the API from a background one', async () => {
    const webhook = await receive(messages.manualAggregation);
    expect(isAtriumWebhook(webhook, 'AGGREGATION') && webhook.is_background).toBe(false);
  });

  it('reads a CONNECTION_STATUS webhook of a challenged member: status, MX id and the message for the user', async () => {
    const webhook = await receive(messages.challenged);
    expect(webhook).toMatchObject({ type: 'CONNECTION_STATUS', connection_status: 'CHALLENGED', connection_status_id: 3 });
    expect(isAtriumWebhook(webhook, 'CONNECTION_STATUS') && webhook.connection_status_message).toContain('challenge');
  });

  it('reads the BALANCE, HISTORY, STATEMENT and VERIFICATION webhooks', async () => {
    expect(await receive(messages.balance)).toMatchObject({ type: 'BALANCE', action: 'member_data_updated' });
    expect(await receive(messages.history)).toMatchObject({ type: 'HISTORY', transactions_created_count: 3 });
    expect(await receive(messages.statement)).toMatchObject({ type: 'STATEMENT', statements_created_count: 3 });
    const verified = await receive(messages.verification);
    expect(isAtriumWebhook(verified, 'VERIFICATION') && verified.accounts).toEqual(['ACT-c1de3525-0e1d-9000-5fbe-07fbdcf717bb']);
  });
});
