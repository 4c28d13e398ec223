import type { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { RAILS_DATE_FORMAT, railsDate } from './rails-casting.js';

type AddFormats = (ajv: Ajv) => Ajv;

/** ajv-formats is CommonJS; under NodeNext its function sits on `.default`. */
const addStandardFormats: AddFormats =
  ((addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats));

/** The standard formats, and the spec's own `rails-date` (a date or date-time Rails' Date.parse reads). */
export const addFormats: AddFormats = (ajv) =>
  addStandardFormats(ajv).addFormat(RAILS_DATE_FORMAT, { type: 'string', validate: (text: string) => railsDate(text) !== undefined });
