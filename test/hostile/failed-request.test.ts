import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launch, start } from '../support/cli-process.js';
import { createTestApp } from '../support/test-app.js';
import { expectHealthy, mxError, stateOf } from './support.js';

// issue 10, section 3: a failed request changes nothing

type Member = { job: Record<string, unknown> & { challenge: unknown; timing: unknown }; balance_started_at: number[]; scenario_fault_counts: Record<string, number>; last_aggregation_started_at: number | null };
type Account = { seed: number; basis_balance: number | null; history: { segments: number[][]; last_gathered_at: number; anchor_day: number } };
type Snapshot = { state: { random: number[]; clock_offset_ms: number; users: Record<string, { created_at: number; members: Record<string, Member & { accounts: Record<string, Account> }> }> } };

async function aggregatedTenant(tenantId: string) {
  const app = createTestApp();
  const tenant = app.as(tenantId);
  const user = await tenant.createUser({ identifier: tenantId });
  const member = (await tenant.createMember(user)).guid;
  await tenant.pollUntilSettled(user, member);
  const snapshot = (await stateOf(app.app, tenantId)) as Snapshot;
  const account = Object.keys(snapshot.state.users[user]!.members[member]!.accounts)[0]!;
  return { ...app, tenant, user, member, account, snapshot };
}

describe('a failed request changes nothing', () => {
  it('refuses clock advances that no Date can hold with 400 naming the field, stores nothing, and the tenant keeps working', async () => {
    const { app, as } = createTestApp();
    const tenant = as('clock');
    await tenant.createUser({ identifier: 'clock' });
    const before = await stateOf(app, 'clock');
    const clockBefore = (await tenant.get('/__mock/clock').expect(200)).body;
    for (const body of [{ ms: 1e300 }, { ms: 2 ** 53 }, { ms: -1 }, { ms: 1.5 }, { ms: 8e15 }, { by: '3650000d' }, { by: '99999999999999999d' }, { by: '1e300d' }, { by: '-5m' }, { by: 'forever' }, { ms: '5' }]) {
      const message = mxError(await tenant.post('/__mock/clock/advance', body), 400);
      expect(message, JSON.stringify(body)).toMatch(/ms|by|duration|Send \{"ms"/);
    }
    expect(mxError(await tenant.post('/__mock/clock/advance', { ms: 1e300 }), 400)).toBe('Invalid clock advance: ms must be a whole number of milliseconds >= 0, got 1e+300.');
    expect((await tenant.get('/__mock/clock').expect(200)).body).toEqual(clockBefore);
    expect(await stateOf(app, 'clock')).toEqual(before);
    await tenant.get('/users').expect(200);
    await tenant.post('/users', { user: { identifier: 'after' } }).expect(200);
    await expectHealthy(app);
  });

  it('refuses a snapshot with any out-of-range timestamp, counter or seed with 400 naming the field, and keeps the state', async () => {
    const { app, tenant, user, member, account, snapshot } = await aggregatedTenant('ranges');
    const before = await stateOf(app, 'ranges');
    const where = `state.users.${user}.members.${member}`;
    const cases: [field: string, change: (hostile: Snapshot) => void][] = [
      [`${where}.job.phase_entered_at`, (s) => void (s.state.users[user]!.members[member]!.job.phase_entered_at = -1e300)],
      [`${where}.job.phase_entered_at`, (s) => void (s.state.users[user]!.members[member]!.job.phase_entered_at = 1e300)],
      [`${where}.job.phase_entered_at`, (s) => void (s.state.users[user]!.members[member]!.job.phase_entered_at = 0.5)],
      [`${where}.job.polls_in_phase`, (s) => void (s.state.users[user]!.members[member]!.job.polls_in_phase = -1)],
      [`${where}.job.timing.amount`, (s) => void (s.state.users[user]!.members[member]!.job.timing = { kind: 'polls', amount: 1e300 })],
      [`${where}.job.challenge.expires_at`, (s) => void (s.state.users[user]!.members[member]!.job.challenge = { id: 'c', guid: 'g', expires_at: -1 })],
      [`${where}.last_aggregation_started_at`, (s) => void (s.state.users[user]!.members[member]!.last_aggregation_started_at = 1e300)],
      [`${where}.balance_started_at.0`, (s) => void (s.state.users[user]!.members[member]!.balance_started_at = [-1e300])],
      [`${where}.scenario_fault_counts.x`, (s) => void (s.state.users[user]!.members[member]!.scenario_fault_counts = { x: 1e300 })],
      [`${where}.accounts.${account}.seed`, (s) => void (s.state.users[user]!.members[member]!.accounts[account]!.seed = 2 ** 40)],
      [`${where}.accounts.${account}.history.last_gathered_at`, (s) => void (s.state.users[user]!.members[member]!.accounts[account]!.history.last_gathered_at = -1e300)],
      [`${where}.accounts.${account}.history.anchor_day`, (s) => void (s.state.users[user]!.members[member]!.accounts[account]!.history.anchor_day = 1e300)],
      [`${where}.accounts.${account}.history.segments.0.1`, (s) => void (s.state.users[user]!.members[member]!.accounts[account]!.history.segments = [[0, 1e300, 0]])],
      [`state.users.${user}.created_at`, (s) => void (s.state.users[user]!.created_at = -1e300)],
      ['state.clock_offset_ms', (s) => void (s.state.clock_offset_ms = 1e300)],
      ['state.clock_offset_ms', (s) => void (s.state.clock_offset_ms = -1)],
      ['state.random.0', (s) => void (s.state.random = [1e300, 0, 0, 0])],
    ];
    for (const [field, change] of cases) {
      const hostile = structuredClone(snapshot);
      change(hostile);
      const message = mxError(await tenant.put('/__mock/state', hostile), 400);
      expect(message.startsWith('Invalid snapshot: '), message).toBe(true);
      expect(message, field).toContain(field);
    }
    expect(await stateOf(app, 'ranges')).toEqual(before);
    await tenant.get(`/users/${user}/members/${member}/status`).expect(200);
    await tenant.get(`/users/${user}/transactions`).expect(200);
    await expectHealthy(app);
  });

  it('refuses to start from a state file with an out-of-range clock offset: exit 2 naming the tenant and the field, file untouched', async () => {
    const { snapshot } = await aggregatedTenant('file');
    snapshot.state.clock_offset_ms = 1e300;
    const file = join(mkdtempSync(join(tmpdir(), 'hostile-state-')), 'state.json');
    const text = JSON.stringify({ format: 'atrium-mock/state-file', version: 1, tenants: { file: snapshot } });
    writeFileSync(file, text);
    const launched = launch(['start', '--port', '0', '--state-file', file]);
    expect(await launched.exited).toBe(2);
    expect(launched.stderr()).toContain('tenant "file": Invalid snapshot: state.clock_offset_ms');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses a version 1 snapshot whose member holds 130,000 broken transactions with 400 naming the first problems, not a stack overflow', { timeout: 30_000 }, async () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/state-v1.json'), 'utf8')) as { tenants: { legacy: { state: { users: Record<string, { members: Record<string, { transactions: Record<string, { account_guid: string; created_at: string }> }> }> } } } };
    const snapshot = file.tenants.legacy;
    const member = Object.values(snapshot.state.users).flatMap((user) => Object.values(user.members)).find((candidate) => Object.keys(candidate.transactions).length > 0)!;
    const { account_guid, created_at } = Object.values(member.transactions)[0]!;
    // more than a call has room for as spread arguments (on the main thread's stack, so in the CLI's process), each missing every field but two
    for (let index = 0; index < 130_000; index += 1) member.transactions[`TRN-broken-${index}`] = { account_guid, created_at };
    const running = await start();
    const headers = { 'MX-Client-ID': 'v1', 'Content-Type': 'application/json' };
    const before = await (await fetch(`${running.url}/__mock/state`, { headers })).text();
    const response = await fetch(`${running.url}/__mock/state`, { method: 'PUT', headers, body: JSON.stringify(snapshot) });
    const text = await response.text();
    const message = mxError({ status: response.status, body: JSON.parse(text), text }, 400);
    expect(message).toMatch(/^Invalid snapshot: state\.users\.[^;]+\.imported\.\d+: Transaction must have required property/);
    expect(message.split('; ').length).toBeLessThanOrEqual(20);
    expect(await (await fetch(`${running.url}/__mock/state`, { headers })).text()).toBe(before);
    await expectHealthy(running.url);
  });
});
