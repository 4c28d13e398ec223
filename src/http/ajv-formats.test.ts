import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { addFormats } from './ajv-formats.js';

const validatorOf = (format: string) => addFormats(new Ajv({ validateSchema: false })).compile({ type: 'string', format });

describe('formats', () => {
  it('judges date-times as RFC 3339 does, the same each time a string comes back', () => {
    const dateTime = validatorOf('date-time');
    const verdicts = (texts: string[]) => texts.map((text) => dateTime(text));
    const texts = ['2024-02-29T10:00:00Z', '2023-02-29T10:00:00Z', '2024-01-01T23:59:60Z', '2024-01-01T10:59:60Z', '2024-01-01T10:00:00', '2024-01-01T10:00:00.123+05:30', `2024-01-01T10:00:00${'0'.repeat(100)}Z`];
    const expected = [true, false, true, false, false, true, false];
    expect(verdicts(texts)).toEqual(expected);
    expect(verdicts(texts)).toEqual(expected);
  });

  it('keeps judging right past the verdicts it remembers', () => {
    const date = validatorOf('date');
    for (let day = 0; day < 10_000; day += 1) expect(date(new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10))).toBe(true);
    expect(date('2001-02-29')).toBe(false);
    expect(date('2000-02-29')).toBe(true);
    expect(date('2000-13-01')).toBe(false);
  });
});
