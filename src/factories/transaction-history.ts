import { createHash } from 'node:crypto';
import type { Account, Transaction } from '../spec/wire.js';
import type { AccountRecord, TransactionHistory } from '../store/tenant-state.js';
import { dayOf, mixSeed } from './calendar.js';
import type { SpendingCatalog } from './catalog.js';
import { compareText } from './compare.js';
import type { TransactionTemplate } from './data-sets.js';
import { PENDING_DAYS, buildTransaction, dayGenerator, draftFromTemplate, draftsOfDay, isPendingDay, type Dating } from './transactions.js';

/**
 * An account's transactions are never stored: they are a pure function of the account's seed
 * and of when which days were gathered (TransactionHistory). This file keeps that history and
 * derives the transactions from it.
 */

/** Histories keep at most this many gathered ranges; older neighbours merge (keeping the earlier time). */
export const MAX_SEGMENTS = 64;

/**
 * Days an account keeps, counted back from its newest gathered day: a statements job reaches 36
 * months and the first of the month before them (about 1,126 days), so this holds all of it, and a
 * clock moved centuries on does not grow a history without end.
 */
export const RETAINED_DAYS = 1_200;

/** The first day an account with this history keeps, or null when it has none. */
export function earliestRetainedDay(history: TransactionHistory | null): number | null {
  const newest = history?.segments.at(-1)?.[1];
  return newest === undefined ? null : newest - RETAINED_DAYS + 1;
}

/** The history after gathering the days `from`..`to` at simulated time `at`: only days not gathered yet are added. */
export function gatherDays(history: TransactionHistory | null, from: number, to: number, at: number): TransactionHistory {
  const segments = history ? history.segments.map((segment) => [...segment] as [number, number, number]) : [];
  let cursor = from;
  const added: [number, number, number][] = [];
  for (const [start, end] of segments) {
    if (end < cursor) continue;
    if (start > to) break;
    if (start > cursor) added.push([cursor, Math.min(to, start - 1), at]);
    cursor = Math.max(cursor, end + 1);
  }
  if (cursor <= to) added.push([cursor, to, at]);
  const merged = [...segments, ...added].sort((a, b) => a[0] - b[0]);
  while (merged.length > MAX_SEGMENTS) {
    const adjacent = merged.findIndex((segment, index) => index + 1 < merged.length && segment[1] + 1 === merged[index + 1]![0]);
    if (adjacent === -1) {
      merged.shift();
      continue;
    }
    const [first, second] = [merged[adjacent]!, merged[adjacent + 1]!];
    merged.splice(adjacent, 2, [first[0], second[1], Math.min(first[2], second[2])]);
  }
  const earliest = (merged.at(-1)?.[1] ?? 0) - RETAINED_DAYS + 1;
  const kept = merged.filter(([, end]) => end >= earliest).map(([start, end, gathered]) => [Math.max(start, earliest), end, gathered] as [number, number, number]);
  return { segments: kept, last_gathered_at: at, anchor_day: history?.anchor_day ?? dayOf(at) };
}

/** Days gathered so far (0 before any). */
export function gatheredDayCount(history: TransactionHistory | null): number {
  return history ? history.segments.reduce((sum, [from, to]) => sum + to - from + 1, 0) : 0;
}

/** When the day was gathered, or null when it never was. */
function gatheredAt(history: TransactionHistory, day: number): number | null {
  const { segments } = history;
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to, at] = segments[middle]!;
    if (day < from) high = middle - 1;
    else if (day > to) low = middle + 1;
    else return at;
  }
  return null;
}

/**
 * How a day's transactions are dated: created when the day was gathered; posted then when the
 * day was no longer pending, otherwise by the gathering that covered the first day on which it
 * no longer is (that gathering is the first to see it settled); still pending when none did yet.
 */
function datingOf(history: TransactionHistory, day: number, gathered: number, forcePosted: boolean): Dating {
  if (forcePosted || !isPendingDay(day, gathered)) return { gathered_at: gathered, posted_by: gathered };
  if (isPendingDay(day, history.last_gathered_at)) return { gathered_at: gathered, posted_by: null };
  return { gathered_at: gathered, posted_by: gatheredAt(history, day + PENDING_DAYS + 1) ?? history.last_gathered_at };
}

/** 128 bits that name the account for derived ids, from its guid and seed. */
function accountKey(account: Account, seed: number): number[] {
  const digest = createHash('sha256').update(`${account.guid}\u0000${seed}`).digest();
  return [digest.readUInt32BE(0), digest.readUInt32BE(4), digest.readUInt32BE(8), digest.readUInt32BE(12)];
}

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** A transaction guid that depends only on the account, the day and the place in the day (pinned ones count from 1,000,000). */
function derivedGuid(key: number[], day: number, index: number): string {
  const hex = key.map((word, part) => hex8(mixSeed(mixSeed(word, day), index * 4 + part))).join('');
  return `TRN-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Newest first by `date`, then by guid so that pages never shuffle (the order of every transaction list). */
export function newestFirst(a: Transaction, b: Transaction): number {
  return compareText(b.date, a.date) || compareText(a.guid, b.guid);
}

/**
 * Every transaction of the account as gathered so far, newest first: the generated days of each
 * gathered range, the data set's pinned transactions (`days_ago` before the first gathering),
 * and what a version 1 state file held.
 */
export function deriveTransactions(record: AccountRecord, pinned: readonly TransactionTemplate[], catalog: SpendingCatalog): Transaction[] {
  const { history, account } = record;
  const found: Transaction[] = record.imported ? [...record.imported] : [];
  if (history) {
    // the story is told from the balance the account had when discovered, never a refreshed one
    const basis = { ...account, balance: record.basis_balance ?? account.balance };
    const generator = dayGenerator(basis, record.seed, catalog);
    const key = accountKey(account, record.seed);
    if (generator) {
      const [importedFrom, importedTo] = record.imported_days ?? [1, 0];
      for (const [from, to, at] of history.segments) {
        for (let day = from; day <= to; day += 1) {
          if (day >= importedFrom && day <= importedTo) continue;
          const drafts = draftsOfDay(generator, day);
          for (let index = 0; index < drafts.length; index += 1) {
            const draft = drafts[index]!;
            found.push(buildTransaction(draft, account, derivedGuid(key, day, index), catalog, datingOf(history, day, at, draft.status === 'POSTED')));
          }
        }
      }
    }
    pinned.forEach((template, index) => {
      const day = history.anchor_day - template.days_ago;
      const at = gatheredAt(history, day);
      if (at === null || record.imported_days) return;
      const draft = draftFromTemplate(template, day);
      found.push(buildTransaction(draft, account, derivedGuid(key, day, 1_000_000 + index), catalog, datingOf(history, day, at, draft.status === 'POSTED')));
    });
  }
  return found.sort(newestFirst);
}

/** A cheap estimate of what a derived list holds in memory, for the cache's byte budget. */
export function estimatedBytes(transactions: readonly Transaction[]): number {
  return 256 + transactions.length * 1_200;
}

