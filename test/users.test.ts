import { describe, expect, it } from 'vitest';
import { createTestApp } from './support/test-app.js';

describe('users', () => {
  it('creates a user with a USR- guid inside the user envelope and answers 200', async () => {
    const atrium = createTestApp().as();
    const response = await atrium.post('/users', { user: { identifier: 'unique_id', metadata: '{"first_name": "Steven"}' } }).expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.mx.atrium.v1+json; charset=utf-8');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(response.body).toEqual({
      user: { guid: expect.stringMatching(/^USR-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/), identifier: 'unique_id', is_disabled: false, metadata: '{"first_name": "Steven"}' },
    });
  });

  it('refuses a second user with the same identifier with 409 and keeps the first', async () => {
    const atrium = createTestApp().as();
    const first = await atrium.createUser({ identifier: 'dup' });
    const response = await atrium.post('/users', { user: { identifier: 'dup' } }).expect(409);
    expect(response.body).toEqual({ error: { message: 'A user with the identifier "dup" already exists.' } });
    const list = await atrium.get('/users').expect(200);
    expect(list.body.users.map((user: { guid: string }) => user.guid)).toEqual([first]);
  });

  it('refuses an empty user object with 400', async () => {
    const atrium = createTestApp().as();
    const response = await atrium.post('/users', { user: {} }).expect(400);
    expect(response.body.error.message).toBe('Invalid request: request body user must not be empty.');
  });

  it('reads, updates and deletes a user', async () => {
    const atrium = createTestApp().as();
    const guid = await atrium.createUser({ identifier: 'before' });
    await atrium.get(`/users/${guid}`).expect(200, { user: { guid, identifier: 'before', is_disabled: false, metadata: null } });
    const updated = await atrium.put(`/users/${guid}`, { user: { identifier: 'after', is_disabled: true } }).expect(200);
    expect(updated.body.user).toEqual({ guid, identifier: 'after', is_disabled: true, metadata: null });
    await atrium.delete(`/users/${guid}`).expect(204, '');
    const missing = await atrium.get(`/users/${guid}`).expect(404);
    expect(missing.body.error.message).toBe(`We were unable to find the record you requested: user "${guid}".`);
  });

  it('lists users in pages of records_per_page with MX pagination', async () => {
    const atrium = createTestApp().as();
    for (let i = 0; i < 12; i += 1) await atrium.createUser({ identifier: `u${i}` });
    const page2 = await atrium.get('/users?page=2&records_per_page=10').expect(200);
    expect(page2.body.users.map((user: { identifier: string }) => user.identifier)).toEqual(['u10', 'u11']);
    expect(page2.body.pagination).toEqual({ current_page: 2, per_page: 10, total_entries: 12, total_pages: 2 });
  });

  it('reports one empty page for an empty list', async () => {
    const atrium = createTestApp().as();
    const response = await atrium.get('/users').expect(200);
    expect(response.body).toEqual({ users: [], pagination: { current_page: 1, per_page: 25, total_entries: 0, total_pages: 1 } });
  });

  it('refuses the 101st user with 405 (the vestibule limit)', async () => {
    const atrium = createTestApp({ maxUsers: 3 }).as();
    for (let i = 0; i < 3; i += 1) await atrium.createUser({ identifier: `u${i}` });
    const response = await atrium.post('/users', { user: { identifier: 'one-too-many' } }).expect(405);
    expect(response.body.error.message).toBe('This client has reached its limit of 3 users.');
  });

  it('deletes a user together with its members', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user);
    await atrium.delete(`/users/${user}`).expect(204);
    await atrium.get(`/users/${user}/members/${member.guid}`).expect(404);
  });
});
