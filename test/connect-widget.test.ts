import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { withBrowserRoutes } from './support/data.js';
import { http11, rawRequest } from './support/raw-http.js';
import { createTestApp } from './support/test-app.js';

const path = (uri: string) => new URL(uri).pathname;

describe('Connect widget', () => {
  it('answers the flat request with {"user": {connect_widget_url, guid}} pointing back at the simulator', async () => {
    const browser = withBrowserRoutes(createTestApp());
    const atrium = browser.as();
    const user = await atrium.createUser();
    const response = await atrium.post(`/users/${user}/connect_widget_url`, {}).expect(200);
    expect(response.body).toEqual({ user: { connect_widget_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/connect\/[A-Za-z0-9]{48}$/), guid: user } });
    const options = { mode: 'verification', color_scheme: 'dark', current_institution_code: 'mxbank', ui_message_version: 4, is_mobile_webview: false };
    const second = await atrium.post(`/users/${user}/connect_widget_url`, options).expect(200);
    expect(second.body.user.connect_widget_url).not.toBe(response.body.user.connect_widget_url);
  });

  it('serves a page with the user, the options and its members, once', async () => {
    const browser = withBrowserRoutes(createTestApp());
    const atrium = browser.as();
    const user = await atrium.createUser();
    const member = (await atrium.createMember(user, 'password', { skip_aggregation: true })).guid;
    const url = (await atrium.post(`/users/${user}/connect_widget_url`, { mode: 'verification', color_scheme: 'dark' }).expect(200)).body.user.connect_widget_url;
    const page = await request(browser.server).get(path(url)).expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    for (const shown of ['MX Connect (simulated)', user, member, 'MX Bank', 'verification', 'CREATED', 'background:#1d2127']) expect(page.text).toContain(shown);
    const reused = await request(browser.server).get(path(url)).expect(404);
    expect(reused.text).toContain('has already been used');
  });

  it('expires after 10 minutes of simulated time', async () => {
    const app = createTestApp();
    const browser = withBrowserRoutes(app);
    const atrium = browser.as();
    const user = await atrium.createUser();
    const fresh = (await atrium.post(`/users/${user}/connect_widget_url`, {}).expect(200)).body.user.connect_widget_url;
    const stale = (await atrium.post(`/users/${user}/connect_widget_url`, {}).expect(200)).body.user.connect_widget_url;
    app.clock.advance(9 * 60_000);
    await request(browser.server).get(path(fresh)).expect(200);
    app.clock.advance(60_000);
    const expired = await request(browser.server).get(path(stale)).expect(404);
    expect(expired.text).toContain('has expired');
    const unknown = await request(browser.server).get('/connect/nope').expect(404);
    expect(unknown.text).toContain('This Connect widget link is unknown');
  });

  it('keeps at most 1,000 links per client, forgetting the oldest first, so a loop cannot grow the state', async () => {
    const browser = withBrowserRoutes(createTestApp());
    const atrium = browser.as();
    const user = await atrium.createUser();
    const first = (await atrium.post(`/users/${user}/connect_widget_url`, {}).expect(200)).body.user.connect_widget_url;
    const snapshot = (await atrium.get('/__mock/state').expect(200)).body;
    const [link] = Object.values(snapshot.state.links);
    for (let i = 1; i < 1_000; i += 1) snapshot.state.links[`seeded${String(i).padStart(42, '0')}`] = link;
    await atrium.put('/__mock/state', snapshot).expect(200);
    const tooMany = structuredClone(snapshot);
    tooMany.state.links[`seeded${'x'.repeat(42)}`] = link;
    expect((await atrium.put('/__mock/state', tooMany).expect(400)).body.error.message).toContain('at most 1000 links');
    const newest = (await atrium.post(`/users/${user}/connect_widget_url`, {}).expect(200)).body.user.connect_widget_url;
    expect(Object.keys((await atrium.get('/__mock/state').expect(200)).body.state.links)).toHaveLength(1_000);
    expect((await request(browser.server).get(path(first)).expect(404)).text).toContain('unknown');
    await request(browser.server).get(path(newest)).expect(200);
  });

  it('builds links with the scheme a TLS-terminating proxy forwards, and never from a Host that is not a host', async () => {
    const atrium = withBrowserRoutes(createTestApp()).as();
    const user = await atrium.createUser();
    const behindProxy = await atrium.post(`/users/${user}/connect_widget_url`, {}).set('X-Forwarded-Proto', 'https').set('Host', 'mock.example.com').expect(200);
    expect(behindProxy.body.user.connect_widget_url).toMatch(/^https:\/\/mock\.example\.com\/connect\/[A-Za-z0-9]{48}$/);
    const hostile = await atrium.post(`/users/${user}/connect_widget_url`, {}).set('X-Forwarded-Proto', 'javascript').set('Host', 'a"><script>x</script>').expect(200);
    expect(hostile.body.user.connect_widget_url).toMatch(/^http:\/\/localhost\/connect\/[A-Za-z0-9]{48}$/);
  });

  it('refuses a wrapped body, unknown members or institutions, unknown users and disabled users', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const wrapped = await atrium.post(`/users/${user}/connect_widget_url`, { user: { mode: 'aggregation' } }).expect(400);
    expect(wrapped.body.error.message).toContain('unknown field "user"');
    await atrium.post(`/users/${user}/connect_widget_url`, { mode: 'bank' }).expect(400);
    const member = await atrium.post(`/users/${user}/connect_widget_url`, { current_member_guid: 'MBR-nope' }).expect(404);
    expect(member.body.error.message).toBe(`We were unable to find the record you requested: member "MBR-nope" of user "${user}".`);
    await atrium.post(`/users/${user}/connect_widget_url`, { current_institution_code: 'nobank' }).expect(404);
    await atrium.post('/users/USR-nope/connect_widget_url', {}).expect(404);
    await atrium.put(`/users/${user}`, { user: { is_disabled: true } }).expect(200);
    await atrium.post(`/users/${user}/connect_widget_url`, {}).expect(403);
  });

  it('gives the defaults for no body at all, an empty body, and an empty chunked body, whatever the Content-Type', async () => {
    const test = createTestApp();
    const user = await test.as().createUser();
    const head = [`POST /users/${user}/connect_widget_url HTTP/1.1`, 'Host: {host}', 'MX-API-Key: key', 'MX-Client-ID: client-a', 'Accept: application/vnd.mx.atrium.v1+json'];
    const variants: Record<string, string[]> = {
      'no Content-Type, no Content-Length (curl -X POST)': [],
      'no Content-Type, Content-Length: 0': ['Content-Length: 0'],
      'Content-Type: application/json, Content-Length: 0 (Python, Ruby, PHP)': ['Content-Type: application/json', 'Content-Length: 0'],
      'Content-Type: application/json; charset=utf-8, Content-Length: 0 (Java okhttp)': ['Content-Type: application/json; charset=utf-8', 'Content-Length: 0'],
      'Content-Type: application/json, empty chunked body': ['Content-Type: application/json', 'Transfer-Encoding: chunked'],
    };
    for (const [variant, headers] of Object.entries(variants)) {
      const chunked = headers.includes('Transfer-Encoding: chunked');
      const response = await rawRequest(test.app, http11([...head, ...headers], chunked ? '0\r\n\r\n' : ''));
      expect(response.status, variant).toBe(200);
      expect(response.json(), variant).toEqual({ user: { connect_widget_url: expect.stringMatching(/\/connect\/[A-Za-z0-9]{48}$/), guid: user } });
    }
  });
});
