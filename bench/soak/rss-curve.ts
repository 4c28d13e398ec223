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

export interface Levelling {
  /** How far the last third's peak RSS is above the peak of the two thirds before it. */
  lastThirdGrowth: number;
  levelled: boolean;
}

/**
 * Levelled off: the peak RSS of the last third of the run is less than 5% above the peak
 * before it. Peaks, not single samples, so a garbage collection just before the end cannot
 * make a growing server look flat.
 */
export function levelling(samples: readonly RssSample[], threshold = 0.05): Levelling | null {
  if (samples.length < 6) return null;
  const cut = Math.floor((samples.length * 2) / 3);
  const peak = (part: readonly RssSample[]) => Math.max(...part.map((sample) => sample.rssMb));
  const lastThirdGrowth = peak(samples.slice(cut)) / peak(samples.slice(0, cut)) - 1;
  return { lastThirdGrowth, levelled: lastThirdGrowth < threshold };
}

/** The curve as lines of "time  RSS  bar". */
export function plotCurve(samples: readonly RssSample[]): string {
  const max = Math.max(...samples.map((sample) => sample.rssMb));
  return samples
    .map((sample) => `${String(sample.seconds).padStart(5)} s  ${sample.rssMb.toFixed(1).padStart(8)} MB  ${'#'.repeat(Math.max(1, Math.round((sample.rssMb / max) * 50)))}`)
    .join('\n');
}
