import { Atrium } from '../atrium.js';
import { notAvailable, type Row, type Target } from '../plan.js';
import { startSimulator, ServerExitedError } from '../servers.js';
import { formatSeconds, spread } from '../stats.js';
import { statusPathOf, tenantGuids, tenantId } from '../worlds/populate.js';
import { fileSizeMb, stateFileFormat, storedWorld } from '../worlds/stored-world.js';

const GOAL = '< 1 s';

/** Target 10a: restart with 10,000 tenants in --state-file, to the first 200 of GET /__mock/health. */
export const durableRestartTarget: Target = {
  name: 'durable-restart',
  async measure(bench) {
    const wanted = bench.settings.tenants;
    const label = `restart to first answer, ${wanted.toLocaleString('en-US')} tenants stored`;
    if (!bench.supportsFlag('--state-file')) return [notAvailable('durable-restart', label, GOAL, '--state-file')];
    const world = await storedWorld(bench, wanted);
    const format = `${stateFileFormat(world.file)}, ${fileSizeMb(world.file).toFixed(0)} MB`;
    const fail = (note: string): Row[] => [{ target: 'durable-restart', label, measured: 'no data', goal: GOAL, verdict: 'FAIL', note }];
    if (world.saveError) return fail(`stored ${world.stored.toLocaleString('en-US')} tenants, then ${world.saveError}`);
    if (world.stored === 0 || !world.template) return fail(world.stoppedBecause ?? 'no tenant could be stored');
    const starts: number[] = [];
    const storedAnswers: number[] = [];
    const problems: string[] = [];
    for (let round = 0; round < bench.settings.rounds; round += 1) {
      let server;
      try {
        server = await startSimulator('simulator restart (--state-file)', ['--state-file', world.file], { timeoutMs: 120_000 });
      } catch (error) {
        return fail(error instanceof ServerExitedError ? `the restart failed: ${error.output.slice(0, 300)}` : (error as Error).message);
      }
      starts.push(server.startS);
      // a stored tenant answers its stored member, the proof the state came back
      const index = Math.floor(((round + 1) * world.stored) / (bench.settings.rounds + 1));
      const started = process.hrtime.bigint();
      const answer = await new Atrium(server.origin, tenantId(index)).call('GET', statusPathOf(tenantGuids(world.template, index)));
      storedAnswers.push(Number(process.hrtime.bigint() - started) / 1e9);
      if (answer.status !== 200) problems.push(`stored tenant ${index} answered ${answer.status} after the restart`);
      await server.stop('SIGKILL'); // the file stays as saved; no save on the way out
    }
    const measured = spread(starts);
    const short = world.stored < wanted ? `only ${world.stored.toLocaleString('en-US')} stored: ${world.stoppedBecause}` : null;
    return [
      {
        target: 'durable-restart',
        label,
        measured: formatSeconds(measured),
        goal: GOAL,
        verdict: measured.median < 1 && problems.length === 0 && !short ? 'PASS' : 'FAIL',
        note: [`${format}; saved on SIGTERM in ${world.saveS.toFixed(1)} s; first stored-tenant status ${formatSeconds(spread(storedAnswers))} after health`, short, ...problems].filter(Boolean).join('; '),
      },
    ];
  },
};
