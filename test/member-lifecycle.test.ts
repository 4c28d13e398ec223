import { describe, expect, it } from 'vitest';
import { createTestApp } from './support/test-app.js';

const pick = (status: Record<string, unknown>) => ({
  connection_status: status.connection_status,
  status: status.status,
  is_authenticated: status.is_authenticated,
  has_processed_accounts: status.has_processed_accounts,
  has_processed_transactions: status.has_processed_transactions,
  is_being_aggregated: status.is_being_aggregated,
});

describe('member lifecycle through /status', () => {
  it('advances one step per status read: CONNECTED, accounts, transactions, then done', async () => {
    const { as, clock } = createTestApp();
    const atrium = as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password');
    clock.advance(3_000);
    const seen = await atrium.pollUntilSettled(user, member.guid);
    expect(seen.map(pick)).toEqual([
      { connection_status: 'CONNECTED', status: 'AUTHENTICATED', is_authenticated: true, has_processed_accounts: false, has_processed_transactions: false, is_being_aggregated: true },
      { connection_status: 'CONNECTED', status: 'TRANSFERRED', is_authenticated: true, has_processed_accounts: true, has_processed_transactions: false, is_being_aggregated: true },
      { connection_status: 'CONNECTED', status: 'PROCESSED', is_authenticated: true, has_processed_accounts: true, has_processed_transactions: true, is_being_aggregated: true },
      { connection_status: 'CONNECTED', status: 'COMPLETED', is_authenticated: true, has_processed_accounts: true, has_processed_transactions: true, is_being_aggregated: false },
    ]);
    expect(seen.at(-1)).toMatchObject({ aggregated_at: '2026-01-15T12:00:00+00:00', successfully_aggregated_at: '2026-01-15T12:00:03+00:00' });
    expect(seen.at(-1)).not.toHaveProperty('challenges');
  });

  it('does not advance a job on reads other than /status', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password');
    for (let i = 0; i < 5; i += 1) await atrium.get(`/users/${user}/members/${member.guid}`).expect(200);
    const first = await atrium.status(user, member.guid);
    expect(first.body.member.status).toBe('AUTHENTICATED');
  });

  it('shows the end state on the first status read with instant timing', async () => {
    const atrium = createTestApp({ timing: 'instant' }).as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password');
    const status = await atrium.status(user, member.guid);
    expect(status.body.member).toMatchObject({ connection_status: 'CONNECTED', status: 'COMPLETED', is_being_aggregated: false });
  });

  it('needs N status reads per step with polls: N timing', async () => {
    const atrium = createTestApp({ timing: 'polls:3' }).as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password');
    const seen = await atrium.pollUntilSettled(user, member.guid, 20);
    expect(seen).toHaveLength(12);
    expect(seen.slice(0, 3).map((status) => status.status)).toEqual(['INITIATED', 'INITIATED', 'AUTHENTICATED']);
  });

  it('moves with the simulated clock under duration timing, not with reads', async () => {
    const { as, clock } = createTestApp({ timing: 'duration:2s' });
    const atrium = as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password');
    expect((await atrium.status(user, member.guid)).body.member.status).toBe('INITIATED');
    expect((await atrium.status(user, member.guid)).body.member.status).toBe('INITIATED');
    clock.advance(4_000);
    expect((await atrium.status(user, member.guid)).body.member.status).toBe('TRANSFERRED');
    clock.advance(60_000);
    expect((await atrium.status(user, member.guid)).body.member).toMatchObject({ status: 'COMPLETED', successfully_aggregated_at: '2026-01-15T12:00:08+00:00' });
  });

  it.each([
    ['BAD_REQUEST', 'FAILED', 'HALTED'],
    ['UNAUTHORIZED', 'DENIED', 'DENIED'],
    ['INVALID', 'DENIED', 'DENIED'],
    ['LOCKED', 'LOCKED', 'LOCKED'],
    ['DISABLED', 'DISABLED', 'DISABLED'],
    ['SERVER_ERROR', 'FAILED', 'FAILED'],
    ['UNAVAILABLE', 'FAILED', 'FAILED'],
  ])('ends a job whose password is %s as %s (status %s) without authenticating', async (password, connectionStatus, status) => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, password);
    const seen = await atrium.pollUntilSettled(user, member.guid);
    expect(seen).toHaveLength(1);
    expect(pick(seen[0]!)).toEqual({
      connection_status: connectionStatus,
      status,
      is_authenticated: false,
      has_processed_accounts: false,
      has_processed_transactions: false,
      is_being_aggregated: false,
    });
  });

  it('treats any unknown password as a successful connection', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'hunter2');
    const seen = await atrium.pollUntilSettled(user, member.guid);
    expect(seen.at(-1)).toMatchObject({ connection_status: 'CONNECTED', is_being_aggregated: false });
  });

  it('aggregates again on POST /aggregate (202), and 202 again while that job runs', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password', { skip_aggregation: true });
    const started = await atrium.post(`/users/${user}/members/${member.guid}/aggregate`).expect(202);
    expect(started.body.member).toMatchObject({ is_being_aggregated: true, status: 'INITIATED' });
    const again = await atrium.post(`/users/${user}/members/${member.guid}/aggregate`).expect(202);
    expect(again.body.member.is_being_aggregated).toBe(true);
  });

  it('throttles a second standard aggregation within 3 hours at a non-MX Bank institution, silently', async () => {
    const { as, clock } = createTestApp();
    const atrium = as();
    const user = await atrium.createUser();
    const credentials = (await atrium.get('/institutions/chase/credentials').expect(200)).body.credentials as { guid: string }[];
    const created = await atrium
      .post(`/users/${user}/members`, { member: { institution_code: 'chase', credentials: credentials.map((c) => ({ guid: c.guid, value: 'password' })) } })
      .expect(202);
    const guid = created.body.member.guid as string;
    await atrium.pollUntilSettled(user, guid);
    clock.advance(60 * 60_000);
    const throttled = await atrium.post(`/users/${user}/members/${guid}/aggregate`).expect(202);
    expect(throttled.body.member).toMatchObject({ is_being_aggregated: false, connection_status: 'CONNECTED', aggregated_at: '2026-01-15T12:00:00+00:00' });
    clock.advance(2 * 60 * 60_000);
    const allowed = await atrium.post(`/users/${user}/members/${guid}/aggregate`).expect(202);
    expect(allowed.body.member).toMatchObject({ is_being_aggregated: true, aggregated_at: '2026-01-15T15:00:00+00:00' });
  });

  it('never throttles MX Bank', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password');
    await atrium.pollUntilSettled(user, member.guid);
    const again = await atrium.post(`/users/${user}/members/${member.guid}/aggregate`).expect(202);
    expect(again.body.member.is_being_aggregated).toBe(true);
  });
});
