import { createHash } from 'node:crypto';
import { xoroshiro128plus } from 'pure-rand/generator/XoroShiro';

/**
 * Seeded randomness whose whole state is a plain array, so it lives inside the tenant state
 * and survives snapshot/restore: the same seed and the same calls give the same GUIDs.
 */
export type RandomState = number[];

export function seedRandom(seed: string | number, stream: string): RandomState {
  const digest = createHash('sha256').update(`${seed}\u0000${stream}`).digest();
  return [...xoroshiro128plus(digest.readInt32BE(0)).getState()];
}

/** Draws `count` unsigned 32-bit integers and advances the state in place. */
export function drawUint32(state: RandomState, count: number): number[] {
  const generator = xoroshiro128plus.fromState(state);
  const values: number[] = [];
  for (let i = 0; i < count; i += 1) values.push(generator.unsafeNext() >>> 0);
  state.splice(0, state.length, ...generator.getState());
  return values;
}

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** MX ids: `PREFIX-` + 8-4-4-4-12 lowercase hex. */
export function nextGuid(state: RandomState, prefix: string): string {
  const hex = drawUint32(state, 4).map(hex8).join('');
  return `${prefix}-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
