import type { Faker } from '@faker-js/faker';
import { faker } from '@faker-js/faker/locale/en_US';

/**
 * Runs a builder on faker seeded with `seed`: the same seed gives the same data on every run and
 * machine. Builders are synchronous, so sharing the one faker instance is safe.
 */
export function withFaker<T>(seed: number, build: (f: Faker) => T): T {
  faker.seed(seed);
  return build(faker);
}

export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}
