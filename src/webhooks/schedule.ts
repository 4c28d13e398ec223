/**
 * When a webhook that was not acknowledged is tried again. MX: "The frequency of request retries
 * diminishes over the course of approximately 24 hours, with no more than 12 total retries after
 * an initial request." MX publishes no intervals; these grow at every step and end exactly 24 h
 * after the first attempt.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Each retry's time after the first attempt, in ms: +1m, +3m, +10m, +30m, +1h, +2h, +3h30m, +5h30m, +8h30m, +12h30m, +17h30m, +24h. */
export const RETRY_OFFSETS_MS: readonly number[] = Object.freeze([
  1 * MINUTE,
  3 * MINUTE,
  10 * MINUTE,
  30 * MINUTE,
  1 * HOUR,
  2 * HOUR,
  3.5 * HOUR,
  5.5 * HOUR,
  8.5 * HOUR,
  12.5 * HOUR,
  17.5 * HOUR,
  24 * HOUR,
]);

/** At most 12 retries after the first attempt (13 attempts in all). */
export const MAX_RETRIES = RETRY_OFFSETS_MS.length;
export const MAX_ATTEMPTS = MAX_RETRIES + 1;

/**
 * The time of the next attempt, given how many attempts were made and when the first one was (or
 * is to be) made: the first attempt itself when none was made, null after the 12th retry.
 * Retries are fixed to the first attempt, not to the last, so a late attempt (a clock moved far
 * at once) does not push the rest of the schedule back.
 */
export function nextAttemptAt(attemptsSoFar: number, firstAttemptAtMs: number): number | null {
  if (!Number.isInteger(attemptsSoFar) || attemptsSoFar < 0) throw new RangeError(`attemptsSoFar must be a whole number >= 0, not ${attemptsSoFar}`);
  if (!Number.isFinite(firstAttemptAtMs)) throw new RangeError(`firstAttemptAtMs must be a time in ms, not ${firstAttemptAtMs}`);
  if (attemptsSoFar === 0) return firstAttemptAtMs;
  const offset = RETRY_OFFSETS_MS[attemptsSoFar - 1];
  return offset === undefined ? null : firstAttemptAtMs + offset;
}

/** "1m", "3h30m", "24h": a duration as the docs write it. */
export function formatDuration(ms: number): string {
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  const seconds = Math.floor((ms % MINUTE) / 1000);
  const text = `${hours ? `${hours}h` : ''}${minutes ? `${minutes}m` : ''}${seconds ? `${seconds}s` : ''}`;
  return text || '0s';
}

export interface ScheduleRow {
  /** 1 for the first attempt, 2 for the first retry, ... */
  attempt: number;
  /** Time after the first attempt. */
  after_first_ms: number;
  /** Time after the previous attempt (0 for the first). */
  after_previous_ms: number;
}

/** The whole schedule, one row per attempt. */
export function retrySchedule(): ScheduleRow[] {
  const offsets = [0, ...RETRY_OFFSETS_MS];
  return offsets.map((offset, index) => ({ attempt: index + 1, after_first_ms: offset, after_previous_ms: index === 0 ? 0 : offset - offsets[index - 1]! }));
}

/** The schedule as the Markdown table docs/webhooks.md shows (a test keeps the two equal). */
export function retryScheduleTable(): string {
  const rows = retrySchedule().map(
    (row) =>
      `| ${row.attempt === 1 ? '1 (first attempt)' : `${row.attempt} (retry ${row.attempt - 1})`} | ${row.attempt === 1 ? 'at once' : `+${formatDuration(row.after_first_ms)}`} | ${row.attempt === 1 ? '—' : formatDuration(row.after_previous_ms)} |`,
  );
  return ['| attempt | after the first attempt | after the previous attempt |', '|---|---|---|', ...rows].join('\n');
}
