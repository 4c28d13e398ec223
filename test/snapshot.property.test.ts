import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestApp, type AtriumAgent } from './support/test-app.js';

/** Client operations a property run strings together; each tolerates any answer (refusals are part of the state). */
type Operation =
  | { kind: 'create_user' }
  | { kind: 'create_member'; password: string; skip: boolean }
  | { kind: 'status' }
  | { kind: 'job'; job: 'identify' | 'aggregate' | 'verify' | 'balance' }
  | { kind: 'answer'; value: string }
  | { kind: 'advance'; ms: number }
  | { kind: 'delete_member' };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.constant({ kind: 'create_user' as const }),
  fc.record({ kind: fc.constant('create_member' as const), password: fc.constantFrom('password', 'challenge', 'options', 'INVALID', 'LOCKED'), skip: fc.boolean() }),
  fc.constant({ kind: 'status' as const }),
  fc.record({ kind: fc.constant('job' as const), job: fc.constantFrom('identify' as const, 'aggregate' as const, 'verify' as const, 'balance' as const) }),
  fc.record({ kind: fc.constant('answer' as const), value: fc.constantFrom('correct', 'challenge', 'wrong') }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 10 * 60_000 }) }),
  fc.constant({ kind: 'delete_member' as const }),
);

/** Applies an operation to the newest user/member of the tenant; returns what the client saw. */
async function apply(atrium: AtriumAgent, op: Operation, counter: { n: number }): Promise<{ status: number; body: unknown }> {
  const users = (await atrium.get('/users?records_per_page=1000')).body.users as { guid: string }[];
  const user = users.at(-1)?.guid;
  const members = user ? ((await atrium.get(`/users/${user}/members`)).body.members as { guid: string }[]) : [];
  const member = members.at(-1)?.guid;
  const base = `/users/${user}/members/${member}`;
  const seen = (response: { status: number; body: unknown }) => ({ status: response.status, body: response.body });
  switch (op.kind) {
    case 'create_user':
      counter.n += 1;
      return seen(await atrium.post('/users', { user: { identifier: `u${counter.n}` } }));
    case 'create_member':
      if (!user) return { status: 0, body: null };
      counter.n += 1;
      return seen(
        await atrium.post(`/users/${user}/members`, {
          member: {
            institution_code: 'mxbank',
            skip_aggregation: op.skip,
            credentials: [
              { guid: 'CRD-9f61fb4c-912c-bd1e-b175-ccc7f0275cc1', value: `login${counter.n}` },
              { guid: 'CRD-e3d7ea81-aac7-05e9-fbdd-4b493c6e474d', value: op.password },
            ],
          },
        }),
      );
    case 'status':
      return member ? seen(await atrium.get(`${base}/status`)) : { status: 0, body: null };
    case 'job':
      return member ? seen(await atrium.post(`${base}/${op.job}`)) : { status: 0, body: null };
    case 'answer': {
      if (!member) return { status: 0, body: null };
      const open = await atrium.get(`${base}/challenges`);
      if (open.status !== 200) return seen(open);
      const challenges = (open.body.challenges as { guid: string }[]).map((challenge) => ({ guid: challenge.guid, value: op.value }));
      return seen(await atrium.put(`${base}/resume`, { member: { challenges } }));
    }
    case 'advance':
      return seen(await atrium.post('/__mock/clock/advance', { ms: op.ms }));
    case 'delete_member':
      return member ? seen(await atrium.delete(base)) : { status: 0, body: null };
  }
}

describe('state snapshots', () => {
  it('round-trip exactly, are rebuilt exactly from the command log, and behave the same after restore, for any sequence of client operations', { timeout: 90_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), operation, async (history, next) => {
        const app = createTestApp();
        const original = app.as('original');
        const counter = { n: 0 };
        for (const op of history) await apply(original, op, counter);
        const snapshot = (await original.get('/__mock/state').expect(200)).body;
        // every change was logged: the tenant rebuilt from its log is the tenant that stayed in memory
        app.deps.tenants.rollback('original');
        expect((await original.get('/__mock/state').expect(200)).body).toEqual(snapshot);

        const copy = app.as('copy');
        await copy.put('/__mock/state', snapshot).expect(200);
        const restored = (await copy.get('/__mock/state').expect(200)).body;
        expect({ ...restored, state: { ...restored.state, tenant_id: 'original' } }).toEqual(snapshot);

        const a = await apply(original, next, { n: counter.n });
        const b = await apply(copy, next, { n: counter.n });
        expect(b).toEqual(a);
      }),
      { numRuns: 30, seed: 20260115 },
    );
  });
});
