import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { createWebhookReceiver, type WebhookReceiver, type WebhookReceiverOptions } from '../../src/index.js';
import { deliverWebhook } from '../../src/webhooks/deliver.js';
import { sampleWebhook } from '../../src/webhooks/samples.js';

const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

async function start(options?: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const receiver = await createWebhookReceiver({ port: 0, ...options });
  receivers.push(receiver);
  return receiver;
}

const OTHER_MEMBER = { guid: 'MBR-00000000-0000-0000-0000-000000000002', user_guid: 'USR-00000000-0000-0000-0000-000000000002' };

describe('createWebhookReceiver, the test receiver in the package', () => {
  it('waits for the next webhook of a type, typed as that payload', async () => {
    const receiver = await start();
    expect(receiver.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhooks$/);
    const next = receiver.next({ type: 'AGGREGATION' });
    await deliverWebhook({ url: receiver.url, payload: sampleWebhook('BALANCE') });
    await deliverWebhook({ url: receiver.url, payload: sampleWebhook('AGGREGATION', { is_background: false }) });
    const delivery = await next;
    expectTypeOf(delivery.payload.transactions_created_count).toEqualTypeOf<number | null>();
    expectTypeOf(delivery.payload.is_background).toEqualTypeOf<boolean | null>();
    expect(delivery).toMatchObject({ index: 1, type: 'AGGREGATION', status: 204, payload: { is_background: false } });
    expect(receiver.deliveries.map((received) => received.type)).toEqual(['BALANCE', 'AGGREGATION']);
  });

  it('returns a webhook that arrived before next() was called, and each webhook only once', async () => {
    const receiver = await start();
    await deliverWebhook({ url: receiver.url, payload: sampleWebhook('STATEMENT') });
    await deliverWebhook({ url: receiver.url, payload: sampleWebhook('STATEMENT', { statements_created_count: 1 }) });
    expect((await receiver.next({ type: 'STATEMENT' })).payload.statements_created_count).toBe(3);
    expect((await receiver.next({ type: 'STATEMENT' })).payload.statements_created_count).toBe(1);
    const third = receiver.next({ type: 'STATEMENT', timeoutMs: 50 });
    await expect(third).rejects.toThrow(
      'No webhook (type STATEMENT) arrived within 50 ms. Received: #0 STATEMENT MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a answered 204 (returned before); #1 STATEMENT MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a answered 204 (returned before).',
    );
  });

  it('filters by member and by any condition', async () => {
    const receiver = await start();
    const forOther = receiver.next({ type: 'CONNECTION_STATUS', member_guid: OTHER_MEMBER.guid });
    const denied = receiver.next({ where: (delivery) => (delivery.payload as { connection_status?: string }).connection_status === 'DENIED' });
    await deliverWebhook({ url: receiver.url, payload: sampleWebhook('CONNECTION_STATUS') });
    await deliverWebhook({ url: receiver.url, payload: sampleWebhook('CONNECTION_STATUS', { member: OTHER_MEMBER, connection_status: 'DENIED' }) });
    expect((await forOther).payload).toMatchObject({ member_guid: OTHER_MEMBER.guid, connection_status: 'DENIED' });
    await deliverWebhook({ url: receiver.url, payload: sampleWebhook('CONNECTION_STATUS', { connection_status: 'DENIED' }) });
    expect((await denied).index).toBe(2);
  });

  it('answers 500 for a while and then recovers, as a receiver that was down', async () => {
    const receiver = await start();
    receiver.failNext(2);
    const statuses: (number | null)[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await deliverWebhook({ url: receiver.url, payload: sampleWebhook('HISTORY') })).status);
    expect(statuses).toEqual([500, 500, 204]);
    expect(receiver.deliveries.map((delivery) => delivery.status)).toEqual([500, 500, 204]);
    expect(() => receiver.failNext(1, 99)).toThrow('failNext: 99 is not an HTTP status (200-599)');
  });

  it('answers what respond() says, and 500 when respond() fails', async () => {
    const receiver = await start({ respond: (delivery) => (delivery.type === 'BALANCE' ? 200 : Number.NaN) });
    expect((await deliverWebhook({ url: receiver.url, payload: sampleWebhook('BALANCE') })).status).toBe(200);
    expect((await deliverWebhook({ url: receiver.url, payload: sampleWebhook('HISTORY') })).status).toBe(500);
    expect(receiver.deliveries[1]!.error).toBe('respond() answered NaN, not an HTTP status; answered 500');
  });

  it('answers 400 to a body that is not JSON and keeps it for the test to see', async () => {
    const receiver = await start();
    const response = await fetch(receiver.url, { method: 'POST', body: '{"type": "AGGREG' });
    expect(response.status).toBe(400);
    expect(receiver.deliveries[0]).toMatchObject({ type: null, payload: undefined, body: '{"type": "AGGREG', status: 400 });
    expect(receiver.deliveries[0]!.error).toMatch(/^the body is not JSON: /);
  });

  it('rejects a waiting next() when closed', async () => {
    const receiver = await createWebhookReceiver();
    const waiting = receiver.next({ type: 'VERIFICATION' });
    await receiver.close();
    await expect(waiting).rejects.toThrow('The webhook receiver was closed before a matching webhook arrived.');
    await expect(receiver.next()).rejects.toThrow('The webhook receiver is closed.');
  });
});
