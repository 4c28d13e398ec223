/** min / median / max of a few numbers (the rounds of one ratio). */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return { min: NaN, median: NaN, max: NaN };
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { min: sorted[0]!, median, max: sorted.at(-1)! };
}

export function median(values: readonly number[]): number {
  return spread(values).median;
}

/** "0.82x (0.79-0.85)" */
export function formatRatio(ratios: Spread): string {
  if (!Number.isFinite(ratios.median)) return 'no data';
  return `${ratios.median.toFixed(2)}x (${ratios.min.toFixed(2)}-${ratios.max.toFixed(2)})`;
}

/** "212 ms (198-240)" for seconds in, milliseconds out. */
export function formatSeconds(seconds: Spread): string {
  const ms = (value: number) => (value * 1000 >= 100 ? (value * 1000).toFixed(0) : (value * 1000).toFixed(1));
  return `${ms(seconds.median)} ms (${ms(seconds.min)}-${ms(seconds.max)})`;
}

export function formatInteger(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
