import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from './json-stream.js';

describe('jsonPieces', () => {
  it('joins to exactly what JSON.stringify writes, at every depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value));
      }),
    );
  });

  it('leaves out undefined members and writes null for undefined items, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1], c: { toJSON: () => 'x' }, d: new Date(0) };
    expect([...jsonPieces(value, 4)].join('')).toBe(JSON.stringify(value));
  });
});
