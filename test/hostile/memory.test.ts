import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { launch } from '../support/cli-process.js';
import { createTestApp } from '../support/test-app.js';
import { expectHealthy, mxError, stateOf } from './support.js';

// issue 10, section 4: memory is bounded in bytes

const CUT = /\.\.\. \(cut: (\d+) characters in all\)$/;
const MAX_BODY_CHARS = 16_384;

interface Entry {
  path: string;
  status: number;
  request_body: unknown;
  response_body: unknown;
}

describe('memory is bounded in bytes', () => {
  it('keeps at most 16 KB of a 1 MB body answered 400, cut and marked, and nothing of one answered 413', async () => {
    const { app, as } = createTestApp();
    const tenant = as('big-bodies');
    await tenant.createUser({ identifier: 'kept' });
    const before = await stateOf(app, 'big-bodies');
    const almostLimit = 'x'.repeat(1_000_000);
    mxError(await tenant.post('/users', { user: { identifier: 42, metadata: almostLimit } }), 400);
    mxError(await tenant.post('/users', { user: { identifier: 'too-big', metadata: `${almostLimit}${almostLimit}` } }), 413);
    const [tooLarge, refused] = (await tenant.get('/__mock/requests?limit=2').expect(200)).body.requests as Entry[];
    expect(tooLarge!.status).toBe(413);
    expect(tooLarge!.request_body).toBeNull();
    expect(refused!.status).toBe(400);
    expect(typeof refused!.request_body).toBe('string');
    const kept = refused!.request_body as string;
    expect(kept).toMatch(CUT);
    expect(Number(CUT.exec(kept)![1])).toBeGreaterThan(1_000_000);
    expect(kept.length).toBeLessThan(MAX_BODY_CHARS + 64);
    expect(kept.startsWith('{"user":{"identifier":42,"metadata":"xxxx')).toBe(true);
    expect(await stateOf(app, 'big-bodies')).toEqual(before);
    await expectHealthy(app);
  });

  it('keeps at most 16 KB of a large response, cut and marked', async () => {
    const { as } = createTestApp();
    const tenant = as('big-pages');
    const user = await tenant.createUser({ identifier: 'reader' });
    const member = (await tenant.createMember(user)).guid;
    await tenant.pollUntilSettled(user, member);
    const page = await tenant.get(`/users/${user}/transactions?records_per_page=1000&from_date=2025-01-01`).expect(200);
    expect(page.text.length).toBeGreaterThan(4 * MAX_BODY_CHARS);
    const [entry] = (await tenant.get('/__mock/requests?limit=1').expect(200)).body.requests as Entry[];
    expect(entry!.path).toBe(`/users/${user}/transactions`);
    expect(entry!.response_body).toMatch(CUT);
    expect((entry!.response_body as string).length).toBeLessThan(MAX_BODY_CHARS + 64);
    expect((entry!.response_body as string).startsWith(page.text.slice(0, MAX_BODY_CHARS))).toBe(true);
  });

  it("keeps a tenant's journal within its byte budget however many large requests it sends", async () => {
    const { app, as } = createTestApp({ journalBytes: '256kb' });
    const tenant = as('flood');
    const big = 'y'.repeat(200_000);
    for (let round = 0; round < 60; round += 1) mxError(await tenant.post('/users', { user: { identifier: round, metadata: big } }), 400);
    const listed = await tenant.get('/__mock/requests').expect(200);
    const entries = listed.body.requests as Entry[];
    // each entry keeps 16 KB of its body; 60 of them would be about 1 MB of text
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.length).toBeLessThan(60);
    expect(listed.text.length).toBeLessThan(256 * 1024);
    // the newest are the ones kept
    expect((entries[0]!.request_body as string).startsWith('{"user":{"identifier":59,')).toBe(true);
    await expectHealthy(app);
  });

  it('refuses a new tenant past --max-tenants with 503 on every path that would keep one, and keeps the ones it has', async () => {
    const { app, as } = createTestApp({ maxTenants: 2 });
    await as('one').createUser({ identifier: 'one' });
    const seeded = await as('two').post('/__mock/seed', { set: 'connected-mxbank-member' }).expect(200);
    const snapshot = await stateOf(app, 'two');
    const tenantsBefore = (await request(app).get('/__mock/tenants').expect(200)).body;
    expect(tenantsBefore.tenants).toEqual(['one', 'two']);

    const third = as('three');
    const refusals = [
      await third.post('/users', { user: { identifier: 'x' } }),
      await third.put('/__mock/state', snapshot as object),
      await third.post('/__mock/seed', { set: 'connected-mxbank-member' }),
      await third.post('/__mock/scenarios/denied/activate'),
      await third.post('/__mock/clock/advance', { by: '1d' }),
    ];
    for (const refused of refusals) expect(mxError(refused, 503)).toContain('already keeps 2 tenants, its limit (--max-tenants)');
    expect((await request(app).get('/__mock/tenants').expect(200)).body).toEqual(tenantsBefore);
    // reads of a tenant that is not kept cost nothing and still answer
    await third.get('/users').expect(200);
    await third.get('/__mock/state').expect(200);
    // the kept tenants are untouched and keep working
    expect(await stateOf(app, 'two')).toEqual(snapshot);
    await as('two').get(`/users/${seeded.body.created.user_guid}/members/${seeded.body.created.member_guid}/status`).expect(200);
    await as('one').post('/users', { user: { identifier: 'one-more' } }).expect(200);
    await expectHealthy(app);
  });

  it('refuses to import a JSON state file with more tenants than --max-tenants (here from ATRIUM_MOCK_MAX_TENANTS): exit 2 in one line, the file untouched', async () => {
    const { app, as } = createTestApp();
    const tenants: Record<string, unknown> = {};
    for (const tenant of ['first', 'second', 'third']) {
      await as(tenant).createUser({ identifier: tenant });
      tenants[tenant] = await stateOf(app, tenant);
    }
    const file = join(mkdtempSync(join(tmpdir(), 'hostile-import-')), 'state.json');
    const text = JSON.stringify({ format: 'atrium-mock/state-file', version: 1, tenants });
    writeFileSync(file, text);
    const launched = launch(['start', '--port', '0', '--state-file', file], { ATRIUM_MOCK_MAX_TENANTS: '2' });
    expect(await launched.exited).toBe(2);
    expect(launched.stderr().trim().split('\n')).toHaveLength(1);
    expect(launched.stderr()).toContain(`Cannot use the state file ${file}: tenant "third": This simulator already keeps 2 tenants, its limit (--max-tenants)`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
