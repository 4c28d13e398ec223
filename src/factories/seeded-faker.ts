import type { Faker, Randomizer } from '@faker-js/faker';
import { faker as englishFaker } from '@faker-js/faker/locale/en_US';

/**
 * sfc32: a small, fast, well-distributed generator. Faker's own Mersenne Twister takes about
 * 170 us to seed, and generation seeds once per simulated day of every account.
 */
function fastRandomizer(): Randomizer {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 1;
  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  return {
    // 53 random bits, as Math.random gives
    next: () => ((next32() >>> 5) * 67_108_864 + (next32() >>> 6)) / 9_007_199_254_740_992,
    seed: (seed) => {
      const words = Array.isArray(seed) ? seed : [seed];
      a = 0x9e3779b9;
      b = 0x243f6a88;
      c = 0xb7e15162;
      d = 1;
      for (const word of words) {
        a = (a ^ Math.trunc(word)) | 0;
        for (let i = 0; i < 12; i += 1) next32();
      }
    },
  };
}

let faker: Faker | undefined;

/** The same locale data as the English faker, with the fast generator; made on first use, as a start needs none. */
function seededFaker(): Faker {
  // its class, without loading every locale
  const FakerClass = englishFaker.constructor as typeof Faker;
  return (faker ??= new FakerClass({ locale: englishFaker.rawDefinitions, randomizer: fastRandomizer() }));
}

/**
 * Runs a builder on faker seeded with `seed`: the same seed gives the same data on every run and
 * machine. Builders are synchronous, so sharing the one faker instance is safe.
 */
export function withFaker<T>(seed: number, build: (f: Faker) => T): T {
  const seeded = seededFaker();
  seeded.seed(seed);
  return build(seeded);
}

export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}
