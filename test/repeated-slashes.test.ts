/**
 * nginx in front of Atrium merges repeated slashes (`merge_slashes on`, its default), so a client
 * whose base URL ends in a slash (`http://localhost:8080/` + `/users` = `//users`) still reached
 * Rails. The simulator does the same for every route; the query string is never touched.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ATRIUM_ACCEPT, createTestApp } from './support/test-app.js';

const headers = { 'MX-API-Key': 'key', 'MX-Client-ID': 'client-a', Accept: ATRIUM_ACCEPT };
const pathOf = (uri: string) => new URL(uri).pathname;

describe('repeated slashes in the path are merged, as nginx does', () => {
  it('answers //users like /users (a base URL with a trailing slash)', async () => {
    const { app } = createTestApp();
    await request(app).post('//users').set(headers).send({ user: { identifier: 'slashes' } }).expect(200);
    const listed = await request(app).get('//users').set(headers).expect(200);
    expect(listed.body.users.map((user: { identifier: string }) => user.identifier)).toEqual(['slashes']);
  });

  it('merges slashes between segments and before the path parameters', async () => {
    const test = createTestApp();
    const atrium = test.as();
    const user = await atrium.createUser();
    const member = await atrium.createMember(user, 'password', { skip_aggregation: true });
    const read = await request(test.app).get(`/users//${user}///members//${member.guid}`).set(headers).expect(200);
    expect(read.body.member.guid).toBe(member.guid);
    await request(test.app).post(`//users/${user}//members/${member.guid}//identify`).set(headers).expect(200);
  });

  it('leaves the query string as sent: a name filter containing // still filters by it', async () => {
    const { app } = createTestApp();
    const merged = await request(app).get('//institutions?name=MX%20Bank&records_per_page=100').set(headers).expect(200);
    expect(merged.body.institutions.length).toBeGreaterThan(0);
    const nothing = await request(app).get('//institutions?name=MX//Bank').set(headers).expect(200);
    expect(nothing.body.institutions).toEqual([]);
  });

  it('merges slashes on the control plane and the browser pages too', async () => {
    const test = createTestApp();
    await request(test.app).get('//__mock//health').expect(200);
    const atrium = test.as();
    const user = await atrium.createUser();
    const url = (await atrium.post(`/users/${user}/connect_widget_url`, {}).expect(200)).body.user.connect_widget_url as string;
    const page = await request(test.app).get(`/${pathOf(url).replace('/connect/', '/connect//')}`).expect(200);
    expect(page.text).toContain(user);
    const oauth = await atrium.post(`/users/${user}/members`, { member: { institution_code: 'mx_bank_oauth', is_oauth: true } }).expect(202);
    await request(test.app).get(`//oauth//window/${pathOf(oauth.body.member.oauth_window_uri).split('/').pop()}`).expect(200);
  });

  it('still answers 404 for a path that is unknown once merged', async () => {
    const { app } = createTestApp();
    const missing = await request(app).get('//no//such//path').set(headers).expect(404);
    expect(missing.body.error.message).toBe('We were unable to find the record you requested: no Atrium endpoint is GET /no/such/path.');
  });
});
