import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { atriumHeaders } from '../atrium.js';
import type { Row, Target } from '../plan.js';
import { freePort, PROCESSES_DIR, ROOT, spawnServer, waitForAnswer } from '../servers.js';
import { formatSeconds, spread } from '../stats.js';

const STARTS_PER_ROUND = 3;

/** Spawns a process and times it until `url` answers 200 (2 ms polls); then, optionally, a second URL. */
async function timeStart(name: string, command: string, args: (port: number) => string[], firstUrl: string, secondUrl?: { path: string; headers: Record<string, string> }) {
  const port = await freePort();
  const since = process.hrtime.bigint();
  const server = spawnServer(name, command, args(port), port, { cwd: ROOT });
  try {
    const first = await waitForAnswer(`${server.origin}${firstUrl}`, server, { since, intervalMs: 2 });
    const second = secondUrl ? await waitForAnswer(`${server.origin}${secondUrl.path}`, server, { since, intervalMs: 2, headers: secondUrl.headers }) : null;
    return { first, second };
  } finally {
    await server.stop('SIGKILL');
  }
}

/** Target 9: from spawning the CLI to the first 200 of GET /__mock/health; bare Express's own start for reference. */
export const startupTarget: Target = {
  name: 'startup',
  async measure(bench) {
    bench.log('measuring: process start to first answer');
    const responseFile = join(bench.tmp, 'startup-bare.json');
    writeFileSync(responseFile, JSON.stringify({ method: 'get', path: '/__mock/health', status: 200, body: { status: 'ok' } }));
    const simulator: number[] = [];
    const firstAtrium: number[] = [];
    const bare: number[] = [];
    for (let round = 0; round < bench.settings.rounds * STARTS_PER_ROUND; round += 1) {
      const sim = await timeStart(
        'simulator start',
        process.execPath,
        (port) => ['dist/main.cjs', 'start', '--port', String(port), '--host', '127.0.0.1', '--log-level', 'silent'],
        '/__mock/health',
        { path: '/users', headers: atriumHeaders('startup') },
      );
      simulator.push(sim.first);
      firstAtrium.push(sim.second!);
      bare.push((await timeStart('bare Express start', process.execPath, (port) => [join(PROCESSES_DIR, 'bare-express.mjs'), String(port), responseFile], '/__mock/health')).first);
    }
    const rows: Row[] = [
      {
        target: 'startup',
        label: 'CLI start to first GET /__mock/health 200',
        measured: formatSeconds(spread(simulator)),
        goal: '< 300 ms',
        verdict: spread(simulator).median < 0.3 ? 'PASS' : 'FAIL',
        note: `${simulator.length} starts; first Atrium answer (GET /users) ${formatSeconds(spread(firstAtrium))}`,
      },
      { target: 'startup', label: 'bare Express start to first answer', measured: formatSeconds(spread(bare)), goal: '-', verdict: 'info', note: `${bare.length} starts, for reference` },
    ];
    return rows;
  },
};
