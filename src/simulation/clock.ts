/** Milliseconds since the epoch, as the simulator sees them. Injected so tests never sleep. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to: the default in tests. */
export class ManualClock implements Clock {
  #now: number;

  constructor(start: number | string | Date = Date.UTC(2026, 0, 15, 12, 0, 0)) {
    this.#now = new Date(start).getTime();
    if (Number.isNaN(this.#now)) throw new Error(`ManualClock: invalid start time ${String(start)}`);
  }

  now(): number {
    return this.#now;
  }

  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`ManualClock: cannot advance by ${ms} ms`);
    this.#now += ms;
    return this.#now;
  }

  set(to: number | string | Date): number {
    const next = new Date(to).getTime();
    if (Number.isNaN(next)) throw new Error(`ManualClock: invalid time ${String(to)}`);
    this.#now = next;
    return this.#now;
  }
}

/** MX timestamps: `2016-10-13T17:57:37+00:00` (no milliseconds, explicit offset). */
export function toMxTimestamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + '+00:00';
}

/** MX dates: `YYYY-MM-DD`. */
export function toMxDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
