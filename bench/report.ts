import type { Bench } from './bench.js';
import { machineLine, type Machine } from './machine.js';
import type { Comparison, Row } from './plan.js';
import type { LoadRounds } from './rounds.js';
import type { BenchSettings } from './settings.js';
import { formatInteger, formatRatio, median, spread } from './stats.js';
import type { WrkResult } from './wrk.js';

function measured(rounds: LoadRounds | undefined): WrkResult[] {
  return (rounds?.rounds ?? []).filter((result): result is WrkResult => result !== null && result !== undefined);
}

const medianOf = (results: WrkResult[], pick: (result: WrkResult) => number | null) => median(results.map(pick).filter((value): value is number => value !== null));

/** A comparison's line: the ratio in each round, judged on the median; bad responses or failed runs fail it. */
export function comparisonRow(comparison: Comparison, results: Map<string, LoadRounds>, bench: Bench): Row {
  const subject = results.get(comparison.subject);
  const reference = results.get(comparison.reference);
  const ratios: number[] = [];
  const perCpu: number[] = [];
  const rounds = Math.max(subject?.rounds.length ?? 0, reference?.rounds.length ?? 0);
  for (let round = 0; round < rounds; round += 1) {
    const a = subject?.rounds[round];
    const b = reference?.rounds[round];
    if (a && b && b.requestsPerSecond > 0) ratios.push(a.requestsPerSecond / b.requestsPerSecond);
    // requests per CPU-second of the server: steadier than req/s when other work takes CPU
    if (a?.serverCpu && b?.serverCpu && b.requestsPerSecond > 0) perCpu.push(a.requestsPerSecond / a.serverCpu / (b.requestsPerSecond / b.serverCpu));
  }
  const ratio = spread(ratios);
  const problems: string[] = [];
  for (const [key, entry] of [
    [comparison.subject, subject],
    [comparison.reference, reference],
  ] as const) {
    const label = bench.loads.get(key)?.label ?? key;
    const bad = measured(entry).reduce((sum, result) => sum + result.non2xx, 0);
    const socket = measured(entry).reduce((sum, result) => sum + result.socketErrors, 0);
    if (bad) problems.push(`${formatInteger(bad)} non-2xx answers from ${label}`);
    if (socket) problems.push(`${formatInteger(socket)} socket errors on ${label}`);
    for (const error of entry?.errors ?? []) problems.push(`${label}: ${error.split('\n')[0]}`);
  }
  if (comparison.failure) problems.unshift(comparison.failure);
  const ceiling = medianOf(measured(results.get(comparison.ceiling)), (result) => result.requestsPerSecond);
  const fastest = Math.max(medianOf(measured(subject), (result) => result.requestsPerSecond), medianOf(measured(reference), (result) => result.requestsPerSecond));
  const goal = comparison.goal;
  const verdict = goal === null ? 'info' : problems.length || ratios.length === 0 ? 'FAIL' : ratio.median >= goal ? 'PASS' : 'FAIL';
  const note = [comparison.note, ...problems].filter(Boolean).join('; ');
  return {
    target: comparison.target,
    label: comparison.label,
    measured: formatRatio(ratio),
    perCpu: formatRatio(spread(perCpu)),
    goal: goal === null ? '-' : `>= ${goal.toFixed(2)}x`,
    verdict,
    ...(Number.isFinite(ceiling) && fastest > 0 ? { headroom: `${(ceiling / fastest).toFixed(1)}x` } : {}),
    ...(note ? { note } : {}),
  };
}

interface RawLine {
  label: string;
  server: string;
  rps: string;
  p50: string;
  p99: string;
  serverCpu: string;
  wrkCpu: string;
  otherCpu: string;
  bad: string;
}

function rawLines(bench: Bench, results: Map<string, LoadRounds>): RawLine[] {
  const percent = (value: number) => (Number.isFinite(value) ? `${Math.round(value * 100)}%` : '-');
  const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '-');
  return [...results.entries()].map(([key, entry]) => {
    const load = bench.loads.get(key)!;
    const runs = measured(entry);
    const rps = spread(runs.map((result) => result.requestsPerSecond));
    const bad = runs.reduce((sum, result) => sum + result.non2xx + result.socketErrors, 0) + entry.errors.length;
    return {
      label: load.label,
      server: load.server.name,
      rps: runs.length ? `${formatInteger(rps.median)} (${formatInteger(rps.min)}-${formatInteger(rps.max)})` : 'failed',
      p50: ms(medianOf(runs, (result) => result.p50Ms)),
      p99: ms(medianOf(runs, (result) => result.p99Ms)),
      serverCpu: percent(medianOf(runs, (result) => result.serverCpu)),
      wrkCpu: percent(medianOf(runs, (result) => result.wrkCpu)),
      otherCpu: percent(medianOf(runs, (result) => result.otherCpu)),
      bad: String(bad),
    };
  });
}

/** How we know wrk did not limit the numbers: its ceilings against the fastest target load, and the CPU it used. */
function wrkEvidence(bench: Bench, results: Map<string, LoadRounds>): string[] {
  const ceilings = [...results.keys()].filter((key) => key.startsWith('ceiling:'));
  const targets = [...results.keys()].filter((key) => !key.startsWith('ceiling:') && !key.startsWith('raw-node:'));
  if (!ceilings.length || !targets.length) return [];
  const rps = (key: string) => medianOf(measured(results.get(key)), (result) => result.requestsPerSecond);
  const fastest = targets.reduce((best, key) => (rps(key) > rps(best) ? key : best), targets[0]!);
  const lowestCeiling = ceilings.reduce((low, key) => (rps(key) < rps(low) ? key : low), ceilings[0]!);
  const simulatorLoads = targets.filter((key) => key.startsWith('sim'));
  const wrkCpu = Math.max(...simulatorLoads.map((key) => medianOf(measured(results.get(key)), (result) => result.wrkCpu)).filter(Number.isFinite));
  const serverCpu = median(simulatorLoads.map((key) => medianOf(measured(results.get(key)), (result) => result.serverCpu)).filter(Number.isFinite));
  return [
    `wrk ceilings (same scripts against servers that do almost nothing): ${ceilings.map((key) => `${bench.loads.get(key)!.label.replace('wrk ceiling: ', '')} ${formatInteger(rps(key))} req/s`).join('; ')}.`,
    `The fastest measured load (${bench.loads.get(fastest)!.label}, ${formatInteger(rps(fastest))} req/s) is ${(rps(lowestCeiling) / rps(fastest)).toFixed(1)}x below the lowest ceiling; ` +
      (simulatorLoads.length && Number.isFinite(wrkCpu)
        ? `under simulator loads wrk used at most ${Math.round(wrkCpu * 100)}% of a core while the simulator used ${Math.round(serverCpu * 100)}% (median).`
        : ''),
  ];
}

/** A warning when other work on the machine took CPU during the loads (ratios stay comparable, absolute rates do not). */
export function busyMachineNote(results: Map<string, LoadRounds>): string | null {
  const other = median([...results.values()].flatMap((entry) => measured(entry).map((result) => result.otherCpu)).filter((value): value is number => value !== null));
  if (!Number.isFinite(other) || other < 0.25) return null;
  return `The machine was busy with other work during the loads (median ${Math.round(other * 100)}% of a core besides wrk and the server): absolute req/s are low and ratios noisier than on a quiet machine; rerun when it is quiet for figures to quote.`;
}

export interface Report {
  machine: Machine;
  settings: BenchSettings;
  wrkVersion: string;
  rows: Row[];
  results: Map<string, LoadRounds>;
  selected: string[];
  elapsedS: number;
  notes: string[];
}

const PER_CPU_NOTE =
  '"per server CPU-s": the same ratio of requests per CPU-second each server used (from /proc/<pid>/stat); a single-threaded server that is the bottleneck gets the same figure on a quiet machine, so it is the steadier one when other work shares the cores. Results are judged on req/s.';

function settingsLine(report: Report): string {
  const { settings } = report;
  return `${report.wrkVersion}, ${settings.threads} thread, ${settings.connections} connections; warm-up of ${settings.serverWarmupS} s per server and ${settings.warmupS} s per load, then ${settings.rounds} round${settings.rounds === 1 ? "" : "s"} of ${settings.durationS} s, interleaved (round 1 of every target, then round 2, ...)`;
}

function textTable(header: string[], lines: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)));
  const format = (line: string[]) =>
    line
      .map((cell, column) => (column === line.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
}

const ROW_HEADER = ['target', 'what', 'measured: median (min-max)', 'goal', 'result', 'per server CPU-s', 'wrk headroom', 'note'];
const rowCells = (row: Row) => [row.target, row.label, row.measured, row.goal, row.verdict, row.perCpu ?? '', row.headroom ?? '', row.note ?? ''];
const RAW_HEADER = ['load', 'req/s median (min-max)', 'p50 ms', 'p99 ms', 'server CPU', 'wrk CPU', 'other CPU', 'bad'];
const rawCells = (line: RawLine) => [line.label, line.rps, line.p50, line.p99, line.serverCpu, line.wrkCpu, line.otherCpu, line.bad];

export function textReport(report: Report, bench: Bench): string {
  const raw = rawLines(bench, report.results);
  return [
    '',
    `atrium-mock bench: ${machineLine(report.machine)}`,
    settingsLine(report),
    '',
    textTable(ROW_HEADER, report.rows.map(rowCells)),
    '',
    ...(raw.length ? ['raw numbers per load (medians over the rounds; CPU as a share of one core):', '', textTable(RAW_HEADER, raw.map(rawCells)), ''] : []),
    ...wrkEvidence(bench, report.results),
    PER_CPU_NOTE,
    ...report.notes,
    `bench took ${Math.round(report.elapsedS)} s`,
    '',
  ].join('\n');
}

const cell = (text: string) => text.replaceAll('|', '\\|');
function markdownTable(header: string[], lines: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...lines.map((line) => `| ${line.map(cell).join(' | ')} |`)].join('\n');
}

export function markdownReport(report: Report, bench: Bench): string {
  const raw = rawLines(bench, report.results);
  const subset = report.settings.only ? ` (BENCH_ONLY=${[...report.settings.only].join(',')})` : '';
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\`${subset}; the latest run. Ratios are within one run on one machine, so they mean the same on any hardware; the absolute req/s do not.`,
    '',
    `- Machine: ${machineLine(report.machine)}`,
    `- Load: ${settingsLine(report)}`,
    `- Targets: ${report.selected.join(', ')}; the run took ${Math.round(report.elapsedS)} s`,
    '',
    markdownTable(ROW_HEADER, report.rows.map(rowCells)),
    '',
    ...(raw.length
      ? ['## Raw numbers per load', '', 'Medians over the rounds; CPU as a share of one core (other CPU: anything else busy on the machine meanwhile).', '', markdownTable(RAW_HEADER, raw.map(rawCells)), '']
      : []),
    ...(raw.length ? ['## Is wrk the bottleneck?', '', ...wrkEvidence(bench, report.results).map((line) => `${line}`), ''] : []),
    '## Notes',
    '',
    ...[PER_CPU_NOTE, ...report.notes].map((note) => `- ${note}`),
    '',
  ].join('\n');
}
