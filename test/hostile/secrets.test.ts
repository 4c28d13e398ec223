import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { launch } from '../support/cli-process.js';
import { MXBANK_PASSWORD, MXBANK_USERNAME, createTestApp } from '../support/test-app.js';
import { expectHealthy, mx, mxError } from './support.js';

// issue 10, section 6: secrets stay out of places they don't belong

const SECRET = 'hunter2-correct-horse';

/** Every run of 4 or more characters of `secret` that `text` contains. */
const pieces = (text: string, secret: string) => {
  const found: string[] = [];
  for (let start = 0; start + 4 <= secret.length; start += 1) if (text.includes(secret.slice(start, start + 4))) found.push(secret.slice(start, start + 4));
  return found;
};

describe('secrets stay out of places they do not belong', () => {
  it('masks passwords, logins, usernames and credential values in journaled request bodies, also on 4xx', async () => {
    const { as } = createTestApp();
    const tenant = as('secrets');
    const user = await tenant.createUser({ identifier: 'secrets' });
    // unknown fields: a 400, journaled with its body
    mxError(await tenant.post(`/users/${user}/members`, { member: { institution_code: 'mxbank', login: `login-${SECRET}`, username: `user-${SECRET}`, password: SECRET, Password: SECRET, user_password: SECRET, credentials: [{ guid: MXBANK_USERNAME, value: `u-${SECRET}` }, { guid: MXBANK_PASSWORD, value: `p-${SECRET}` }] } }), 400);
    // wrong credential guids: refused after validation
    mxError(await tenant.post(`/users/${user}/members`, { member: { institution_code: 'mxbank', credentials: [{ guid: 'CRD-nope', value: SECRET }] } }), 400);
    // a good one
    await tenant.post(`/users/${user}/members`, { member: { institution_code: 'mxbank', credentials: [{ guid: MXBANK_USERNAME, value: `u-${SECRET}` }, { guid: MXBANK_PASSWORD, value: SECRET }] } }).expect(202);
    const journal = await tenant.get('/__mock/requests').expect(200);
    expect(pieces(journal.text, SECRET)).toEqual([]);
    const refused = journal.body.requests.find((entry: { status: number; request_body: { member?: { login?: string } } }) => entry.status === 400 && entry.request_body.member?.login);
    expect(refused.request_body.member).toMatchObject({ login: '****', username: '****', password: '****', Password: '****', user_password: '****', credentials: [{ guid: MXBANK_USERNAME, value: '****' }, { guid: MXBANK_PASSWORD, value: '****' }] });
  });

  it('masks secret-looking query parameters in the journal, whatever the status', async () => {
    const { as } = createTestApp();
    const tenant = as('queries');
    mxError(await tenant.get(`/users/USR-x?password=${SECRET}&login=${SECRET}&username=${SECRET}&api_key=${SECRET}&Token=${SECRET}&page=2`), 404);
    mxError(await tenant.get(`/nowhere?password=${SECRET}&pin=1234`), 404);
    await tenant.get(`/users?user[password]=${SECRET}&access_token=${SECRET}`).expect(200);
    const journal = await tenant.get('/__mock/requests').expect(200);
    expect(pieces(journal.text, SECRET)).toEqual([]);
    const [listed, unknown, missing] = journal.body.requests as { query: Record<string, unknown> }[];
    expect(missing!.query).toEqual({ password: '****', login: '****', username: '****', api_key: '****', Token: '****', page: '2' });
    expect(unknown!.query).toEqual({ password: '****', pin: '****' });
    expect(listed!.query).toEqual({ 'user[password]': '****', access_token: '****' });
  });

  it('describes malformed JSON by position only, never echoing the body, in the answer or the journal', async () => {
    const { app, as } = createTestApp();
    const tenant = as('malformed');
    const bodies = [`{"user": {"password": ${SECRET}}}`, `{"password": "${SECRET}`, `{"password" "${SECRET}"}`, `{"password": "${SECRET}",}`, `${SECRET}`, `{"password": "${SECRET}"} trailing-${SECRET}`];
    for (const body of bodies) {
      for (const [path, headers] of [['/users', mx('malformed')], ['/__mock/faults', { 'MX-Client-ID': 'malformed' }], ['/nowhere', mx('malformed')]] as const) {
        const response = await request(app).post(path).set(headers).set('Content-Type', 'application/json').send(body);
        const message = mxError(response, 400);
        expect(message, body).toMatch(/^Malformed JSON in request body at line 1, column \d+ \(character \d+\): [A-Za-z ,}{\]]+\.$/);
        expect(pieces(response.text, SECRET), `${path} ${body}`).toEqual([]);
      }
    }
    expect(pieces((await tenant.get('/__mock/requests').expect(200)).text, SECRET)).toEqual([]);
    await expectHealthy(app);
  });

  it('refuses a malformed or missing clients file with exit 2 and a message that names the file and shows none of its keys', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hostile-clients-')), 'clients.json');
    writeFileSync(file, `{"alice": "${SECRET}", oops}`);
    const malformed = launch(['start', '--port', '0', '--clients-file', file]);
    expect(await malformed.exited).toBe(2);
    expect(malformed.stderr().trim()).toBe(`--clients-file ${file}: Malformed JSON in the file at line 1, column 36 (character 36): a character that cannot start a JSON value.`);
    expect(pieces(malformed.stderr() + malformed.lines.join('\n'), SECRET)).toEqual([]);
    const missing = launch(['start', '--port', '0', '--clients-file', `${file}.missing`]);
    expect(await missing.exited).toBe(2);
    expect(missing.stderr().trim()).toBe(`--clients-file ${file}.missing: no such file.`);
    // a value that is not a string: the message tells the shape, not the keys around it
    writeFileSync(file, `{"alice": "${SECRET}", "bob": 42}`);
    const wrongShape = launch(['start', '--port', '0', '--clients-file', file]);
    expect(await wrongShape.exited).toBe(2);
    expect(wrongShape.stderr().trim()).toBe(`--clients-file ${file}: it must be a JSON object of "client id": "api key" (non-empty strings).`);
    expect(pieces(wrongShape.stderr(), SECRET)).toEqual([]);
  });

  it('refuses a malformed JSON state file with exit 2 and a message that shows none of its credentials', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hostile-state-')), 'state.json');
    // a value without its quotes: JSON.parse's own message would quote it
    writeFileSync(file, `{"format":"atrium-mock/state-file","version":1,"tenants":{"t":{"credentials":[{"value":${SECRET}}]}}}`);
    const launched = launch(['start', '--port', '0', '--state-file', file]);
    expect(await launched.exited).toBe(2);
    expect(launched.stderr()).toContain(`Cannot use the state file ${file}: it is not JSON: Malformed JSON in the file at line 1, column`);
    expect(launched.stderr()).not.toContain('    at ');
    expect(pieces(launched.stderr(), SECRET)).toEqual([]);
  });
});
