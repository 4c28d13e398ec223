/**
 * `npm run bench`: wrk against the simulator (the CLI, in its own process) and against bare
 * Express, Prism, nginx and node:http serving the same bytes, in one run on one machine,
 * reported as ratios with a goal each. Knobs: BENCH_DURATION, BENCH_ROUNDS, BENCH_CONNECTIONS,
 * BENCH_WARMUP, BENCH_ONLY (see bench/README.md).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench } from './bench.js';
import { ensureBuilt } from './build.js';
import { ensureProgram, requireProgram } from './debian.js';
import { describeMachine } from './machine.js';
import type { Comparison, Row, Target } from './plan.js';
import { busyMachineNote, comparisonRow, markdownReport, textReport } from './report.js';
import { runRounds, type LoadRounds } from './rounds.js';
import { stopAllOnExit } from './servers.js';
import { readSettings } from './settings.js';
import { TARGETS, selectTargets } from './targets/index.js';
import { wrkVersion } from './wrk.js';

const startedAt = Date.now();
stopAllOnExit();
const settings = readSettings();
const selected = selectTargets(TARGETS, settings.only);
const log = (message: string) => process.stderr.write(`${message}\n`);

ensureBuilt(log);
const wrk = requireProgram('wrk', 'wrk', 'to generate the load');
const nginx = ensureProgram('nginx', 'nginx');
const notes: string[] = [];
if (!nginx) notes.push('nginx could not be had (apt-get install nginx): the static-file ceilings use node:http instead.');
const machine = describeMachine();
const tmp = mkdtempSync(join(tmpdir(), 'atrium-bench-'));
process.once('exit', () => rmSync(tmp, { recursive: true, force: true }));
const bench = new Bench(settings, wrk, nginx, tmp);

/** Rows in target order, whichever phase produced them. */
const rowsByTarget = new Map<string, Row[]>(selected.map((target) => [target.name, []]));
const failure = (target: Target, error: unknown): Row => ({
  target: target.name,
  label: 'setup or measurement',
  measured: 'error',
  goal: '-',
  verdict: 'FAIL',
  note: (error as Error).message.split('\n').slice(0, 3).join(' ').slice(0, 400),
});

let results = new Map<string, LoadRounds>();
try {
  const comparisons: Comparison[] = [];
  for (const target of selected) {
    if (!target.prepare) continue;
    try {
      const prepared = await target.prepare(bench);
      rowsByTarget.get(target.name)!.push(...(prepared.rows ?? []));
      comparisons.push(...(prepared.comparisons ?? []));
    } catch (error) {
      rowsByTarget.get(target.name)!.push(failure(target, error));
    }
  }
  if (comparisons.length) {
    results = await runRounds(bench, comparisons);
    for (const comparison of comparisons) rowsByTarget.get(comparison.target)!.push(comparisonRow(comparison, results, bench));
  }
  // measurements that start and stop processes run alone: nothing else of ours is running
  await bench.stopServers();
  for (const target of selected) {
    if (!target.measure) continue;
    try {
      rowsByTarget.get(target.name)!.push(...(await target.measure(bench)));
    } catch (error) {
      rowsByTarget.get(target.name)!.push(failure(target, error));
    }
  }
  const busy = busyMachineNote(results);
  if (busy) notes.push(busy);
  notes.push(`Load average ${machine.loadAverage} at the start, ${Math.round(loadavg()[0]! * 100) / 100} at the end (1 minute).`);
  const report = {
    machine,
    settings,
    wrkVersion: await wrkVersion(wrk),
    rows: [...rowsByTarget.values()].flat(),
    results,
    selected: selected.map((target) => target.name),
    elapsedS: (Date.now() - startedAt) / 1000,
    notes,
  };
  process.stdout.write(textReport(report, bench));
  const resultsFile = settings.resultsFile ?? join(import.meta.dirname, 'results.md');
  writeFileSync(resultsFile, markdownReport(report, bench));
  log(`results written to ${resultsFile}`);
} finally {
  await bench.stopServers();
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(0);
