import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../src/index.js';

const open: Simulator[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((sim) => sim.close()));
});

async function start(options: Parameters<typeof createSimulator>[0] = {}) {
  const sim = await createSimulator({ seed: 'in-process', ...options });
  open.push(sim);
  const call = async (method: string, path: string, body?: unknown, clientId = sim.clientId) => {
    const response = await fetch(`${sim.url}${path}`, {
      method,
      headers: { 'MX-API-Key': 'key', 'MX-Client-ID': clientId, Accept: 'application/vnd.mx.atrium.v1+json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: response.status === 204 ? null : ((await response.json()) as Record<string, any>) };
  };
  return { sim, call };
}

describe('createSimulator (in-process control plane)', () => {
  it('listens on a free port and answers Atrium requests', async () => {
    const { sim, call } = await start();
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await call('GET', '/institutions/mxbank')).status).toBe(200);
  });

  it('seeds a fixture set and reads it back through the API', async () => {
    const { sim, call } = await start();
    const created = await sim.seed('identified-mxbank-member');
    const owners = await call('GET', `/users/${created.user}/members/${created.member}/account_owners`);
    expect(owners.body!.account_owners.length).toBeGreaterThan(0);
  });

  it('activates a scenario for a tenant and reports it', async () => {
    const { sim, call } = await start();
    expect(sim.activateScenario('denied').active_for_tenant).toBe(true);
    const created = await sim.seed([{ call: 'create_user' }, { call: 'create_member' }, { call: 'poll' }]);
    expect((await call('GET', `/users/${created.user_guid}/members/${created.member_guid}`)).body!.member.connection_status).toBe('DENIED');
    sim.deactivateScenario();
    expect(sim.scenarios().every((scenario) => !scenario.active_for_tenant)).toBe(true);
    expect(() => sim.activateScenario('nope')).toThrow(/Unknown scenario "nope"/);
  });

  it('moves simulated time for one tenant or for all', async () => {
    const { sim } = await start();
    expect(sim.clock.now()).toBe('2026-01-15T12:00:00+00:00');
    expect(sim.clock.advance('5m', { clientId: sim.clientId })).toBe('2026-01-15T12:05:00+00:00');
    expect(sim.clock.now({ clientId: 'other' })).toBe('2026-01-15T12:00:00+00:00');
    sim.clock.advance(60_000);
    expect(sim.clock.now({ clientId: 'other' })).toBe('2026-01-15T12:01:00+00:00');
    expect(sim.clock.now()).toBe('2026-01-15T12:06:00+00:00');
  });

  it('arms and clears faults, and shows them in the journal and metrics', async () => {
    const { sim, call } = await start();
    const fault = sim.faults.add({ path: '/users', method: 'GET', status: 503, count: 1 });
    expect(sim.faults.list()).toEqual([expect.objectContaining({ id: fault.id, hits: 0 })]);
    expect((await call('GET', '/users')).status).toBe(503);
    expect((await call('GET', '/users')).status).toBe(200);
    expect(sim.faults.list()).toEqual([]);
    expect(sim.journal().map((entry) => [entry.status, entry.fault_id])).toEqual([
      [200, null],
      [503, fault.id],
    ]);
    expect(sim.metrics().by_operation.listUsers).toEqual({ '200': 1, '503': 1 });
    sim.faults.add({ path: '/**', status: 500 });
    sim.faults.clear();
    expect((await call('GET', '/users')).status).toBe(200);
  });

  it('snapshots and restores state, and resets a tenant', async () => {
    const { sim, call } = await start();
    await sim.seed('connected-mxbank-member');
    const snapshot = sim.state.snapshot();
    sim.reset();
    expect((await call('GET', '/users')).body!.users).toEqual([]);
    sim.state.restore(snapshot);
    expect((await call('GET', '/users')).body!.users).toHaveLength(1);
    expect(() => sim.state.restore({ format: 'nope' })).toThrow(/Invalid snapshot/);
    expect(sim.state.snapshot()).toEqual(snapshot);
  });
});
