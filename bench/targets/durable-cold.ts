import { Atrium } from '../atrium.js';
import { notAvailable, type Row, type Target } from '../plan.js';
import { startSimulator } from '../servers.js';
import { median, spread } from '../stats.js';
import { statusPathOf, tenantGuids, tenantId } from '../worlds/populate.js';
import { storedWorld } from '../worlds/stored-world.js';

const GOAL = '< 20 ms';
const RESIDENT = 100;
const COLD_PER_ROUND = 100;

/**
 * Target 10b: the first request to a tenant that is not resident after a restart. The server
 * keeps at most 100 tenants resident; 100 other tenants are touched first so whatever it
 * preloaded is evicted, then 100 tenants it has not seen since the restart are read once each.
 */
export const durableColdTarget: Target = {
  name: 'durable-cold',
  async measure(bench) {
    const label = 'first request to a cold tenant after restart (median)';
    for (const flag of ['--state-file', '--max-resident-tenants']) if (!bench.supportsFlag(flag)) return [notAvailable('durable-cold', label, GOAL, flag)];
    const world = await storedWorld(bench, bench.settings.tenants);
    const fail = (note: string): Row[] => [{ target: 'durable-cold', label, measured: 'no data', goal: GOAL, verdict: 'FAIL', note }];
    if (world.saveError) return fail(world.saveError);
    if (!world.template || world.stored < RESIDENT + COLD_PER_ROUND) return fail(`only ${world.stored} tenants stored: ${world.stoppedBecause}`);
    const template = world.template;
    const medians: number[] = [];
    const all: number[] = [];
    const problems: string[] = [];
    const candidates = world.stored - RESIDENT;
    for (let round = 0; round < bench.settings.rounds; round += 1) {
      const server = await startSimulator('simulator (--max-resident-tenants)', ['--state-file', world.file, '--max-resident-tenants', String(RESIDENT)], { timeoutMs: 120_000 });
      const read = async (index: number) => {
        const started = process.hrtime.bigint();
        const answer = await new Atrium(server.origin, tenantId(index)).call('GET', statusPathOf(tenantGuids(template, index)));
        if (answer.status !== 200 && problems.length < 3) problems.push(`tenant ${index} answered ${answer.status}`);
        return Number(process.hrtime.bigint() - started) / 1e9;
      };
      for (let index = 0; index < RESIDENT; index += 1) await read(index);
      const times: number[] = [];
      for (let i = 0; i < COLD_PER_ROUND; i += 1) {
        // a different spread of tenants each round, none of the first RESIDENT
        const index = RESIDENT + ((i * Math.floor(candidates / COLD_PER_ROUND) + round * 7919) % candidates);
        times.push(await read(index));
      }
      medians.push(median(times));
      all.push(...times);
      await server.stop('SIGKILL');
    }
    const rounds = spread(medians);
    const ms = (seconds: number) => (seconds * 1000).toFixed(1);
    return [
      {
        target: 'durable-cold',
        label,
        measured: `${ms(rounds.median)} ms (${ms(rounds.min)}-${ms(rounds.max)})`,
        goal: GOAL,
        verdict: rounds.median < 0.02 && problems.length === 0 ? 'PASS' : 'FAIL',
        note: [`${all.length} cold tenants of ${world.stored.toLocaleString('en-US')}, --max-resident-tenants ${RESIDENT}; slowest ${ms(Math.max(...all))} ms`, ...problems].join('; '),
      },
    ];
  },
};
