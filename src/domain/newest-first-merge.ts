import { newestFirst } from '../factories/transaction-history.js';
import type { Transaction } from '../spec/wire.js';

/** Part of a newest-first list: items `start` to `end` (exclusive). */
export interface Run {
  list: readonly Transaction[];
  start: number;
  end: number;
}

/** Items `offset`..`offset + count` of several newest-first runs merged in newestFirst order. */
export function mergedPage(runs: readonly Run[], offset: number, count: number): Transaction[] {
  if (runs.length === 1) {
    const [run] = runs;
    return run!.list.slice(run!.start + offset, Math.min(run!.end, run!.start + offset + count));
  }
  // a binary heap of cursors, one per run
  const heap = runs.filter((run) => run.start < run.end).map((run) => ({ ...run }));
  const less = (a: Run, b: Run) => newestFirst(a.list[a.start]!, b.list[b.start]!) < 0;
  const down = (from: number) => {
    let index = from;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let best = index;
      if (left < heap.length && less(heap[left]!, heap[best]!)) best = left;
      if (right < heap.length && less(heap[right]!, heap[best]!)) best = right;
      if (best === index) return;
      [heap[index], heap[best]] = [heap[best]!, heap[index]!];
      index = best;
    }
  };
  for (let index = (heap.length >> 1) - 1; index >= 0; index -= 1) down(index);
  const page: Transaction[] = [];
  for (let position = 0; position < offset + count && heap.length > 0; position += 1) {
    const top = heap[0]!;
    if (position >= offset) page.push(top.list[top.start]!);
    top.start += 1;
    if (top.start >= top.end) {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
    }
    down(0);
  }
  return page;
}

/** Several whole newest-first lists as one. */
export function mergedLists(lists: readonly (readonly Transaction[])[]): Transaction[] {
  const runs = lists.filter((list) => list.length > 0).map((list) => ({ list, start: 0, end: list.length }));
  if (runs.length === 0) return [];
  return mergedPage(runs, 0, runs.reduce((sum, run) => sum + run.end, 0));
}
