import type { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

type AddFormats = (ajv: Ajv) => Ajv;

/** ajv-formats is CommonJS; under NodeNext its function sits on `.default`. */
export const addFormats: AddFormats =
  ((addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats));
