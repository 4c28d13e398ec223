import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookReceiver, type WebhookReceiver } from '../../src/webhooks/receiver.js';
import { connectedMember } from '../support/data.js';
import { createTestApp, type AtriumAgent, type TestApp } from '../support/test-app.js';

const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.close();
});

async function receiver(): Promise<WebhookReceiver> {
  const started = await createWebhookReceiver({ port: 0 });
  receivers.push(started);
  return started;
}

async function configured(app: TestApp, url: string, extra: Record<string, unknown> = {}, tenant = 'client-a'): Promise<AtriumAgent> {
  const atrium = app.as(tenant);
  await atrium.put('/__mock/webhooks/config', { url, ...extra }).expect(200);
  return atrium;
}

const outbox = async (atrium: AtriumAgent, query = '') => (await atrium.get(`/__mock/webhooks${query}`).expect(200)).body.webhooks as Record<string, any>[];

describe('MX webhooks', () => {
  it('posts AGGREGATION to the configured URL once an aggregation completes, and keeps it in the outbox with its attempt', async () => {
    const inbox = await receiver();
    const app = createTestApp();
    const atrium = await configured(app, `${inbox.url}/mx`, { headers: { Authorization: 'Basic c2ltdWxhdG9yOnNlY3JldA==' } });
    const user = await atrium.createUser({ identifier: 'partner-user-7' });
    const member = (await atrium.createMember(user, 'password')).guid;
    await atrium.pollUntilSettled(user, member);
    const delivery = await inbox.next({ type: 'AGGREGATION', member_guid: member });
    expect(delivery.path).toBe('/webhooks/mx');
    expect(delivery.headers.authorization).toBe('Basic c2ltdWxhdG9yOnNlY3JldA==');
    expect(delivery.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(delivery.payload).toEqual({
      action: 'member_data_updated',
      completed_at: expect.any(Number),
      completed_on: '2026-01-15',
      is_background: false,
      job_guid: expect.stringMatching(/^JOB-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      member_guid: member,
      transactions_created_count: expect.any(Number),
      transactions_updated_count: 0,
      type: 'AGGREGATION',
      user_guid: user,
      user_id: 'partner-user-7',
    });
    expect(delivery.payload.transactions_created_count).toBeGreaterThan(100);
    await app.deps.webhooks.idle();
    const [entry] = await outbox(atrium, '?type=AGGREGATION');
    expect(entry).toMatchObject({ type: 'AGGREGATION', member_guid: member, state: 'delivered', payload: delivery.payload, next_attempt_at: null });
    expect(entry!.attempts).toEqual([{ at: '2026-01-15T12:00:00+00:00', url: `${inbox.url}/mx`, status: 204, duration_ms: expect.any(Number), error: null }]);
  });

  it('sends CONNECTION_STATUS when a member needs its user (MFA, denied) and none for identification, which MX documents none for', async () => {
    const inbox = await receiver();
    const app = createTestApp();
    const atrium = await configured(app, inbox.url);
    const user = await atrium.createUser();
    const challenged = (await atrium.createMember(user, 'challenge', { skip_aggregation: true })).guid;
    await atrium.post(`/users/${user}/members/${challenged}/identify`).expect(200);
    await atrium.pollUntilSettled(user, challenged);
    const mfa = await inbox.next({ type: 'CONNECTION_STATUS', member_guid: challenged });
    expect(mfa.payload).toEqual({
      action: 'CHANGED',
      connection_status: 'CHALLENGED',
      connection_status_id: 3,
      connection_status_message: expect.stringContaining('MX Bank'),
      member_guid: challenged,
      type: 'CONNECTION_STATUS',
      user_guid: user,
    });
    const denied = (await atrium.createMember(user, 'INVALID', { username: 'other' })).guid;
    await atrium.pollUntilSettled(user, denied);
    expect((await inbox.next({ type: 'CONNECTION_STATUS', member_guid: denied })).payload).toMatchObject({ connection_status: 'DENIED', connection_status_id: 2 });
    const identified = (await atrium.createMember(user, 'password', { skip_aggregation: true, username: 'third' })).guid;
    await atrium.post(`/users/${user}/members/${identified}/identify`).expect(200);
    await atrium.pollUntilSettled(user, identified);
    await app.deps.webhooks.idle();
    expect((await outbox(atrium, `?member_guid=${identified}`)).map((entry) => entry.type)).toEqual([]);
  });

  it('retries a receiver that is down on the tenant clock, and stops after 12 retries over 24 hours', async () => {
    const inbox = await receiver();
    const app = createTestApp();
    const atrium = await configured(app, inbox.url);
    const { user, member } = await connectedMember(atrium);
    await inbox.next({ type: 'AGGREGATION' });
    await app.deps.webhooks.idle();
    inbox.failNext(2, 503);
    await atrium.post(`/users/${user}/members/${member}/balance`).expect(200);
    await atrium.pollUntilSettled(user, member);
    expect((await inbox.next({ type: 'BALANCE' })).status).toBe(503);
    await app.deps.webhooks.idle();
    const [waiting] = await outbox(atrium, '?type=BALANCE');
    expect(waiting).toMatchObject({ state: 'pending', next_attempt_at: '2026-01-15T12:01:00+00:00' });
    expect(waiting!.attempts).toMatchObject([{ status: 503, error: null }]);
    await atrium.post('/__mock/clock/advance', { by: '1m' }).expect(200);
    expect((await inbox.next({ type: 'BALANCE' })).status).toBe(503);
    await atrium.post('/__mock/clock/advance', { by: '2m' }).expect(200);
    expect((await inbox.next({ type: 'BALANCE' })).status).toBe(204);
    await app.deps.webhooks.idle();
    expect((await outbox(atrium, '?type=BALANCE'))[0]).toMatchObject({ state: 'delivered' });

    // a receiver that never recovers: the first attempt and 12 retries, the last 24 hours after the first
    const gone = createTestApp();
    const stubborn = await configured(gone, 'http://127.0.0.1:9/refused');
    const dead = await connectedMember(stubborn);
    await gone.deps.webhooks.idle();
    for (let hour = 0; hour < 25; hour += 1) {
      await stubborn.post('/__mock/clock/advance', { by: '1h' }).expect(200);
      await gone.deps.webhooks.idle();
    }
    // the oldest: the background aggregation of the next day has made another since
    const failed = (await outbox(stubborn, `?member_guid=${dead.member}&type=AGGREGATION`)).at(-1);
    expect(failed).toMatchObject({ state: 'failed', next_attempt_at: null });
    expect(failed!.attempts).toHaveLength(13);
    expect(failed!.attempts.every((attempt: { status: number | null; error: string | null }) => attempt.status === null && attempt.error !== null)).toBe(true);
  });

  it('aggregates a connected member in the background after 24 simulated hours and sends AGGREGATION with is_background true', async () => {
    const inbox = await receiver();
    const app = createTestApp();
    const atrium = await configured(app, inbox.url);
    const { user, member } = await connectedMember(atrium);
    await inbox.next({ type: 'AGGREGATION', member_guid: member });
    await atrium.post('/__mock/clock/advance', { by: '23h' }).expect(200);
    await app.deps.webhooks.idle();
    expect(inbox.deliveries.filter((delivery) => delivery.type === 'AGGREGATION')).toHaveLength(1);
    await atrium.post('/__mock/clock/advance', { by: '1h' }).expect(200);
    const background = await inbox.next({ type: 'AGGREGATION', member_guid: member });
    expect(background.payload).toMatchObject({ is_background: true, completed_on: '2026-01-16' });
    expect(background.payload.transactions_created_count).toBeGreaterThan(0);
    const read = (await atrium.get(`/users/${user}/members/${member}`).expect(200)).body.member;
    expect(read).toMatchObject({ connection_status: 'CONNECTED', is_being_aggregated: false, successfully_aggregated_at: '2026-01-16T12:00:00+00:00' });
  });

  it('aggregates in the background neither for a disabled user, nor a member that disabled it, nor within 20 hours of an aggregation a client asked for', async () => {
    const inbox = await receiver();
    const app = createTestApp();
    const atrium = await configured(app, inbox.url);
    const disabled = await connectedMember(atrium);
    const optedOut = await connectedMember(atrium);
    const manual = await connectedMember(atrium);
    await atrium.put(`/users/${disabled.user}`, { user: { is_disabled: true } }).expect(200);
    await atrium.put(`/users/${optedOut.user}/members/${optedOut.member}`, { member: { background_aggregation_is_disabled: true } }).expect(200);
    await atrium.post('/__mock/clock/advance', { by: '12h' }).expect(200);
    await atrium.post(`/users/${manual.user}/members/${manual.member}/aggregate`).expect(202);
    await atrium.pollUntilSettled(manual.user, manual.member);
    await atrium.post('/__mock/clock/advance', { by: '14h' }).expect(200);
    await app.deps.webhooks.idle();
    const background = (await outbox(atrium, '?type=AGGREGATION')).filter((entry) => entry.payload.is_background);
    expect(background).toEqual([]);
    await atrium.post("/__mock/clock/advance", { by: "6h" }).expect(200);
    await app.deps.webhooks.idle();
    expect((await outbox(atrium, '?type=AGGREGATION')).filter((entry) => entry.payload.is_background).map((entry) => entry.member_guid)).toEqual([manual.member]);
  });

  it('duplicates, reorders, adds unknown fields and nulls as the chaos setting says, the same way for the same seed', async () => {
    const run = async () => {
      const inbox = await receiver();
      const app = createTestApp({ seed: 'chaos' });
      const atrium = await configured(app, inbox.url, { chaos: { duplicate: 1, unknown_fields: true, nulls: true } });
      const user = await atrium.createUser({ identifier: 'chaos' });
      const member = (await atrium.createMember(user, 'password')).guid;
      await atrium.pollUntilSettled(user, member);
      await atrium.post(`/users/${user}/members/${member}/balance`).expect(200);
      await atrium.pollUntilSettled(user, member);
      await app.deps.webhooks.idle();
      return (await outbox(atrium)).map((entry) => ({ type: entry.type, chaos: entry.chaos, payload: entry.payload }));
    };
    const first = await run();
    expect(first).toHaveLength(4);
    expect(first.filter((entry) => entry.chaos.includes('duplicated'))).toHaveLength(2);
    expect(first.every((entry) => entry.chaos.some((change: string) => change.startsWith('added atrium_mock_unknown_')))).toBe(true);
    expect(first.some((entry) => entry.chaos.some((change: string) => change.startsWith('nulled ')))).toBe(true);
    expect(await run()).toEqual(first);
  });

  it('fires a webhook on demand and redelivers one from the outbox', async () => {
    const inbox = await receiver();
    const app = createTestApp();
    const atrium = await configured(app, inbox.url);
    const { member } = await connectedMember(atrium);
    await inbox.next({ type: 'AGGREGATION' });
    const fired = (await atrium.post('/__mock/webhooks/fire', { type: 'STATEMENT', member_guid: member }).expect(201)).body.webhooks;
    expect(fired).toHaveLength(1);
    expect((await inbox.next({ type: 'STATEMENT' })).payload).toMatchObject({ type: 'STATEMENT', member_guid: member, statements_created_count: 0 });
    const again = (await atrium.post(`/__mock/webhooks/${fired[0].guid}/redeliver`).expect(201)).body.webhook;
    expect(again).toMatchObject({ redelivery_of: fired[0].guid, payload: fired[0].payload });
    await inbox.next({ type: 'STATEMENT' });
    await atrium.post('/__mock/webhooks/fire', { type: 'CONNECTION_STATUS', member_guid: member }).expect(400);
    await atrium.post('/__mock/webhooks/fire', { type: 'STATEMENT', member_guid: 'MBR-nope' }).expect(404);
    await atrium.post('/__mock/webhooks/WHK-nope/redeliver').expect(404);
  });

  it('sends to --webhook-url for every tenant that names no URL, and refuses a configuration that is not one', async () => {
    const inbox = await receiver();
    const app = createTestApp({ webhookUrl: `${inbox.url}/default` });
    const atrium = app.as('any-tenant');
    expect((await atrium.get('/__mock/webhooks/config').expect(200)).body).toEqual({ url: null, urls: {}, headers: {}, chaos: {}, default_url: `${inbox.url}/default` });
    const { member } = await connectedMember(atrium);
    expect((await inbox.next({ type: 'AGGREGATION', member_guid: member })).path).toBe('/webhooks/default');
    for (const wrong of [{ url: 'ftp://x' }, { urls: { IDENTIFICATION: 'http://x' } }, { headers: { 'Bad Name': 'x' } }, { headers: { X: 'a\r\nb' } }, { chaos: { duplicate: 2 } }, { hooks: true }]) {
      expect((await atrium.put('/__mock/webhooks/config', wrong).expect(400)).body.error.message).toMatch(/^Invalid/);
    }
  });

  it('keeps the outbox with the rest of the state: snapshots carry it and a tenant rebuilt from its log has the same one', async () => {
    const inbox = await receiver();
    const app = createTestApp();
    const atrium = await configured(app, inbox.url);
    await connectedMember(atrium);
    await inbox.next({ type: 'AGGREGATION' });
    await app.deps.webhooks.idle();
    const before = (await atrium.get('/__mock/state').expect(200)).body;
    expect(Object.values(before.state.webhooks.outbox)).toHaveLength(1);
    app.deps.tenants.rollback('client-a');
    expect((await atrium.get('/__mock/state').expect(200)).body).toEqual(before);
    await app.as('copy').put('/__mock/state', before).expect(200);
    expect(await outbox(app.as('copy'))).toEqual(await outbox(atrium));
  });
});
