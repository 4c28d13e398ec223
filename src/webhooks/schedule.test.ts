import { describe, expect, it } from 'vitest';
import { MAX_RETRIES, nextAttemptAt, retrySchedule, retryScheduleTable, RETRY_OFFSETS_MS } from './schedule.js';

const FIRST = Date.UTC(2026, 0, 15, 12, 0, 0);
const HOUR = 3_600_000;

describe('the webhook retry schedule', () => {
  it('makes the first attempt at once and the first retry a minute later', () => {
    expect(nextAttemptAt(0, FIRST)).toBe(FIRST);
    expect(nextAttemptAt(1, FIRST)).toBe(FIRST + 60_000);
  });

  it('retries no more than 12 times after the first attempt, the last one 24 hours after it', () => {
    expect(MAX_RETRIES).toBe(12);
    expect(nextAttemptAt(12, FIRST)).toBe(FIRST + 24 * HOUR);
    expect(nextAttemptAt(13, FIRST)).toBeNull();
    expect(nextAttemptAt(50, FIRST)).toBeNull();
  });

  it('lets every interval grow longer than the one before', () => {
    const intervals = retrySchedule().slice(1).map((row) => row.after_previous_ms);
    expect(intervals).toHaveLength(12);
    intervals.slice(1).forEach((interval, index) => expect(interval).toBeGreaterThan(intervals[index]!));
    expect(intervals.reduce((sum, interval) => sum + interval, 0)).toBe(RETRY_OFFSETS_MS.at(-1));
  });

  it('refuses an attempt count that is not a whole number', () => {
    expect(() => nextAttemptAt(-1, FIRST)).toThrow(RangeError);
    expect(() => nextAttemptAt(1.5, FIRST)).toThrow('attemptsSoFar must be a whole number >= 0, not 1.5');
  });

  it('renders the table the docs show', () => {
    const lines = retryScheduleTable().split('\n');
    expect(lines[0]).toBe('| attempt | after the first attempt | after the previous attempt |');
    expect(lines[2]).toBe('| 1 (first attempt) | at once | — |');
    expect(lines[3]).toBe('| 2 (retry 1) | +1m | 1m |');
    expect(lines[9]).toBe('| 8 (retry 7) | +3h30m | 1h30m |');
    expect(lines.at(-1)).toBe('| 13 (retry 12) | +24h | 6h30m |');
  });
});
