import { z } from 'zod';
import { parseDuration } from '../simulation/duration.js';
import { drawUint32, seedRandom, type RandomState } from '../store/random.js';
import { compileGlob, type PathMatcher } from './glob.js';

const duration = z.string().refine((text) => parseDuration(text) !== undefined, { message: 'expected a duration such as "30s", "5m" or "1h"' });

/** A fault as a client arms it (POST /__mock/faults or sim.faults.add). */
export const faultSpecSchema = z
  .strictObject({
    method: z.enum(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']).optional(),
    /** Request path; `*` matches one segment, `**` any number, e.g. `/users/*\/members/*\/status`. */
    path: z.string().max(1024).regex(/^\//, 'expected a path starting with /'),
    status: z.int().min(400).max(599).optional(),
    message: z.string().min(1).optional(),
    latency_ms: z.int().min(1).max(60_000).optional(),
    /** Probability that a matching request is hit (seeded, so reproducible). */
    rate: z.number().gt(0).max(1).optional(),
    /** Hit only every Nth matching request (the Nth, 2Nth, ...). */
    every: z.int().min(1).optional(),
    /** Stop after hitting this many requests. */
    count: z.int().min(1).optional(),
    /** Stop after this much simulated time. */
    duration: duration.optional(),
  })
  .refine((spec) => spec.status !== undefined || spec.latency_ms !== undefined, {
    message: 'a fault needs a status, a latency_ms, or both',
    path: ['status'],
  });
export type FaultSpec = z.infer<typeof faultSpecSchema>;

export interface Fault extends FaultSpec {
  id: string;
  created_at: number;
  expires_at: number | null;
  /** Matching requests seen and hit so far. */
  matched: number;
  hits: number;
}

/** One tenant's armed faults; matching is deterministic for a given seed. */
export class FaultTable {
  #faults: (Fault & { matches: PathMatcher; random: RandomState })[] = [];
  #next = 1;

  constructor(private readonly seed: string) {}

  get size(): number {
    return this.#faults.length;
  }

  add(spec: FaultSpec, now: number): Fault {
    const id = `FLT-${this.#next++}`;
    const ms = spec.duration ? parseDuration(spec.duration)! : null;
    const fault = { ...spec, id, created_at: now, expires_at: ms === null ? null : now + ms, matched: 0, hits: 0 };
    this.#faults.push({ ...fault, matches: compileGlob(spec.path), random: seedRandom(this.seed, id) });
    return fault;
  }

  list(now: number): Fault[] {
    this.#prune(now);
    return this.#faults.map(({ matches: _matches, random: _random, ...fault }) => fault);
  }

  remove(id: string): boolean {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((fault) => fault.id !== id);
    return this.#faults.length < before;
  }

  clear(): void {
    this.#faults = [];
  }

  /** The first armed fault that hits this request, counting it; null when none does. */
  match(method: string, path: string, now: number): Fault | null {
    if (this.#faults.length === 0) return null;
    this.#prune(now);
    for (const fault of this.#faults) {
      if ((fault.method && fault.method !== method) || !fault.matches(path)) continue;
      fault.matched += 1;
      if (fault.every && fault.matched % fault.every !== 0) continue;
      if (fault.rate !== undefined && drawUint32(fault.random, 1)[0]! / 2 ** 32 >= fault.rate) continue;
      fault.hits += 1;
      return fault;
    }
    return null;
  }

  #prune(now: number): void {
    this.#faults = this.#faults.filter((fault) => (fault.expires_at === null || now < fault.expires_at) && (fault.count === undefined || fault.hits < fault.count));
  }
}
