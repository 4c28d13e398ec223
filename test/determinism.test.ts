import { describe, expect, it } from 'vitest';
import { PDF_ACCEPT, bytes, everything, runJob } from './support/data.js';
import { createTestApp, type AtriumAgent } from './support/test-app.js';

/** The same calls a client would make, returning every body it saw (URLs without the varying host). */
async function session(atrium: AtriumAgent, misbehave = false) {
  const seen: unknown[] = [];
  const user = await atrium.createUser({ identifier: 'determinism' });
  if (misbehave) {
    await atrium.get(`/users/${user}/transactions?from_date=2026-02-01&to_date=2026-01-01`).expect(400);
    await atrium.post('/transactions/cleanse_and_categorize', { transactions: [{ identifier: 'x' }] }).expect(400);
    await atrium.post(`/users/${user}/members`, { member: { institution_code: 'mx_bank_oauth', is_oauth: true, client_redirect_url: 'nope' } }).expect(400);
    await atrium.post(`/users/${user}/connect_widget_url`, { current_member_guid: 'MBR-nope' }).expect(404);
    await atrium.get(`/users/${user}/accounts/ACT-nope`).expect(404);
  }
  const member = (await atrium.createMember(user, 'password')).guid;
  seen.push(await atrium.pollUntilSettled(user, member));
  for (const job of ['identify', 'verify', 'fetch_statements', 'extend_history', 'balance']) seen.push(await runJob(atrium, user, member, job));
  for (const [path, key] of [
    [`/users/${user}/accounts`, 'accounts'],
    [`/users/${user}/transactions?from_date=2024-01-01`, 'transactions'],
    [`/users/${user}/holdings`, 'holdings'],
    [`/users/${user}/members/${member}/statements`, 'statements'],
  ] as const) {
    seen.push(await everything(atrium, path, key));
  }
  seen.push((await atrium.get(`/users/${user}/members/${member}/account_owners`).expect(200)).body);
  seen.push((await atrium.get(`/users/${user}/members/${member}/account_numbers`).expect(200)).body);
  const statement = (await atrium.get(`/users/${user}/members/${member}/statements`).expect(200)).body.statements[0];
  seen.push((await bytes(atrium.get(statement.uri).set('Accept', PDF_ACCEPT)).expect(200)).body.toString('base64'));
  const tokens: string[] = [];
  // ids are seeded; the tokens of links that grant access are not (they come from crypto randomness)
  const widget = new URL((await atrium.post(`/users/${user}/connect_widget_url`, {}).expect(200)).body.user.connect_widget_url).pathname;
  const oauth = (await atrium.post(`/users/${user}/members`, { member: { institution_code: 'mx_bank_oauth', is_oauth: true } }).expect(202)).body.member;
  for (const link of [widget, new URL(oauth.oauth_window_uri).pathname]) {
    const [prefix, token] = [link.slice(0, link.lastIndexOf('/')), link.slice(link.lastIndexOf('/') + 1)];
    seen.push(prefix, token.length);
    tokens.push(token);
  }
  seen.push(oauth.guid);
  return Object.assign(seen, { tokens });
}

describe('seeded data', () => {
  it('is identical for two apps with the same seed and different for another, but for link tokens, which no seed predicts', async () => {
    const first = await session(createTestApp({ seed: 'same' }).as());
    const second = await session(createTestApp({ seed: 'same' }).as());
    expect([...second]).toEqual([...first]);
    expect(second.tokens.some((token, index) => token === first.tokens[index])).toBe(false);
    expect([...(await session(createTestApp({ seed: 'other' }).as()))]).not.toEqual([...first]);
  });

  it('is not disturbed by refused requests: nothing stored changes, not even the next ids', async () => {
    const clean = await session(createTestApp({ seed: 'same' }).as());
    expect([...(await session(createTestApp({ seed: 'same' }).as(), true))]).toEqual([...clean]);
  });
});
