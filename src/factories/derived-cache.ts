/**
 * Derived data (an account's transactions) kept for reuse within a byte budget, least recently
 * used first out. Keys are the immutable objects the data derives from (a TransactionHistory is
 * replaced, never changed, when more is gathered), so an entry can never be stale, and a tenant
 * that leaves memory takes nothing with it but what the budget still holds.
 */
export class DerivedCache<K extends object, V> {
  readonly #entries = new Map<K, { value: V; bytes: number }>();
  #bytes = 0;

  constructor(readonly budgetBytes: number) {}

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * The cached value for `key`, or `derive()` stored under it (with its size) when missing or
   * when `isFresh` says the cached one no longer matches what it was derived from.
   */
  get(key: K, derive: () => V, sizeOf: (value: V) => number, isFresh?: (value: V) => boolean): V {
    const entries = this.#entries;
    const hit = entries.get(key);
    entries.delete(key);
    if (hit && (!isFresh || isFresh(hit.value))) {
      // most recently used last
      entries.set(key, hit);
      return hit.value;
    }
    if (hit) this.#bytes -= hit.bytes;
    const value = derive();
    const bytes = sizeOf(value);
    if (bytes > this.budgetBytes) return value;
    entries.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of entries) {
      if (this.#bytes <= this.budgetBytes) break;
      entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
    return value;
  }

  /** The cached value for `key`, if any, without counting it as used. */
  peek(key: K): V | undefined {
    return this.#entries.get(key)?.value;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }
}
