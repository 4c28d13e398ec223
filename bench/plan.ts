import type { Server } from './servers.js';
import type { WrkRequest } from './wrk.js';

/** One wrk configuration against one server, measured once per round. */
export interface Load {
  key: string;
  /** What the raw-numbers table calls it. */
  label: string;
  server: Server;
  request: WrkRequest;
}

/** A goal stated as a throughput ratio within one round: subject / reference. */
export interface Comparison {
  target: string;
  label: string;
  subject: string;
  reference: string;
  /** The ratio must be at least this (judged on the median of the rounds); null: printed for reference only. */
  goal: number | null;
  /** The wrk ceiling load with the same script shape, to show wrk had headroom. */
  ceiling: string;
  note?: string;
  /** Set when the setup fell short of the target's conditions: the row fails whatever the ratio. */
  failure?: string;
}

export type Verdict = 'PASS' | 'FAIL' | 'n/a' | 'info';

/** One line of the results table. */
export interface Row {
  target: string;
  label: string;
  measured: string;
  /** The ratio of requests per server CPU-second, for comparisons. */
  perCpu?: string;
  goal: string;
  verdict: Verdict;
  /** wrk's ceiling for this row's script shape over the faster of its two loads. */
  headroom?: string;
  note?: string;
}

/** What a target sets up before the throughput rounds. */
export interface Prepared {
  comparisons?: Comparison[];
  /** Rows known at setup (e.g. memory after building state, or n/a). */
  rows?: Row[];
}

export interface Target {
  /** The name BENCH_ONLY selects. */
  name: string;
  /** Builds state and declares loads and comparisons (throughput targets). */
  prepare?(bench: import('./bench.js').Bench): Promise<Prepared>;
  /** Measures on its own after the throughput rounds, with the other servers stopped (starts, restarts, memory). */
  measure?(bench: import('./bench.js').Bench): Promise<Row[]>;
}

export function notAvailable(target: string, label: string, goal: string, flag: string): Row {
  return { target, label, measured: `n/a: needs ${flag}`, goal, verdict: 'n/a' };
}
