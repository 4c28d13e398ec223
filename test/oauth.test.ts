import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { withBrowserRoutes } from './support/data.js';
import { createTestApp, type AtriumAgent } from './support/test-app.js';

async function oauthMember(atrium: AtriumAgent, fields: Record<string, unknown> = {}) {
  const user = await atrium.createUser();
  const response = await atrium.post(`/users/${user}/members`, { member: { institution_code: 'mx_bank_oauth', is_oauth: true, ...fields } }).expect(202);
  return { user, member: response.body.member as { guid: string; oauth_window_uri: string; [key: string]: unknown } };
}

const path = (uri: string) => new URL(uri).pathname + new URL(uri).search;

describe('OAuth', () => {
  it('creates an OAuth member PENDING with a one-time window that points back at the simulator', async () => {
    const browser = withBrowserRoutes(createTestApp());
    const atrium = browser.as();
    const { user, member } = await oauthMember(atrium);
    expect(member).toMatchObject({ connection_status: 'PENDING', is_oauth: true, is_being_aggregated: false, oauth_window_uri: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/window\/[A-Za-z0-9]{48}$/) });
    await atrium.post(`/users/${user}/members/${member.guid}/aggregate`).expect(409);
    const page = await request(browser.server).get(path(member.oauth_window_uri)).expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('OAuth complete');
    const read = (await atrium.get(`/users/${user}/members/${member.guid}`).expect(200)).body.member;
    expect(read).toMatchObject({ connection_status: 'CONNECTED', is_being_aggregated: true, status: 'INITIATED', oauth_window_uri: null });
    expect((await atrium.pollUntilSettled(user, member.guid)).at(-1)).toMatchObject({ connection_status: 'CONNECTED', status: 'COMPLETED' });
    expect((await atrium.get(`/users/${user}/members/${member.guid}/accounts`).expect(200)).body.pagination.total_entries).toBeGreaterThan(0);
    const again = await request(browser.server).get(path(member.oauth_window_uri)).expect(404);
    expect(again.text).toContain('already been used');
  });

  it('issues a fresh window with GET oauth_window_uri, and the older one stops working', async () => {
    const browser = withBrowserRoutes(createTestApp());
    const atrium = browser.as();
    const { user, member } = await oauthMember(atrium);
    const fresh = (await atrium.get(`/users/${user}/members/${member.guid}/oauth_window_uri`).expect(200)).body.member;
    expect(fresh.oauth_window_uri).not.toBe(member.oauth_window_uri);
    expect(fresh).toMatchObject({ guid: member.guid, connection_status: 'PENDING' });
    await request(browser.server).get(path(member.oauth_window_uri)).expect(404);
    await request(browser.server).get(path(fresh.oauth_window_uri)).expect(200);
  });

  it('redirects to client_redirect_url with status and member_guid, or to the app scheme', async () => {
    const browser = withBrowserRoutes(createTestApp());
    const atrium = browser.as();
    const { user, member } = await oauthMember(atrium, { client_redirect_url: 'https://example.com/done?x=1' });
    const redirected = await request(browser.server).get(path(member.oauth_window_uri)).expect(302);
    expect(redirected.headers.location).toBe(`https://example.com/done?x=1&status=success&member_guid=${member.guid}`);
    await atrium.pollUntilSettled(user, member.guid);
    const app = (await atrium.get(`/users/${user}/members/${member.guid}/oauth_window_uri?referral_source=APP&ui_message_webview_url_scheme=myapp`).expect(200)).body.member;
    const deepLink = await request(browser.server).get(`${path(app.oauth_window_uri)}?outcome=denied`).expect(302);
    expect(deepLink.headers.location).toBe(`myapp://oauth_complete?status=error&member_guid=${member.guid}&error_reason=DENIED`);
    expect((await atrium.get(`/users/${user}/members/${member.guid}`).expect(200)).body.member).toMatchObject({ connection_status: 'DENIED', is_being_aggregated: false });
  });

  it('connects without aggregating when the window asked for skip_aggregation', async () => {
    const browser = withBrowserRoutes(createTestApp());
    const atrium = browser.as();
    const { user, member } = await oauthMember(atrium);
    const window = (await atrium.get(`/users/${user}/members/${member.guid}/oauth_window_uri?skip_aggregation=true`).expect(200)).body.member;
    await request(browser.server).get(path(window.oauth_window_uri)).expect(200);
    expect((await atrium.get(`/users/${user}/members/${member.guid}`).expect(200)).body.member).toMatchObject({ connection_status: 'CONNECTED', is_being_aggregated: false, status: null });
    await atrium.post(`/users/${user}/members/${member.guid}/aggregate`).expect(202);
  });

  it("answers 400 `Member cannot use OAuth.` for a member that is not an OAuth member", async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = (await atrium.createMember(user, 'password', { skip_aggregation: true })).guid;
    const refused = await atrium.get(`/users/${user}/members/${member}/oauth_window_uri`).expect(400);
    expect(refused.body).toEqual({ error: { message: 'Member cannot use OAuth.' } });
    await atrium.get('/users/test_atrium/members/test_atrium_member/oauth_window_uri').expect(400);
    await atrium.get(`/users/${user}/members/MBR-nope/oauth_window_uri`).expect(404);
  });

  it('refuses bad redirect targets with 400 before storing anything, and a disabled user with 403', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const bad = await atrium.post(`/users/${user}/members`, { member: { institution_code: 'mx_bank_oauth', is_oauth: true, client_redirect_url: 'javascript:alert(1)' } }).expect(400);
    expect(bad.body.error.message).toContain('client_redirect_url "javascript:alert(1)" must be an absolute URL');
    expect((await atrium.get(`/users/${user}/members`).expect(200)).body.members).toEqual([]);
    const { member } = await oauthMember(atrium);
    const owner = (await atrium.get(`/users`).expect(200)).body.users.at(-1).guid;
    await atrium.get(`/users/${owner}/members/${member.guid}/oauth_window_uri?client_redirect_url=not-a-url`).expect(400);
    await atrium.get(`/users/${owner}/members/${member.guid}/oauth_window_uri?referral_source=TV`).expect(400);
    await atrium.put(`/users/${owner}`, { user: { is_disabled: true } }).expect(200);
    await atrium.get(`/users/${owner}/members/${member.guid}/oauth_window_uri`).expect(403);
  });

  it('shows a clear 404 page for an unknown window and 409 while a job runs', async () => {
    const browser = withBrowserRoutes(createTestApp());
    const unknown = await request(browser.server).get('/oauth/window/nope').expect(404);
    expect(unknown.text).toContain('This OAuth window link is unknown');
    const atrium = browser.as();
    const { user, member } = await oauthMember(atrium);
    await request(browser.server).get(path(member.oauth_window_uri)).expect(200);
    const next = (await atrium.get(`/users/${user}/members/${member.guid}/oauth_window_uri`).expect(200)).body.member;
    const busy = await request(browser.server).get(path(next.oauth_window_uri)).expect(409);
    expect(busy.text).toContain('still running a job');
    await request(browser.server).get(`${path(next.oauth_window_uri)}?outcome=maybe`).expect(400);
  });

  it('completes OAuth from the control plane through completeOAuth', async () => {
    const app = createTestApp();
    const atrium = app.as();
    const { user, member } = await oauthMember(atrium);
    const { control } = app.deps;
    control.completeOAuth('client-a', user, member.guid, 'CONNECTED');
    expect((await atrium.get(`/users/${user}/members/${member.guid}`).expect(200)).body.member).toMatchObject({ connection_status: 'CONNECTED', is_being_aggregated: true, oauth_window_uri: null });
    expect((await atrium.pollUntilSettled(user, member.guid)).at(-1)).toMatchObject({ connection_status: 'CONNECTED', status: 'COMPLETED' });
    expect(() => control.completeOAuth('client-a', user, 'MBR-nope', 'DENIED')).toThrow('We were unable to find the record you requested');
  });

  it('refuses every job of an OAuth member the user denied with 409, until a new window is opened and authorized', async () => {
    const browser = withBrowserRoutes(createTestApp());
    const atrium = browser.as();
    const { user, member } = await oauthMember(atrium);
    await request(browser.server).get(`${path(member.oauth_window_uri)}?outcome=denied`).expect(200);
    const base = `/users/${user}/members/${member.guid}`;
    expect((await atrium.get(base).expect(200)).body.member).toMatchObject({ connection_status: 'DENIED', status: 'DENIED', is_being_aggregated: false });
    for (const job of ['aggregate', 'balance', 'identify', 'verify', 'extend_history', 'fetch_statements']) {
      const refused = await atrium.post(`${base}/${job}`).expect(409);
      expect(refused.body.error.message).toContain('was denied access (connection_status DENIED); get a new window with GET');
    }
    expect((await atrium.get(`${base}/accounts`).expect(200)).body.accounts).toEqual([]);
    const fresh = (await atrium.get(`${base}/oauth_window_uri`).expect(200)).body.member;
    await request(browser.server).get(path(fresh.oauth_window_uri)).expect(200);
    expect((await atrium.pollUntilSettled(user, member.guid)).at(-1)).toMatchObject({ connection_status: 'CONNECTED', status: 'COMPLETED' });
  });

  it('leaves member, windows and tenant as they were when completing OAuth cannot pick a scenario', async () => {
    const app = createTestApp();
    const browser = withBrowserRoutes(app);
    const atrium = browser.as();
    const { user, member } = await oauthMember(atrium);
    app.deps.tenants.replace('client-a', { ...app.deps.tenants.get('client-a'), forced_scenario: 'not-loaded' });
    const before = (await atrium.get('/__mock/state').expect(200)).body;
    const failed = await request(browser.server).get(path(member.oauth_window_uri)).expect(500);
    expect(failed.text).toContain('The activated scenario &quot;not-loaded&quot; is not loaded.');
    expect((await atrium.get('/__mock/state').expect(200)).body).toEqual(before);
    app.deps.tenants.replace('client-a', { ...app.deps.tenants.get('client-a'), forced_scenario: null });
    await request(browser.server).get(path(member.oauth_window_uri)).expect(200);
    expect((await atrium.get(`/users/${user}/members/${member.guid}`).expect(200)).body.member).toMatchObject({ connection_status: 'CONNECTED', is_being_aggregated: true });
  });
});
