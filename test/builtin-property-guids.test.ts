import { describe, expect, it } from 'vitest';
import { connectedMember, runJob } from './support/data.js';
import { MXBANK_PASSWORD, MXBANK_USERNAME, createTestApp } from './support/test-app.js';

/** Guids that are names of properties every plain JavaScript object inherits. */
const BUILT_IN_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];

describe('guids named like built-in object properties', () => {
  it('answer 404 on every user, member, account, transaction, holding and statement path, and change nothing', async () => {
    const app = createTestApp();
    const atrium = app.as();
    const { user, member } = await connectedMember(atrium);
    await runJob(atrium, user, member, 'fetch_statements');
    const before = (await atrium.get('/__mock/state').expect(200)).body;
    const credentials = { member: { institution_code: 'mxbank', credentials: [{ guid: MXBANK_USERNAME, value: 'x' }, { guid: MXBANK_PASSWORD, value: 'password' }] } };
    for (const name of BUILT_IN_NAMES) {
      const requests: [string, () => ReturnType<typeof atrium.get>][] = [
        [`GET /users/${name}`, () => atrium.get(`/users/${name}`)],
        [`PUT /users/${name}`, () => atrium.put(`/users/${name}`, { user: { metadata: 'x' } })],
        [`DELETE /users/${name}`, () => atrium.delete(`/users/${name}`)],
        [`GET /users/${name}/members`, () => atrium.get(`/users/${name}/members`)],
        [`POST /users/${name}/members`, () => atrium.post(`/users/${name}/members`, credentials)],
        [`GET /users/${name}/accounts`, () => atrium.get(`/users/${name}/accounts`)],
        [`GET /users/${name}/transactions`, () => atrium.get(`/users/${name}/transactions`)],
        [`POST /users/${name}/connect_widget_url`, () => atrium.post(`/users/${name}/connect_widget_url`, {})],
        [`GET members/${name}`, () => atrium.get(`/users/${user}/members/${name}`)],
        [`PUT members/${name}`, () => atrium.put(`/users/${user}/members/${name}`, { member: { metadata: 'x' } })],
        [`DELETE members/${name}`, () => atrium.delete(`/users/${user}/members/${name}`)],
        [`GET members/${name}/status`, () => atrium.get(`/users/${user}/members/${name}/status`)],
        [`POST members/${name}/aggregate`, () => atrium.post(`/users/${user}/members/${name}/aggregate`)],
        [`POST members/${name}/identify`, () => atrium.post(`/users/${user}/members/${name}/identify`)],
        [`GET members/${name}/accounts`, () => atrium.get(`/users/${user}/members/${name}/accounts`)],
        [`GET members/${name}/oauth_window_uri`, () => atrium.get(`/users/${user}/members/${name}/oauth_window_uri`)],
        [`GET /users/{u}/accounts/${name}`, () => atrium.get(`/users/${user}/accounts/${name}`)],
        [`GET /users/{u}/accounts/${name}/transactions`, () => atrium.get(`/users/${user}/accounts/${name}/transactions`)],
        [`GET /users/{u}/accounts/${name}/account_numbers`, () => atrium.get(`/users/${user}/accounts/${name}/account_numbers`)],
        [`GET members/{m}/accounts/${name}`, () => atrium.get(`/users/${user}/members/${member}/accounts/${name}`)],
        [`GET /users/{u}/transactions/${name}`, () => atrium.get(`/users/${user}/transactions/${name}`)],
        [`GET /users/{u}/holdings/${name}`, () => atrium.get(`/users/${user}/holdings/${name}`)],
        [`GET members/{m}/statements/${name}`, () => atrium.get(`/users/${user}/members/${member}/statements/${name}`)],
        [`GET members/{m}/statements/${name}.pdf`, () => atrium.get(`/users/${user}/members/${member}/statements/${name}.pdf`).set('Accept', 'application/vnd.mx.atrium.v1+pdf')],
        [`POST connect_widget_url current_member_guid ${name}`, () => atrium.post(`/users/${user}/connect_widget_url`, { current_member_guid: name })],
      ];
      for (const [label, send] of requests) {
        const response = await send();
        expect(response.status, `${label} -> ${response.status} ${response.text}`).toBe(404);
      }
    }
    expect((await atrium.get('/__mock/state').expect(200)).body).toEqual(before);
    expect(Object.hasOwn(Object, 'forced_scenario')).toBe(false);
  });
});
