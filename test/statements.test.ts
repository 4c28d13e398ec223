import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PDF_ACCEPT, bytes, connectedMember, memberAt, runJob } from './support/data.js';
import { ConfigError, resolveConfig } from '../src/config.js';
import { createTestApp, type AtriumAgent } from './support/test-app.js';

type Statement = { guid: string; account_guid: string; content_hash: string; uri: string; [key: string]: unknown };

/** Checks what a PDF reader relies on: header, cross-reference offsets, stream lengths, trailer and page count. */
function checkPdf(pdf: Buffer): { pages: number; text: string } {
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  expect(text.endsWith('%%EOF\n')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
  expect(text.slice(startxref, startxref + 5)).toBe('xref\n');
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref))!;
  expect(first).toBe('0');
  const entries = text.slice(startxref).split('\n').slice(2, 2 + Number(count));
  expect(entries[0]).toBe('0000000000 65535 f ');
  entries.slice(1).forEach((entry, index) => {
    expect(entry).toMatch(/^\d{10} 00000 n $/);
    const offset = Number(entry.slice(0, 10));
    expect(text.slice(offset, offset + `${index + 1} 0 obj`.length)).toBe(`${index + 1} 0 obj`);
  });
  expect(text).toContain(`trailer\n<< /Size ${count} /Root 1 0 R`);
  for (const match of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = match.index + match[0].length;
    expect(text.slice(start + Number(match[1]), start + Number(match[1]) + 'endstream'.length)).toBe('endstream');
  }
  const pages = Number(/\/Type \/Pages \/Kids \[[^\]]*\] \/Count (\d+)/.exec(text)![1]);
  expect(text.match(/\/Type \/Page /g)).toHaveLength(pages);
  return { pages, text };
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function download(atrium: AtriumAgent, uri: string): Promise<Buffer> {
  const response = await bytes(atrium.get(uri).set('Accept', PDF_ACCEPT)).expect(200);
  expect(response.headers['content-type']).toBe(PDF_ACCEPT);
  return response.body as Buffer;
}

describe('statements', () => {
  it('fetches one statement per account for each of the last three complete months, newest period first', async () => {
    const atrium = createTestApp().as();
    const { user, member } = await connectedMember(atrium);
    expect((await atrium.get(`/users/${user}/members/${member}/statements`).expect(200)).body.statements).toEqual([]);
    expect((await atrium.post(`/users/${user}/members/${member}/fetch_statements`).expect(200)).body.member.is_being_aggregated).toBe(true);
    expect((await atrium.pollUntilSettled(user, member)).at(-1)).toMatchObject({ connection_status: 'CONNECTED', status: 'COMPLETED' });
    const list = (await atrium.get(`/users/${user}/members/${member}/statements`).expect(200)).body;
    expect(list.pagination).toEqual({ current_page: 1, per_page: 25, total_entries: 12, total_pages: 1 });
    const accounts = (await atrium.get(`/users/${user}/accounts`).expect(200)).body.accounts as { guid: string }[];
    const statement = list.statements[0] as Statement;
    expect(statement).toEqual({
      account_guid: accounts[0]!.guid,
      content_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      created_at: '2026-01-15T12:00:00+00:00',
      guid: expect.stringMatching(/^STA-/),
      member_guid: member,
      updated_at: '2026-01-15T12:00:00+00:00',
      uri: `/users/${user}/members/${member}/statements/${statement.guid}.pdf`,
      user_guid: user,
    });
    expect(list.statements.slice(0, 4).map((each: Statement) => each.account_guid)).toEqual(accounts.map((account) => account.guid));
    // MX's docs show `statement`, every official SDK reads `user`: both by default
    expect((await atrium.get(`/users/${user}/members/${member}/statements/${statement.guid}`).expect(200)).body).toEqual({ statement, user: statement });
  });

  it("downloads a real PDF whose SHA-256 is the statement's content_hash, the same bytes every time", async () => {
    const atrium = createTestApp().as();
    const { user, member } = await connectedMember(atrium);
    await runJob(atrium, user, member, 'fetch_statements');
    const statements = (await atrium.get(`/users/${user}/members/${member}/statements`).expect(200)).body.statements as Statement[];
    for (const statement of statements) {
      const pdf = await download(atrium, statement.uri);
      expect(sha256(pdf)).toBe(statement.content_hash);
      expect(pdf.length).toBeLessThan(40_000);
      checkPdf(pdf);
    }
    const december = statements[0]!;
    const { pages, text } = checkPdf(await download(atrium, december.uri));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain('(MX Bank) Tj');
    expect(text).toContain('(December 1, 2025 - December 31, 2025) Tj');
    expect(text).toContain(`(Statement: ${december.guid}) Tj`);
    expect(await download(atrium, december.uri)).toEqual(await download(atrium, december.uri));
  });

  it('keeps statements already fetched and adds the new month after the clock moves on', async () => {
    const app = createTestApp();
    const atrium = app.as();
    const { user, member } = await connectedMember(atrium);
    await runJob(atrium, user, member, 'fetch_statements');
    const first = (await atrium.get(`/users/${user}/members/${member}/statements`).expect(200)).body.statements as Statement[];
    await runJob(atrium, user, member, 'fetch_statements');
    expect((await atrium.get(`/users/${user}/members/${member}/statements`).expect(200)).body.statements).toEqual(first);
    app.clock.advance(31 * 86_400_000);
    await runJob(atrium, user, member, 'fetch_statements');
    const later = (await atrium.get(`/users/${user}/members/${member}/statements`).expect(200)).body.statements as Statement[];
    expect(later).toHaveLength(16);
    expect(later.slice(4)).toEqual(first);
    const january = await download(atrium, later[0]!.uri);
    expect(january.toString('latin1')).toContain('(January 1, 2026 - January 31, 2026) Tj');
  });

  it('answers 406 to an Accept the PDF cannot be served as, and 404 for unknown statements', async () => {
    const atrium = createTestApp().as();
    const { user, member } = await connectedMember(atrium);
    await runJob(atrium, user, member, 'fetch_statements');
    const statement = (await atrium.get(`/users/${user}/members/${member}/statements`).expect(200)).body.statements[0] as Statement;
    const refused = await atrium.get(statement.uri).set('Accept', 'text/html').expect(406);
    expect(refused.body.error.message).toBe('Not Acceptable: send Accept: application/vnd.mx.atrium.v1+pdf.');
    await atrium.get(statement.uri).set('Accept', 'image/png').expect(406);
    await atrium.get(statement.uri).set('Accept', 'application/vnd.mx.atrium.v1+json').expect(406);
    await atrium.get(statement.uri).set('Accept', 'application/json').expect(406);
    await atrium.get(statement.uri).set('Accept', '*/*').expect(200);
    const missing = await atrium.get(`/users/${user}/members/${member}/statements/STA-nope.pdf`).set('Accept', PDF_ACCEPT).expect(404);
    expect(missing.body.error.message).toBe(`We were unable to find the record you requested: statement "STA-nope" of member "${member}".`);
    await atrium.get(`/users/${user}/members/${member}/statements/STA-nope`).expect(404);
    const stranger = await atrium.createUser();
    await atrium.get(`/users/${stranger}/members/${member}/statements/${statement.guid}`).expect(404);
  });

  it('refuses statements for an institution without them with 400', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = await memberAt(atrium, user, 'ally', { skip_aggregation: true });
    const refused = await atrium.post(`/users/${user}/members/${member}/fetch_statements`).expect(400);
    expect(refused.body).toEqual({ error: { message: "Member's institution does not support statements." } });
  });

  it("answers the test member's statements from the fixture, including MX's documented statement guid", async () => {
    const atrium = createTestApp().as();
    const base = '/users/test_atrium/members/test_atrium_member';
    const list = (await atrium.get(`${base}/statements`).expect(200)).body.statements as Statement[];
    expect(list.map((statement) => statement.guid)).toContain('STA-737a344b-caae-0f6e-1384-01f52e75dcb1');
    const statement = (await atrium.get(`${base}/statements/STA-737a344b-caae-0f6e-1384-01f52e75dcb1`).expect(200)).body.statement as Statement;
    expect(statement).toMatchObject({ account_guid: 'ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1', created_at: '2019-07-01T16:02:43+00:00', uri: `${base}/statements/STA-737a344b-caae-0f6e-1384-01f52e75dcb1.pdf` });
    const pdf = await download(atrium, statement.uri);
    expect(sha256(pdf)).toBe(statement.content_hash);
    expect(checkPdf(pdf).text).toContain('(Closing balance) Tj');
    const other = createTestApp({ seed: 'another-seed' }).as('another-client');
    expect((await other.get(`${base}/statements/STA-737a344b-caae-0f6e-1384-01f52e75dcb1`).expect(200)).body.statement.content_hash).toBe(statement.content_hash);
  });

  it('sends one root key when told: --statement-root-key statement (MX docs) or user (the SDKs)', async () => {
    const base = '/users/test_atrium/members/test_atrium_member/statements/STA-737a344b-caae-0f6e-1384-01f52e75dcb1';
    const both = (await createTestApp().as().get(base).expect(200)).body;
    expect(Object.keys(both)).toEqual(['statement', 'user']);
    expect((await createTestApp({ statementRootKey: 'statement' }).as().get(base).expect(200)).body).toEqual({ statement: both.statement });
    expect((await createTestApp({ statementRootKey: 'user' }).as().get(base).expect(200)).body).toEqual({ user: both.statement });
  });

  it('reads the setting from ATRIUM_MOCK_STATEMENT_ROOT_KEY, keeps the old statement-sdk-key working, and refuses contradictions', () => {
    expect(resolveConfig({}, {}).statementRootKey).toBe('both');
    expect(resolveConfig({}, { ATRIUM_MOCK_STATEMENT_ROOT_KEY: 'user' }).statementRootKey).toBe('user');
    expect(resolveConfig({ statementSdkKey: true }, {}).statementRootKey).toBe('both');
    expect(resolveConfig({}, { ATRIUM_MOCK_STATEMENT_SDK_KEY: 'false', ATRIUM_MOCK_STATEMENT_ROOT_KEY: 'statement' }).statementRootKey).toBe('statement');
    expect(() => resolveConfig({ statementRootKey: 'keys' }, {})).toThrow(/statementRootKey \(or ATRIUM_MOCK_STATEMENT_ROOT_KEY\): Invalid option: expected one of "both"\|"statement"\|"user"/);
    expect(() => resolveConfig({ statementSdkKey: true, statementRootKey: 'statement' }, {})).toThrow(ConfigError);
    expect(() => resolveConfig({}, { ATRIUM_MOCK_STATEMENT_SDK_KEY: 'true', ATRIUM_MOCK_STATEMENT_ROOT_KEY: 'user' })).toThrow(
      'ATRIUM_MOCK_STATEMENT_SDK_KEY: the old statement-sdk-key means statement-root-key both, which contradicts statement-root-key user; drop statement-sdk-key; got "true"',
    );
  });
});
