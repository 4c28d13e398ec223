/** The knobs of `npm run bench`, read once from the environment. */

function positiveNumber(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`${name} must be a positive number; got ${JSON.stringify(text)}.`);
    process.exit(2);
  }
  return value;
}

export interface BenchSettings {
  /** Seconds of load per round and target (BENCH_DURATION). */
  durationS: number;
  /** Rounds per target, interleaved across targets (BENCH_ROUNDS). */
  rounds: number;
  /** wrk connections (BENCH_CONNECTIONS). */
  connections: number;
  /** wrk threads (BENCH_THREADS): one, so wrk takes one core and the server the other. */
  threads: number;
  /** Seconds of warm-up load per load before round 1 (BENCH_WARMUP). */
  warmupS: number;
  /** Seconds of warm-up load every server gets in all before round 1 (BENCH_SERVER_WARMUP). */
  serverWarmupS: number;
  /** Where the markdown results go (BENCH_RESULTS; default bench/results.md). */
  resultsFile: string | null;
  /** Target names to run (BENCH_ONLY, comma separated); null runs all. */
  only: Set<string> | null;
  /** Tenants the 10,000-tenant and restart targets create (BENCH_TENANTS). */
  tenants: number;
  /** Tenants the large durable-state target stores (BENCH_STORED_TENANTS). */
  storedTenants: number;
  /** Seconds one setup of BENCH_TENANTS tenants may take (more tenants, proportionally more) before it stops and reports how far it got (BENCH_SETUP_BUDGET). */
  setupBudgetS: number;
  /** A setup stops when the server's RSS passes this many MB: the machine is shared (BENCH_MAX_RSS_MB). */
  maxRssMb: number;
}

export function readSettings(): BenchSettings {
  const only = (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return {
    durationS: positiveNumber('BENCH_DURATION', 5),
    rounds: Math.round(positiveNumber('BENCH_ROUNDS', 3)),
    connections: Math.round(positiveNumber('BENCH_CONNECTIONS', 10)),
    threads: Math.round(positiveNumber('BENCH_THREADS', 1)),
    warmupS: positiveNumber('BENCH_WARMUP', 2),
    serverWarmupS: positiveNumber('BENCH_SERVER_WARMUP', 10),
    only: only.length ? new Set(only) : null,
    resultsFile: process.env.BENCH_RESULTS || null,
    tenants: Math.round(positiveNumber('BENCH_TENANTS', 10_000)),
    storedTenants: Math.round(positiveNumber('BENCH_STORED_TENANTS', 100_000)),
    setupBudgetS: positiveNumber('BENCH_SETUP_BUDGET', 90),
    maxRssMb: positiveNumber('BENCH_MAX_RSS_MB', 6144),
  };
}
