export interface MetricsReport {
  total: number;
  by_status: Record<string, number>;
  /** operationId (or "unmatched") -> status -> count */
  by_operation: Record<string, Record<string, number>>;
}

/** Request counts by operation and status. */
export class Metrics {
  #total = 0;
  #byOperation = new Map<string, Map<number, number>>();

  record(operationId: string | null, status: number): void {
    this.#total += 1;
    const key = operationId ?? 'unmatched';
    let statuses = this.#byOperation.get(key);
    if (!statuses) this.#byOperation.set(key, (statuses = new Map()));
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }

  report(): MetricsReport {
    const report: MetricsReport = { total: this.#total, by_status: {}, by_operation: {} };
    for (const [operation, statuses] of [...this.#byOperation].sort(([a], [b]) => a.localeCompare(b))) {
      const counts: Record<string, number> = {};
      for (const [status, count] of [...statuses].sort(([a], [b]) => a - b)) {
        counts[String(status)] = count;
        report.by_status[String(status)] = (report.by_status[String(status)] ?? 0) + count;
      }
      report.by_operation[operation] = counts;
    }
    return report;
  }

  clear(): void {
    this.#total = 0;
    this.#byOperation.clear();
  }
}
