/**
 * The value stored under `key` in a plain-object record, or undefined. Records in the tenant state
 * are plain objects keyed by client-supplied guids, so `record[key]` would find inherited
 * properties for guids such as `constructor`, `toString` or `__proto__`: every lookup by a key
 * that came from a request goes through here.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
