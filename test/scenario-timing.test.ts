import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenariosDir } from '../src/paths.js';
import { everything } from './support/data.js';
import { createTestApp } from './support/test-app.js';

/** A scenarios directory with the shipped files plus one more. */
function scenariosWith(name: string, text: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'scenarios-'));
  cpSync(defaultScenariosDir, directory, { recursive: true });
  writeFileSync(join(directory, name), text);
  return directory;
}

describe('scenario timing', () => {
  it('can slow one phase down while the others follow the scenario timing', async () => {
    const scenariosDir = scenariosWith(
      'slow-transactions.yml',
      [
        'name: slow-transactions',
        'description: transactions take a simulated minute, everything else one status read',
        'match: { credentials: { password: slow_transactions } }',
        'timing: { polls: 1 }',
        'timing_by_phase: { accounts_processed: { duration: 1m } }',
      ].join('\n'),
    );
    const { as, clock } = createTestApp({ scenariosDir });
    const atrium = as();
    const user = await atrium.createUser();
    const member = (await atrium.createMember(user, 'slow_transactions')).guid;
    expect((await atrium.status(user, member)).body.member.status).toBe('AUTHENTICATED');
    expect((await atrium.status(user, member)).body.member.status).toBe('TRANSFERRED');
    expect((await atrium.status(user, member)).body.member.status).toBe('TRANSFERRED');
    clock.advance(59_000);
    expect((await atrium.status(user, member)).body.member.status).toBe('TRANSFERRED');
    clock.advance(1_000);
    // the minute is over: the phase after it follows polls: 1 again, so this read moves it on as well
    expect((await atrium.status(user, member)).body.member).toMatchObject({ status: 'COMPLETED', is_being_aggregated: false });
  });

  it('follows a scenario-level instant timing regardless of the global default', async () => {
    const scenariosDir = scenariosWith(
      'instant.yml',
      'name: instant-bank\ndescription: everything at once\nmatch: { credentials: { password: instant } }\ntiming: instant\n',
    );
    const atrium = createTestApp({ scenariosDir, timing: 'polls:5' }).as();
    const user = await atrium.createUser();
    const member = (await atrium.createMember(user, 'instant')).guid;
    expect((await atrium.status(user, member)).body.member).toMatchObject({ status: 'COMPLETED', is_being_aggregated: false });
  });

  it('stamps what a timed job gathers with the time of its phase, not the time of the read that sees it a month later', async () => {
    // without MX's daily background aggregations, which would have gathered more by then
    const app = createTestApp({ timing: 'duration:2s', backgroundAggregation: false });
    const atrium = app.as();
    const user = await atrium.createUser();
    const member = (await atrium.createMember(user)).guid;
    app.clock.advance(30 * 86_400_000);
    // started 12:00:00, authenticated :02, accounts :04, transactions :06, completed :08
    expect((await atrium.status(user, member)).body.member).toMatchObject({ status: 'COMPLETED', successfully_aggregated_at: '2026-01-15T12:00:08+00:00' });
    const accounts = (await atrium.get(`/users/${user}/members/${member}/accounts`).expect(200)).body.accounts as { created_at: string }[];
    expect(accounts.map((account) => account.created_at)).toEqual(accounts.map(() => '2026-01-15T12:00:04+00:00'));
    const transactions = (await everything(atrium, `/users/${user}/members/${member}/transactions?from_date=2025-01-01&to_date=2026-12-31`, 'transactions')) as { date: string; status: string; created_at: string }[];
    expect(transactions[0]!.date).toBe('2026-01-15');
    expect(transactions.every((transaction) => transaction.created_at === '2026-01-15T12:00:06+00:00')).toBe(true);
    expect(transactions.filter((transaction) => transaction.status === 'PENDING').every((transaction) => transaction.date >= '2026-01-14')).toBe(true);
    expect(transactions.some((transaction) => transaction.status === 'PENDING')).toBe(true);
  });
});
