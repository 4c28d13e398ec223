import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './support/test-app.js';

describe('GET /__mock/overview', () => {
  it('shows the tenant at a glance: users, members with status and job phase, record counts, clock and outbox', async () => {
    const app = createTestApp();
    const atrium = app.as('overview-a');
    const { body: seeded } = await atrium.post('/__mock/seed', { set: 'challenged-mxbank-member' }).expect(200);
    const lonely = await atrium.createUser({ identifier: 'no-members' });
    await atrium.post('/__mock/clock/advance', { by: '30s' }).expect(200);

    const { body } = await atrium.get('/__mock/overview').expect(200);
    expect(body).toMatchObject({
      tenant: 'overview-a',
      clock: { now: '2026-01-15T12:00:30+00:00', offset_ms: 30_000 },
      forced_scenario: null,
      webhooks: { pending: 0, delivered: 0, failed: 0, held: 0 },
    });
    expect(body.users.map((user: { guid: string }) => user.guid)).toEqual([seeded.created.user_guid, lonely]);
    expect(body.users[1]).toEqual({ guid: lonely, identifier: 'no-members', is_disabled: false, members: [] });
    expect(body.users[0].members).toEqual([
      {
        guid: seeded.created.member_guid,
        user_guid: seeded.created.user_guid,
        name: 'MX Bank',
        institution_code: 'mxbank',
        is_oauth: false,
        connection_status: 'CHALLENGED',
        status: 'CHALLENGED',
        is_being_aggregated: true,
        aggregated_at: '2026-01-15T12:00:00+00:00',
        successfully_aggregated_at: null,
        forced_scenario: null,
        accounts: 0,
        account_owners: 0,
        account_numbers: 0,
        job: {
          guid: expect.stringMatching(/^JOB-/),
          type: 'aggregation',
          scenario: 'mfa-text-follow-up',
          phase: 'challenged',
          background: false,
          phase_entered_at: '2026-01-15T12:00:00+00:00',
          challenge_expires_at: '2026-01-15T12:05:00+00:00',
        },
      },
    ]);
  });

  it('is a pure read: looking moves no job on, as a client polling /status does', async () => {
    const app = createTestApp();
    const atrium = app.as('overview-b');
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password');
    const phase = async () => (await atrium.get('/__mock/overview').expect(200)).body.users[0].members[0].job.phase as string;
    expect(await phase()).toBe('started');
    expect(await phase()).toBe('started');
    await atrium.status(user, member.guid);
    expect(await phase()).not.toBe('started');
  });

  it('needs the tenant like every tenant operation', async () => {
    const { app } = createTestApp();
    const refused = await request(app).get('/__mock/overview').expect(401);
    expect(refused.body.error.message).toContain('MX-Client-ID');
  });
});
