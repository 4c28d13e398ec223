/**
 * Webhook chaos, as MX warns a receiver to expect: the same webhook twice, webhooks out of order,
 * fields nobody documented yet, and nulls. Pure and deterministic: every decision is drawn from
 * the tenant's seed and a counter the caller keeps (one value per payload), so the same seed and
 * the same webhooks give the same chaos, run after run.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isWebhookType } from './types.js';
import { nullableFields } from './validate.js';

/** Per-tenant chaos settings, e.g. `{"duplicate": 0.2, "reorder": true, "unknown_fields": true, "nulls": true}`. */
export interface ChaosConfig {
  /** Probability (0..1) that a webhook is delivered a second time, right after the first. */
  duplicate?: number;
  /** Swap adjacent deliveries (each pair with probability 1/2). */
  reorder?: boolean;
  /** Add one to three fields MX does not document (yet), at random places in the payload. */
  unknown_fields?: boolean;
  /** Null some of the fields the spec allows to be null. */
  nulls?: boolean;
}

/** The config as a client sends it (control plane); unknown keys are refused so typos do not pass silently. */
export const chaosConfigSchema = z.strictObject({
  duplicate: z.number().min(0).max(1).optional(),
  reorder: z.boolean().optional(),
  unknown_fields: z.boolean().optional(),
  nulls: z.boolean().optional(),
});

/** No chaos at all. */
export const isCalm = (config: ChaosConfig): boolean => !config.duplicate && !config.reorder && !config.unknown_fields && !config.nulls;

/** A number in [0, 1) fixed by the seed, the counter and what it decides. */
export function chaosDraw(seed: string, counter: number, purpose: string): number {
  const digest = createHash('sha256').update(`${seed}\u0000${counter}\u0000${purpose}`).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

const UNKNOWN_VALUES: readonly ((draw: number) => unknown)[] = [
  (draw) => `atrium-mock-${Math.floor(draw * 1e6)}`,
  (draw) => Math.floor(draw * 1000),
  (draw) => draw < 0.5,
  () => null,
  (draw) => ({ note: 'a field MX may add at any time', value: Math.floor(draw * 100) }),
  (draw) => [Math.floor(draw * 10), 'atrium-mock'],
];

type Payload = Record<string, unknown>;

/** The payload with one to three undocumented fields inserted at drawn positions (so the key order changes too). */
export function withUnknownFields(payload: Payload, seed: string, counter: number): { payload: Payload; added: string[] } {
  const count = 1 + Math.floor(chaosDraw(seed, counter, 'unknown:count') * 3);
  const entries = Object.entries(payload);
  const added: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = `atrium_mock_unknown_${createHash('sha256').update(`${seed}\u0000${counter}\u0000unknown:name:${index}`).digest('hex').slice(0, 6)}`;
    if (Object.hasOwn(payload, name) || added.includes(name)) continue;
    const value = UNKNOWN_VALUES[Math.floor(chaosDraw(seed, counter, `unknown:kind:${index}`) * UNKNOWN_VALUES.length)]!(chaosDraw(seed, counter, `unknown:value:${index}`));
    entries.splice(Math.floor(chaosDraw(seed, counter, `unknown:at:${index}`) * (entries.length + 1)), 0, [name, value]);
    added.push(name);
  }
  return { payload: Object.fromEntries(entries), added };
}

/** The payload with some of its non-null nullable fields set to null (each with probability 1/2, at least one). */
export function withNulls(payload: Payload, seed: string, counter: number): { payload: Payload; nulled: string[] } {
  const type = payload.type;
  const candidates = isWebhookType(type) ? nullableFields(type).filter((field) => payload[field] !== null && payload[field] !== undefined) : [];
  if (candidates.length === 0) return { payload, nulled: [] };
  let nulled = candidates.filter((field) => chaosDraw(seed, counter, `null:${field}`) < 0.5);
  if (nulled.length === 0) nulled = [candidates[Math.floor(chaosDraw(seed, counter, 'null:one') * candidates.length)]!];
  const copy = { ...payload };
  for (const field of nulled) copy[field] = null;
  return { payload: copy, nulled };
}

/** One delivery chaos planned: the payload to send and what chaos did to it. */
export interface ChaosDelivery {
  payload: Payload;
  /** Index of the webhook (in the list given) this delivery sends. */
  source: number;
  /** True for the second copy of a duplicated webhook. */
  duplicate: boolean;
  /** What chaos did, e.g. `added atrium_mock_unknown_1a2b3c`, `nulled user_id`, `duplicated`, `swapped with the next delivery`. */
  changes: string[];
}

export interface ChaosPlan {
  deliveries: ChaosDelivery[];
  /** The counter to pass next time: one value per webhook given. */
  nextCounter: number;
}

/**
 * Plans the deliveries of webhooks emitted together (in order): mutates each payload, adds
 * duplicates, then swaps adjacent deliveries. `counter` is the tenant's count of webhooks so far.
 * With a calm config the payloads come back as given, one delivery each.
 */
export function planChaos(payloads: readonly Payload[], config: ChaosConfig, seed: string, counter: number): ChaosPlan {
  const deliveries: ChaosDelivery[] = [];
  payloads.forEach((original, index) => {
    const at = counter + index;
    let payload = original;
    const changes: string[] = [];
    if (config.nulls) {
      const result = withNulls(payload, seed, at);
      payload = result.payload;
      changes.push(...result.nulled.map((field) => `nulled ${field}`));
    }
    if (config.unknown_fields) {
      const result = withUnknownFields(payload, seed, at);
      payload = result.payload;
      changes.push(...result.added.map((field) => `added ${field}`));
    }
    deliveries.push({ payload, source: index, duplicate: false, changes });
    if (config.duplicate && chaosDraw(seed, at, 'duplicate') < config.duplicate) {
      deliveries.push({ payload, source: index, duplicate: true, changes: [...changes, 'duplicated'] });
    }
  });
  if (config.reorder) {
    for (let index = 0; index + 1 < deliveries.length; index += 1) {
      if (chaosDraw(seed, counter + index, 'reorder') >= 0.5) continue;
      const first = deliveries[index]!;
      deliveries[index] = { ...deliveries[index + 1]!, changes: [...deliveries[index + 1]!.changes, 'swapped with the previous delivery'] };
      deliveries[index + 1] = { ...first, changes: [...first.changes, 'swapped with the next delivery'] };
      index += 1; // a delivery moves one place at most
    }
  }
  return { deliveries, nextCounter: counter + payloads.length };
}

/**
 * Reorder for webhooks emitted one at a time (a job finishing, a status changing): whether the
 * delivery at `counter` waits and goes out right after the next webhook of the tenant, the same
 * swap planChaos makes within one list. The caller sends a held delivery when the next one is
 * sent, or when nothing follows before its first retry would be due.
 */
export function holdsForReorder(config: ChaosConfig, seed: string, counter: number): boolean {
  return config.reorder === true && chaosDraw(seed, counter, 'reorder:hold') < 0.5;
}
