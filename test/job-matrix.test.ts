import { describe, expect, it } from 'vitest';
import { createTestApp } from './support/test-app.js';

/** Each job type and the endpoint that starts it. */
const JOBS = {
  aggregation: 'aggregate',
  balance: 'balance',
  verification: 'verify',
  identification: 'identify',
  extended_history: 'extend_history',
  statements: 'fetch_statements',
} as const;
type Job = keyof typeof JOBS;
const TYPES = Object.keys(JOBS) as Job[];

describe('one job per member', () => {
  it('answers the second job request 202 with the member when it is the same type, and 409 when it is another', async () => {
    const atrium = createTestApp().as();
    const observed: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const running of TYPES) {
      const user = await atrium.createUser();
      for (const requested of TYPES) {
        const member = (await atrium.createMember(user, 'password', { skip_aggregation: true, username: `${running}-${requested}` })).guid;
        const start = await atrium.post(`/users/${user}/members/${member}/${JOBS[running]}`);
        const second = await atrium.post(`/users/${user}/members/${member}/${JOBS[requested]}`);
        const shown = second.status === 202 ? `202 ${second.body.member.guid === member && second.body.member.is_being_aggregated}` : `${second.status}`;
        observed[`${running} then ${requested}`] = `${start.status} ${shown}`;
        expected[`${running} then ${requested}`] = `${running === 'aggregation' ? 202 : 200} ${running === requested ? '202 true' : '409'}`;
      }
    }
    expect(observed).toEqual(expected);
  });
});
