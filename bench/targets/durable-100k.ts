import { Atrium } from '../atrium.js';
import { notAvailable, type Row, type Target } from '../plan.js';
import { rssBytes } from '../proc.js';
import { startSimulator } from '../servers.js';
import { statusPathOf, tenantGuids, tenantId } from '../worlds/populate.js';
import { settledRss } from '../worlds/tenant-world.js';
import { fileSizeMb, stateFileFormat, storedWorld } from '../worlds/stored-world.js';

const GOAL_BYTES = 2 ** 30;

/**
 * Target 10d: 100,000 stored tenants, restarted at the default resident limit, every tenant
 * read once; the server's RSS (VmRSS) must stay under 1 GB.
 */
export const durable100kTarget: Target = {
  name: 'durable-100k',
  async measure(bench) {
    const wanted = bench.settings.storedTenants;
    const label = `${wanted.toLocaleString('en-US')} stored tenants, each read once: server RSS`;
    for (const flag of ['--state-file', '--max-resident-tenants']) if (!bench.supportsFlag(flag)) return [notAvailable('durable-100k', label, '< 1 GB', flag)];
    const world = await storedWorld(bench, wanted);
    const fail = (note: string): Row[] => [{ target: 'durable-100k', label, measured: 'no data', goal: '< 1 GB', verdict: 'FAIL', note }];
    if (world.saveError) return fail(world.saveError);
    if (!world.template || world.stored === 0) return fail(world.stoppedBecause ?? 'nothing stored');
    const template = world.template;
    const server = await startSimulator('simulator (100k stored tenants)', ['--state-file', world.file], { timeoutMs: 300_000 });
    const started = Date.now();
    let next = 0;
    let peak = 0;
    let stopped: string | null = null;
    let failures = 0;
    const worker = async () => {
      while (next < world.stored && !stopped) {
        const index = next;
        next += 1;
        const answer = await new Atrium(server.origin, tenantId(index)).call('GET', statusPathOf(tenantGuids(template, index)));
        if (answer.status !== 200) failures += 1;
        if (index % 500 === 0) {
          const rss = rssBytes(server.pid) ?? 0;
          peak = Math.max(peak, rss);
          if (rss > bench.settings.maxRssMb * 2 ** 20) stopped = `RSS passed the ${bench.settings.maxRssMb} MB guard at tenant ${index}`;
          if ((Date.now() - started) / 1000 > bench.settings.setupBudgetS * 2) stopped = `reading every tenant took over ${bench.settings.setupBudgetS * 2} s (stopped at ${index})`;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const rss = await settledRss(server.pid);
    peak = Math.max(peak, rss);
    await server.stop('SIGKILL');
    const short = world.stored < wanted ? `only ${world.stored.toLocaleString('en-US')} stored: ${world.stoppedBecause}` : null;
    return [
      {
        target: 'durable-100k',
        label,
        measured: `${Math.round(rss / 2 ** 20)} MB (peak ${Math.round(peak / 2 ** 20)} MB)`,
        goal: '< 1 GB',
        verdict: peak < GOAL_BYTES && !stopped && !short && failures === 0 ? 'PASS' : 'FAIL',
        note: [
          `${stateFileFormat(world.file)} ${fileSizeMb(world.file).toFixed(0)} MB, default resident limit; read in ${Math.round((Date.now() - started) / 1000)} s`,
          short,
          stopped,
          failures ? `${failures} reads were not 200` : null,
        ]
          .filter(Boolean)
          .join('; '),
      },
    ];
  },
};
