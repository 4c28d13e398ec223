/**
 * `npm run bench:soak`: the CLI in its own process under a mixed load over HTTP from 50 tenants
 * for 5 minutes (SOAK_SECONDS), its RSS sampled every 5 s; prints the curve and whether it
 * levelled off (the peak of the last third less than 5% above the peak before it). SOAK_STATE_FILE=1
 * runs with --state-file.
 * Not a test: a report.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from './build.js';
import { startSimulator, stopAllOnExit } from './servers.js';
import { SoakClient, SoakTally } from './soak/client.js';
import { levelling, plotCurve, sampleRss } from './soak/rss-curve.js';
import { pickAction, type SoakTenant } from './soak/workload.js';
import { describeMachine, machineLine } from './machine.js';

const seconds = Number(process.env.SOAK_SECONDS ?? 300);
const tenantCount = Number(process.env.SOAK_TENANTS ?? 50);
const workers = Number(process.env.SOAK_WORKERS ?? 8);
const withStateFile = ['1', 'true'].includes(process.env.SOAK_STATE_FILE ?? '');
/** More CLI flags for the server, e.g. SOAK_FLAGS="--journal-size 10" to see what the journal holds. */
const extraFlags = (process.env.SOAK_FLAGS ?? '').split(/\s+/).filter(Boolean);
for (const [name, value] of [['SOAK_SECONDS', seconds], ['SOAK_TENANTS', tenantCount], ['SOAK_WORKERS', workers]] as const) {
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`${name} must be a positive number.`);
    process.exit(2);
  }
}
const log = (message: string) => process.stderr.write(`${message}\n`);

stopAllOnExit();
ensureBuilt(log);
const machine = describeMachine();
const tmp = mkdtempSync(join(tmpdir(), 'atrium-soak-'));
const stateFile = join(tmp, 'state');
process.once('exit', () => rmSync(tmp, { recursive: true, force: true }));
const server = await startSimulator('simulator (soak)', [...(withStateFile ? ['--state-file', stateFile] : []), ...extraFlags]);
const mode = `${withStateFile ? '--state-file' : 'in memory'}${extraFlags.length ? ` ${extraFlags.join(' ')}` : ''}`;
log(`soak: ${seconds} s, ${tenantCount} tenants, ${workers} workers, ${mode}; RSS every 5 s`);

const tally = new SoakTally();
const tenants: SoakTenant[] = Array.from({ length: tenantCount }, (_, i) => ({ client: new SoakClient(server.origin, `soak-${i}`, tally), users: [], memberUser: null, members: [], counter: 0 }));
const busy = new Set<number>();
let nextTenant = 0;
const rss = sampleRss(server.pid, 5);
const progress = setInterval(() => {
  const last = rss.samples.at(-1);
  if (last) log(`  ${last.seconds} s: RSS ${last.rssMb.toFixed(1)} MB, ${tally.requests} requests, ${tally.unexpected} unexpected, ${tally.serverErrors} 5xx`);
}, 15_000);
const deadline = Date.now() + seconds * 1000;
let crashed: string | null = null;

async function worker(seed: number): Promise<void> {
  let draw = seed;
  while (Date.now() < deadline && !crashed) {
    // one worker per tenant at a time, so a tenant's own steps never race each other
    let index = nextTenant;
    for (let tries = 0; tries < tenantCount && busy.has(index); tries += 1) index = (index + 1) % tenantCount;
    nextTenant = (index + 1) % tenantCount;
    if (busy.has(index)) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      continue;
    }
    busy.add(index);
    draw = (draw * 1103515245 + 12345) % 2 ** 31; // deterministic mix for a given worker count
    const action = pickAction(draw / 2 ** 31);
    try {
      tally.count(action.name);
      await action.run(tenants[index]!);
    } catch (error) {
      if (server.exited()) crashed = `the server exited: ${server.stderr().slice(-400)}`;
      else tally.wrong(`${action.name}: ${(error as Error).message}`);
    } finally {
      busy.delete(index);
    }
  }
}

await Promise.all(Array.from({ length: workers }, (_, i) => worker(i + 1)));
clearInterval(progress);
rss.stop();
let saved = '';
if (!crashed && withStateFile) {
  const started = Date.now();
  const code = await server.stop('SIGTERM', 600_000);
  let size = 0;
  try {
    size = statSync(stateFile).size;
  } catch {
    size = 0;
  }
  saved = `state file: exit ${code} on SIGTERM after ${((Date.now() - started) / 1000).toFixed(1)} s, ${(size / 2 ** 20).toFixed(1)} MB`;
} else {
  await server.stop('SIGKILL');
}

const level = levelling(rss.samples);
console.log(`\natrium-mock soak: ${machineLine(machine)}`);
console.log(`${seconds} s, ${tenantCount} tenants, ${workers} workers, ${mode}; ${tally.requests.toLocaleString('en-US')} requests (${Math.round(tally.requests / seconds)}/s)`);
console.log(`actions: ${[...tally.byAction.entries()].map(([name, count]) => `${name} ${count}`).join(', ')}\n`);
console.log('  time       RSS');
console.log(plotCurve(rss.samples));
console.log('');
if (level) {
  console.log(`peak RSS of the last third is ${(level.lastThirdGrowth * 100).toFixed(1)}% above the peak before it: ${level.levelled ? 'levelled off (under 5%)' : 'did NOT level off (5% or more)'}`);
} else {
  console.log('too few samples for a verdict (run at least 30 s)');
}
const perTenant = Math.round(tally.requests / tenantCount);
console.log(
  `${perTenant.toLocaleString('en-US')} requests per tenant; the journal keeps each tenant's newest 1,000 (--journal-size), so memory can only level off once most tenants passed that${perTenant < 1000 ? ' (this run did not: run longer for a verdict)' : perTenant < 1500 ? ' (this run barely did)' : ''}.`,
);
console.log(`unexpected answers: ${tally.unexpected}, 5xx: ${tally.serverErrors}${crashed ? `; ${crashed}` : ''}`);
for (const example of tally.examples) console.log(`  - ${example}`);
if (saved) console.log(saved);
rmSync(tmp, { recursive: true, force: true });
process.exit(crashed ? 1 : 0);
