import { rssBytes } from '../proc.js';

export interface RssSample {
  seconds: number;
  rssMb: number;
}

/** Samples a process's RSS every `everyS` seconds until stopped. */
export function sampleRss(pid: number, everyS: number): { samples: RssSample[]; stop(): void } {
  const started = Date.now();
  const samples: RssSample[] = [];
  const take = () => {
    const rss = rssBytes(pid);
    if (rss !== null) samples.push({ seconds: Math.round((Date.now() - started) / 1000), rssMb: rss / 2 ** 20 });
  };
  take();
  const timer = setInterval(take, everyS * 1000);
  const stop = () => {
    clearInterval(timer);
    // a last sample unless one was just taken
    if ((Date.now() - started) / 1000 - (samples.at(-1)?.seconds ?? -Infinity) >= everyS / 2) take();
  };
  return { samples, stop };
}

/** Median of up to three samples around an index: one GC more or less does not decide the verdict. */
function around(samples: readonly RssSample[], index: number): number {
  const values = samples.slice(Math.max(0, index - 1), index + 2).map((sample) => sample.rssMb).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)]!;
}

export interface Levelling {
  /** Growth over the last third of the run, as a fraction of the RSS at its start. */
  lastThirdGrowth: number;
  levelled: boolean;
}

/** Levelled off: RSS grew less than 5% over the last third of the run. */
export function levelling(samples: readonly RssSample[], threshold = 0.05): Levelling | null {
  if (samples.length < 6) return null;
  const start = around(samples, Math.floor((samples.length * 2) / 3));
  const end = around(samples, samples.length - 1);
  const lastThirdGrowth = (end - start) / start;
  return { lastThirdGrowth, levelled: lastThirdGrowth < threshold };
}

/** The curve as lines of "time  RSS  bar". */
export function plotCurve(samples: readonly RssSample[]): string {
  const max = Math.max(...samples.map((sample) => sample.rssMb));
  return samples
    .map((sample) => `${String(sample.seconds).padStart(5)} s  ${sample.rssMb.toFixed(1).padStart(8)} MB  ${'#'.repeat(Math.max(1, Math.round((sample.rssMb / max) * 50)))}`)
    .join('\n');
}
