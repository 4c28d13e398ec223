/**
 * `npm run bench`: autocannon against bare Express and against the simulator in one run, on
 * the same machine, reported as ratios so the numbers mean something on any hardware.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

interface Targets {
  baseline: string;
  status: string;
  owners: string;
  headers: Record<string, string>;
}

const child = spawn(process.execPath, ['--import', 'tsx', 'bench/targets.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
const targets = await new Promise<Targets>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`bench targets exited with ${code}`)));
  createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line) as Targets));
});

async function measure(name: string, url: string, headers: Record<string, string> = {}) {
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 1 }); // warm-up: JIT and lazily compiled validators
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
  const non2xx = result.non2xx + result.errors;
  return { name, requestsPerSecond: result.requests.average, p99: result.latency.p99, non2xx };
}

try {
  const baseline = await measure('bare Express, fixed member JSON', targets.baseline);
  const runs = [
    baseline,
    await measure('simulator GET .../status', targets.status, targets.headers),
    await measure('simulator GET .../account_owners', targets.owners, targets.headers),
  ];
  console.log(`\n${CONNECTIONS} connections, ${DURATION_S}s per target, Node ${process.version}\n`);
  console.log('target'.padEnd(40), 'req/s'.padStart(10), 'p99 ms'.padStart(8), 'ratio'.padStart(7), 'non-2xx'.padStart(8));
  for (const run of runs) {
    const ratio = run.requestsPerSecond / baseline.requestsPerSecond;
    console.log(run.name.padEnd(40), run.requestsPerSecond.toFixed(0).padStart(10), String(run.p99).padStart(8), ratio.toFixed(2).padStart(7), String(run.non2xx).padStart(8));
  }
  console.log('\ntargets: ratio >= 0.50 against bare Express, p99 < 20 ms');
} finally {
  child.kill();
}
