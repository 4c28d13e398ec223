import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app.js';
import { expectHealthy, mxError, stateOf } from './support.js';

// issue 10, section 2: no request blocks every tenant. Nothing here is timed: each test does
// what took seconds (or forever) on main so many times that only bounded work fits in the test timeout.

/** The 142-byte script of the issue: four nested repeats of 100, 10^8 calls. */
const NESTED_REPEATS = { steps: [{ repeat: 100, steps: [{ repeat: 100, steps: [{ repeat: 100, steps: [{ repeat: 100, steps: [{ call: 'create_user' }] }] }] }] }] };

const EXPONENTIAL_GLOB = '/users/*a*a*a*a*a*a*a*a*a*a*a*a*b';
/** 34 characters, the length that took 5 s per match with a backtracking regular expression. */
const PATH_34 = `/users/${'a'.repeat(27)}`;

interface History {
  segments: [number, number, number][];
}
type Snapshot = { state: { users: Record<string, { members: Record<string, { accounts: Record<string, { history: History | null }> }> }> } };

const gatheredDays = (snapshot: Snapshot) =>
  Object.values(snapshot.state.users)
    .flatMap((user) => Object.values(user.members))
    .flatMap((member) => Object.values(member.accounts))
    .map((record) => (record.history?.segments ?? []).reduce((sum, [from, to]) => sum + to - from + 1, 0));

describe('no request blocks every tenant', () => {
  it('refuses a seed whose nested repeats multiply past the step budget with 400 naming it, and runs nothing', async () => {
    const { app, as } = createTestApp();
    const seeder = as('seeder');
    expect(JSON.stringify(NESTED_REPEATS).length).toBeLessThan(150);
    const before = await stateOf(app, 'seeder');
    const message = mxError(await seeder.post('/__mock/seed', NESTED_REPEATS), 400);
    expect(message).toContain('the script can make over a million calls');
    expect(message).toContain('the most a script may make is 1000');
    // just past the budget is refused too: 10 x 101 calls
    const past = mxError(await seeder.post('/__mock/seed', { steps: [{ repeat: 10, steps: [{ call: 'create_user', times: 100 }, { call: 'create_user' }] }] }), 400);
    expect(past).toContain('the script can make 1010 calls');
    // and so is a step that repeats 100 times inside 100 repeats
    mxError(await seeder.post('/__mock/seed', { steps: [{ repeat: 100, steps: [{ call: 'create_user', times: 100 }] }] }), 400);
    expect(await stateOf(app, 'seeder')).toEqual(before);
    await expectHealthy(app);
  });

  it("bounds a poll's max, and counts it against the budget", async () => {
    const { app, as } = createTestApp();
    const seeder = as('seeder');
    const before = await stateOf(app, 'seeder');
    for (const max of [1e9, 201, 0, -1, 1.5, '50']) {
      const message = mxError(await seeder.post('/__mock/seed', { steps: [{ call: 'create_user' }, { call: 'create_member' }, { call: 'poll', with: { max } }] }), 400);
      expect(message, String(max)).toContain('2.with.max: a poll makes 1 to 200 reads');
    }
    // 200 reads, 10 times over, is past the budget
    expect(mxError(await seeder.post('/__mock/seed', { steps: [{ call: 'create_user' }, { call: 'create_member' }, { call: 'poll', times: 10, with: { max: 200 } }] }), 400)).toContain('the most a script may make is 1000');
    expect(await stateOf(app, 'seeder')).toEqual(before);
    await expectHealthy(app);
  });

  it('matches the exponential fault glob against 34-character paths in linear time: 10,000 fault matches and 1,000 journal filter matches', async () => {
    const { app, as } = createTestApp();
    const tenant = as('globs');
    // the most faults a tenant may arm, each a pattern that backtracks exponentially as a regular expression
    const patterns = [EXPONENTIAL_GLOB, '/**/*a*a*a*a*a*a*a*a*a*a*a*a*b/**', '/users/*a*a*a*a*a*a*a*a*a*a*a*a*b/**', '/*/*a*a*a*a*a*a*a*a*a*a*a*a*ab'];
    for (let index = 0; index < 100; index += 1) await tenant.post('/__mock/faults', { path: patterns[index % patterns.length]!, status: 418 }).expect(201);
    // a path that no pattern matches is tried against all 100
    for (let round = 0; round < 100; round += 1) mxError(await tenant.get(PATH_34), 404);
    // and the patterns do match what they should
    mxError(await tenant.get(`/users/${'a'.repeat(26)}b`), 418);
    // the journal filter: 10 reads over the 101 entries
    for (let round = 0; round < 10; round += 1) {
      const listed = (await tenant.get(`/__mock/requests?path=${encodeURIComponent(EXPONENTIAL_GLOB)}`).expect(200)).body.requests as { path: string }[];
      expect(listed.map((entry) => entry.path)).toEqual([`/users/${'a'.repeat(26)}b`]);
    }
    await expectHealthy(app);
  });

  it('gathers at most 90 days of history in one aggregation after the clock moved 36,500 days', async () => {
    const { app, as } = createTestApp();
    const tenant = as('century');
    const user = await tenant.createUser({ identifier: 'century' });
    const member = (await tenant.createMember(user)).guid;
    await tenant.pollUntilSettled(user, member);
    const first = gatheredDays((await stateOf(app, 'century')) as Snapshot);
    const allDates = `/users/${user}/members/${member}/transactions?from_date=1970-01-01&to_date=9999-12-31&records_per_page=10`;
    const initial = (await tenant.get(allDates).expect(200)).body.pagination.total_entries as number;
    expect(first.every((days) => days <= 91)).toBe(true);

    await tenant.post('/__mock/clock/advance', { by: '36500d' }).expect(200);
    await tenant.post(`/users/${user}/members/${member}/aggregate`).expect(202);
    await tenant.pollUntilSettled(user, member);
    const after = gatheredDays((await stateOf(app, 'century')) as Snapshot);
    // one more job's worth (90 days and today) per account, not the 36,500 days in between
    after.forEach((days, index) => expect(days - first[index]!).toBeLessThanOrEqual(91));
    const total = (await tenant.get(allDates).expect(200)).body.pagination.total_entries as number;
    // the first job's days are now 100 years old, past the 1,200 days an account keeps: only the new job's remain
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(initial * 2);
    await expectHealthy(app);
  });

  it('refuses a snapshot with phase_entered_at -1e300 with 400 naming the field, so /status answers as before', async () => {
    const { app, as } = createTestApp({ timing: 'duration:2s' });
    const tenant = as('phase');
    const user = await tenant.createUser({ identifier: 'phase' });
    const member = (await tenant.createMember(user)).guid;
    const before = (await stateOf(app, 'phase')) as { state: { users: Record<string, { members: Record<string, { job: { phase_entered_at: number } }> }> } };
    const hostile = structuredClone(before);
    hostile.state.users[user]!.members[member]!.job.phase_entered_at = -1e300;
    const message = mxError(await tenant.put('/__mock/state', hostile), 400);
    expect(message).toContain(`state.users.${user}.members.${member}.job.phase_entered_at`);
    expect(await stateOf(app, 'phase')).toEqual(before);
    expect((await tenant.get(`/users/${user}/members/${member}/status`).expect(200)).body.member.is_being_aggregated).toBe(true);
    await expectHealthy(app);
  });
});
