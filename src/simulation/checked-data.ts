import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';

/**
 * What data files (fixtures, seed sets, scenarios) were checked into, by their exact text: the
 * CLI's loader installs it on globalThis from the table its build recorded (src/cli-loader.ts),
 * so a start skips parsing and validating the package's own files, about a fifth of its time.
 * A file whose text differs by a byte is parsed and checked as always; without a table (the
 * library, tests) every file is.
 */
export interface CheckedDataTable {
  /** JSON text of each checked value, by `kind` and the SHA-256 of the file's text. */
  recall: Map<string, string> | null;
  /** Where a recording build collects them. */
  record: Map<string, string> | null;
}

export const CHECKED_DATA_TABLE = Symbol.for('atrium-mock.checked-data');

function table(): CheckedDataTable | undefined {
  return (globalThis as { [CHECKED_DATA_TABLE]?: CheckedDataTable })[CHECKED_DATA_TABLE];
}

/** `check(text)`'s value for this text: recalled (a fresh copy) when the table has it, else checked and, when recording, kept. */
export function checkedData<T>(kind: string, text: string, check: () => T): T {
  const known = table();
  if (!known) return check();
  const key = `${kind}\0${createHash('sha256').update(text).digest('hex')}`;
  const recalled = known.recall?.get(key);
  if (recalled !== undefined) return JSON.parse(recalled) as T;
  const value = check();
  // only values JSON carries unchanged are kept (nothing undefined, no Date, no class instance, no prototype-free record)
  if (known.record) {
    const json = JSON.stringify(value);
    if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) known.record.set(key, json);
  }
  return value;
}
