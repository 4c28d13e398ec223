import { describe, expect, it } from 'vitest';
import { MXBANK_PASSWORD, MXBANK_USERNAME, createTestApp } from './support/test-app.js';

const mxbankMember = (password: string, extra: Record<string, unknown> = {}) => ({
  member: {
    institution_code: 'mxbank',
    credentials: [
      { guid: MXBANK_USERNAME, value: 'test_atrium' },
      { guid: MXBANK_PASSWORD, value: password },
    ],
    ...extra,
  },
});

describe('members', () => {
  it('creates a member that starts aggregating, with 202 and the member envelope', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const response = await atrium.post(`/users/${user}/members`, mxbankMember('password', { identifier: 'my-member', metadata: 'meta' })).expect(202);
    expect(response.body.member).toEqual({
      aggregated_at: '2026-01-15T12:00:00+00:00',
      background_aggregation_is_disabled: false,
      connection_status: 'CREATED',
      guid: expect.stringMatching(/^MBR-/),
      identifier: 'my-member',
      institution_code: 'mxbank',
      is_being_aggregated: true,
      is_oauth: false,
      metadata: 'meta',
      name: 'MX Bank',
      oauth_window_uri: null,
      status: 'INITIATED',
      successfully_aggregated_at: null,
      user_guid: user,
    });
  });

  it('creates a member with skip_aggregation without starting a job', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password', { skip_aggregation: true });
    expect(member).toMatchObject({ connection_status: 'CREATED', is_being_aggregated: false, aggregated_at: null, status: null });
    const status = await atrium.status(user, member.guid);
    expect(status.body.member).toMatchObject({ connection_status: 'CREATED', is_being_aggregated: false, is_authenticated: false });
  });

  it('refuses a second member with the same institution and credentials with 409', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const first = await atrium.createMember(user);
    const response = await atrium.post(`/users/${user}/members`, mxbankMember('password')).expect(409);
    expect(response.body.error.message).toBe(`Member "${first.guid}" already connects this user to "mxbank" with the same credentials.`);
    await atrium.createMember(user, 'password', { username: 'test_atrium1' });
  });

  it('refuses an unknown institution with 404', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const response = await atrium.post(`/users/${user}/members`, { member: { institution_code: 'nowhere', credentials: [] } }).expect(404);
    expect(response.body.error.message).toBe('We were unable to find the record you requested: institution "nowhere".');
  });

  it('refuses credentials that do not belong to the institution, or are missing, with 400', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const foreign = await atrium
      .post(`/users/${user}/members`, { member: { institution_code: 'mxbank', credentials: [{ guid: 'CRD-00000000-0000-0000-0000-000000000000', value: 'x' }] } })
      .expect(400);
    expect(foreign.body.error.message).toContain('does not belong to institution "mxbank"');
    const missing = await atrium.post(`/users/${user}/members`, { member: { institution_code: 'mxbank', credentials: [{ guid: MXBANK_USERNAME, value: 'u' }] } }).expect(400);
    expect(missing.body.error.message).toBe(`Missing credentials for institution "mxbank": Password (${MXBANK_PASSWORD}).`);
    expect((await atrium.get(`/users/${user}/members`).expect(200)).body.members).toEqual([]);
  });

  it('refuses the 26th member of a user with 405', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    for (let i = 0; i < 25; i += 1) await atrium.createMember(user, 'password', { username: `user${i}`, skip_aggregation: true });
    const response = await atrium.post(`/users/${user}/members`, mxbankMember('password', { skip_aggregation: true })).expect(405);
    expect(response.body.error.message).toBe(`User "${user}" already has 25 members, the most a user may have.`);
  });

  it('refuses to connect a disabled user with 403', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser({ is_disabled: true });
    const response = await atrium.post(`/users/${user}/members`, mxbankMember('password')).expect(403);
    expect(response.body.error.message).toContain('is disabled');
  });

  it('reads, lists, updates and deletes members', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password', { skip_aggregation: true });
    await atrium.get(`/users/${user}/members/${member.guid}`).expect(200);
    const list = await atrium.get(`/users/${user}/members`).expect(200);
    expect(list.body.pagination.total_entries).toBe(1);
    const updated = await atrium.put(`/users/${user}/members/${member.guid}`, { member: { metadata: 'new', identifier: 'renamed' } }).expect(200);
    expect(updated.body.member).toMatchObject({ metadata: 'new', identifier: 'renamed', is_being_aggregated: false });
    await atrium.delete(`/users/${user}/members/${member.guid}`).expect(204);
    await atrium.get(`/users/${user}/members/${member.guid}`).expect(404);
  });

  it('starts an aggregation when the credentials change, showing UPDATED', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password', { skip_aggregation: true });
    const updated = await atrium.put(`/users/${user}/members/${member.guid}`, { member: { credentials: [{ guid: MXBANK_PASSWORD, value: 'LOCKED' }] } }).expect(200);
    expect(updated.body.member).toMatchObject({ connection_status: 'UPDATED', is_being_aggregated: true, status: 'INITIATED' });
    const seen = await atrium.pollUntilSettled(user, member.guid);
    expect(seen.at(-1)).toMatchObject({ connection_status: 'LOCKED', is_being_aggregated: false });
  });

  it('lists the member credentials without their values', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user);
    const response = await atrium.get(`/users/${user}/members/${member.guid}/credentials`).expect(200);
    expect(response.body.credentials.map((credential: { guid: string }) => credential.guid)).toEqual([MXBANK_USERNAME, MXBANK_PASSWORD]);
    expect(JSON.stringify(response.body)).not.toContain('test_atrium');
  });

  it('answers 404 for a member of another user', async () => {
    const atrium = createTestApp().as();
    const owner = await atrium.createUser();
    const stranger = await atrium.createUser();
    const member = await atrium.createMember(owner);
    await atrium.get(`/users/${stranger}/members/${member.guid}`).expect(404);
  });

  it('creates an OAuth member as PENDING without credentials', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const response = await atrium.post(`/users/${user}/members`, { member: { institution_code: 'mx_bank_oauth', is_oauth: true } }).expect(202);
    expect(response.body.member).toMatchObject({ connection_status: 'PENDING', is_oauth: true, is_being_aggregated: false });
    const refused = await atrium.post(`/users/${user}/members`, { member: { institution_code: 'mxbank', is_oauth: true } }).expect(400);
    expect(refused.body.error.message).toContain('Member cannot use OAuth');
  });

  it('treats an update without credentials or with the same credential values as no credentials change', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = (await atrium.createMember(user)).guid;
    await atrium.pollUntilSettled(user, member);
    const path = `/users/${user}/members/${member}`;
    const same = [{ guid: MXBANK_PASSWORD, value: 'password' }, { guid: MXBANK_USERNAME, value: 'test_atrium' }];
    for (const credentials of [[], same, [{ guid: MXBANK_PASSWORD, value: 'password' }]]) {
      const response = await atrium.put(path, { member: { credentials, metadata: 'kept' } }).expect(200);
      expect(response.body.member).toMatchObject({ connection_status: 'CONNECTED', status: 'COMPLETED', is_being_aggregated: false, metadata: 'kept' });
    }
    const slow = (await atrium.createMember(user, 'slow_aggregation', { username: 'slow' })).guid;
    await atrium.put(`/users/${user}/members/${slow}`, { member: { credentials: [{ guid: MXBANK_PASSWORD, value: 'slow_aggregation' }] } }).expect(200);
    await atrium.put(`/users/${user}/members/${slow}`, { member: { credentials: [{ guid: MXBANK_PASSWORD, value: 'password' }] } }).expect(409);
  });

  it('leaves the tenant as it was when a create or a credentials update cannot pick its scenario', async () => {
    const app = createTestApp();
    const atrium = app.as();
    const user = await atrium.createUser();
    const member = (await atrium.createMember(user)).guid;
    await atrium.pollUntilSettled(user, member);
    app.deps.tenants.replace('client-a', { ...app.deps.tenants.get('client-a'), forced_scenario: 'not-loaded' });
    const before = (await atrium.get('/__mock/state').expect(200)).body;
    const second = { institution_code: 'mxbank', credentials: [{ guid: MXBANK_USERNAME, value: 'second' }, { guid: MXBANK_PASSWORD, value: 'password' }] };
    const created = await atrium.post(`/users/${user}/members`, { member: second }).expect(500);
    expect(created.body.error).toEqual({ message: 'The activated scenario "not-loaded" is not loaded.', mock_error: true });
    await atrium.put(`/users/${user}/members/${member}`, { member: { metadata: 'changed', credentials: [{ guid: MXBANK_PASSWORD, value: 'LOCKED' }] } }).expect(500);
    expect((await atrium.get('/__mock/state').expect(200)).body).toEqual(before);
  });
});
