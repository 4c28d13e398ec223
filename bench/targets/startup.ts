import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { atriumHeaders } from '../atrium.js';
import type { Row, Target } from '../plan.js';
import { freePort, PROCESSES_DIR, ROOT, spawnServer, waitForAnswer } from '../servers.js';
import { formatSeconds, spread } from '../stats.js';

const STARTS_PER_ROUND = 3;

/**
 * Node reads the certificates named by NODE_EXTRA_CA_CERTS before it runs any code: this kind of
 * machine sets it (Debian's whole bundle, about 85 ms of every Node start here, bare Express's
 * too). The goal is measured in Node's default environment, without it; the start with it is
 * reported beside it.
 */
const EXTRA_CA = 'NODE_EXTRA_CA_CERTS';
const withoutExtraCa = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== EXTRA_CA));

/** Spawns a process and times it until `url` answers 200 (2 ms polls); then, optionally, a second URL. */
async function timeStart(
  name: string,
  command: string,
  args: (port: number) => string[],
  firstUrl: string,
  secondUrl?: { path: string; headers: Record<string, string> },
  env: NodeJS.ProcessEnv = withoutExtraCa(),
) {
  const port = await freePort();
  const since = process.hrtime.bigint();
  const server = spawnServer(name, command, args(port), port, { cwd: ROOT, env });
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
    const simulatorExtraCa: number[] = [];
    const bareExtraCa: number[] = [];
    const extraCa = process.env[EXTRA_CA];
    const simulatorArgs = (port: number) => ['dist/main.cjs', 'start', '--port', String(port), '--host', '127.0.0.1', '--log-level', 'silent'];
    const bareArgs = (port: number) => [join(PROCESSES_DIR, 'bare-express.mjs'), String(port), responseFile];
    for (let round = 0; round < bench.settings.rounds * STARTS_PER_ROUND; round += 1) {
      const sim = await timeStart('simulator start', process.execPath, simulatorArgs, '/__mock/health', { path: '/users', headers: atriumHeaders('startup') });
      simulator.push(sim.first);
      firstAtrium.push(sim.second!);
      bare.push((await timeStart('bare Express start', process.execPath, bareArgs, '/__mock/health')).first);
      if (extraCa !== undefined) {
        simulatorExtraCa.push((await timeStart('simulator start', process.execPath, simulatorArgs, '/__mock/health', undefined, process.env)).first);
        bareExtraCa.push((await timeStart('bare Express start', process.execPath, bareArgs, '/__mock/health', undefined, process.env)).first);
      }
    }
    const environment = extraCa === undefined ? '' : `, without this machine's ${EXTRA_CA}`;
    const rows: Row[] = [
      {
        target: 'startup',
        label: 'CLI start to first GET /__mock/health 200',
        measured: formatSeconds(spread(simulator)),
        goal: '< 300 ms',
        verdict: spread(simulator).median < 0.3 ? 'PASS' : 'FAIL',
        note: `${simulator.length} starts${environment}; first Atrium answer (GET /users) ${formatSeconds(spread(firstAtrium))}`,
      },
      { target: 'startup', label: 'bare Express start to first answer', measured: formatSeconds(spread(bare)), goal: '-', verdict: 'info', note: `${bare.length} starts${environment}, for reference` },
    ];
    if (extraCa !== undefined) {
      rows.push({
        target: 'startup',
        label: `CLI start with ${EXTRA_CA} set`,
        measured: formatSeconds(spread(simulatorExtraCa)),
        goal: '-',
        verdict: 'info',
        note: `${simulatorExtraCa.length} starts with ${EXTRA_CA}=${extraCa}, as this machine sets it: Node reads the certificates before any code runs; bare Express ${formatSeconds(spread(bareExtraCa))}`,
      });
    }
    return rows;
  },
};
