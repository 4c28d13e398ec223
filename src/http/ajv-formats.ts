import type { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { RAILS_DATE_FORMAT, railsDate } from './rails-casting.js';

type AddFormats = (ajv: Ajv) => Ajv;

/** ajv-formats is CommonJS; under NodeNext its function sits on `.default`. */
const addStandardFormats: AddFormats =
  ((addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats));

/** A date-time is 20 to 35 characters; longer strings are checked every time, never kept. */
const REMEMBERED_LENGTH = 64;
/** Verdicts kept per format (about 0.5 MB at most); all are forgotten when it is full. */
const REMEMBERED_VERDICTS = 4_096;

/**
 * The same verdicts, remembered: replies carry the same stored timestamps again and again, and
 * ajv-formats' date-time check (split, two regular expressions, range checks) was two thirds of
 * validating a page of 25 accounts.
 */
function remembered(validate: (text: string) => boolean): (text: string) => boolean {
  const verdicts = new Map<string, boolean>();
  return (text) => {
    if (text.length > REMEMBERED_LENGTH) return validate(text);
    let verdict = verdicts.get(text);
    if (verdict === undefined) {
      if (verdicts.size >= REMEMBERED_VERDICTS) verdicts.clear();
      verdict = validate(text);
      verdicts.set(text, verdict);
    }
    return verdict;
  };
}

const REMEMBERED_FORMATS = ['date', 'date-time'];

/** The standard formats (date and date-time remembered), and the spec's own `rails-date` (a date or date-time Rails' Date.parse reads). */
export const addFormats: AddFormats = (ajv) => {
  addStandardFormats(ajv);
  for (const name of REMEMBERED_FORMATS) {
    const format = ajv.formats[name];
    if (format && typeof format === 'object' && 'validate' in format && typeof format.validate === 'function') {
      const { validate, compare } = format as { validate: (text: string) => boolean; compare?: (a: string, b: string) => number | undefined };
      ajv.addFormat(name, { type: 'string', validate: remembered(validate), ...(compare ? { compare } : {}) });
    }
  }
  return ajv.addFormat(RAILS_DATE_FORMAT, { type: 'string', validate: remembered((text: string) => railsDate(text) !== undefined) });
};
