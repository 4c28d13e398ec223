import { join } from 'node:path';
import type { Bench } from './bench.js';
import type { Comparison } from './plan.js';
import { formatInteger } from './stats.js';
import { runWrk, type WrkResult } from './wrk.js';

/** Every round's result of one load (null where wrk failed, with the reason in errors). */
export interface LoadRounds {
  rounds: (WrkResult | null)[];
  errors: string[];
}

/**
 * The order loads run in within round `round`: each comparison's two loads back to back (the
 * order flipped every other round, so neither side always runs first), then its wrk ceiling;
 * a load shared by several comparisons runs once per round.
 */
export function roundOrder(comparisons: readonly Comparison[], round: number): string[] {
  const order: string[] = [];
  for (const comparison of comparisons) {
    const pair = round % 2 === 0 ? [comparison.reference, comparison.subject] : [comparison.subject, comparison.reference];
    for (const key of [...pair, comparison.ceiling]) if (!order.includes(key)) order.push(key);
  }
  return order;
}

/** Warm-up of every load, then `rounds` rounds, each measuring every load once (round 1 of all, then round 2, ...). */
export async function runRounds(bench: Bench, comparisons: readonly Comparison[]): Promise<Map<string, LoadRounds>> {
  const { settings } = bench;
  const results = new Map<string, LoadRounds>();
  const script = join(bench.tmp, 'wrk-script.lua');
  const run = async (key: string, durationS: number) => {
    const load = bench.loads.get(key)!;
    if (load.server.exited()) throw new Error(`${load.server.name} is no longer running: ${load.server.stderr().split('\n').slice(-3).join(' ').slice(0, 300)}`);
    return runWrk(bench.wrk, { origin: load.server.origin, request: load.request, durationS, connections: settings.connections, threads: settings.threads, serverPid: load.server.pid }, script);
  };
  const first = roundOrder(comparisons, 0);
  for (const key of first) results.set(key, { rounds: [], errors: [] });
  // A Node server takes ~10 s of load to reach its steady rate (V8 tiers its hot code up); every
  // server gets the same warm-up, whatever number of loads it serves. The ceilings need little.
  const warmed = new Map<object, number>();
  const plan = first.map((key) => {
    const load = bench.loads.get(key)!;
    const serverNeeds = key.startsWith('ceiling:') ? 0 : settings.serverWarmupS - (warmed.get(load.server) ?? 0);
    const seconds = Math.max(settings.warmupS, serverNeeds);
    warmed.set(load.server, (warmed.get(load.server) ?? 0) + seconds);
    return { key, seconds };
  });
  bench.log(`warm-up: ${first.length} loads, ${Math.round(plan.reduce((sum, step) => sum + step.seconds, 0))} s (at least ${settings.serverWarmupS} s per server, ${settings.warmupS} s per load)`);
  for (const { key, seconds } of plan) {
    try {
      await run(key, seconds);
    } catch (error) {
      results.get(key)!.errors.push(`warm-up: ${(error as Error).message}`);
    }
  }
  for (let round = 0; round < settings.rounds; round += 1) {
    bench.log(`round ${round + 1} of ${settings.rounds}: ${first.length} loads, ${settings.durationS} s each`);
    for (const key of roundOrder(comparisons, round)) {
      const entry = results.get(key)!;
      try {
        const result = await run(key, settings.durationS);
        entry.rounds[round] = result;
        const bad = result.non2xx + result.socketErrors;
        bench.log(`  ${bench.loads.get(key)!.label}: ${formatInteger(result.requestsPerSecond)} req/s, p99 ${result.p99Ms.toFixed(1)} ms${bad ? `, ${bad} bad responses` : ''}`);
      } catch (error) {
        entry.rounds[round] = null;
        entry.errors.push(`round ${round + 1}: ${(error as Error).message}`);
        bench.log(`  ${bench.loads.get(key)!.label}: failed: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  }
  return results;
}
