/**
 * Day arithmetic on the simulated clock, in UTC. A "day" is the number of whole days since
 * 1970-01-01 (a Thursday), which makes weekly and monthly patterns simple integer tests.
 */
export const DAY_MS = 86_400_000;

export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` to a day number, or undefined when it is not a real calendar date. */
export function dayOfDate(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  // not Date.UTC: it reads years 0-99 as 1900-1999
  const utc = new Date(0);
  utc.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = utc.getTime() / DAY_MS;
  return dateOfDay(day) === date ? day : undefined;
}

/** Day of the month, 1-31. */
export function dayOfMonth(day: number): number {
  return new Date(day * DAY_MS).getUTCDate();
}

/** Month of the year, 1-12. */
export function monthOf(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth() + 1;
}

export function isLastDayOfMonth(day: number): boolean {
  return dayOfMonth(day + 1) === 1;
}

/** Months since January 1970: a counter that goes up by one every month. */
export function monthIndex(day: number): number {
  const date = new Date(day * DAY_MS);
  return (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
}

/** The first day of the month `months` months away from the month of `day`. */
export function firstOfMonth(day: number, months = 0): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1) / DAY_MS;
}

/** The same day of the month `months` months away (clamped to the month's length). */
export function addMonths(day: number, months: number): number {
  const first = firstOfMonth(day, months);
  const length = firstOfMonth(first, 1) - first;
  return first + Math.min(dayOfMonth(day), length) - 1;
}

/** Mixes a 32-bit seed with a number into another well-spread 32-bit seed (murmur3 finalizer). */
export function mixSeed(seed: number, value: number): number {
  let h = (seed ^ Math.imul(value + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
