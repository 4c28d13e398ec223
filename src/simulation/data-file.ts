import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';

/** YAML 1.2 core types only: a date stays a string, as in JSON. */
export const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });
import type { z } from 'zod';

/** A data file (scenario, seed set) that does not say what it should: its path and every bad field. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
    kind = 'file',
  ) {
    super(`Invalid ${kind} ${file}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'DataFileError';
  }
}

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(file)'}: ${issue.message}`);
}

/** Parses YAML text and validates it; throws a DataFileError naming the file and fields. */
export function parseYamlData<T>(text: string, file: string, schema: z.ZodType<T>, kind: string): T {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new DataFileError(file, [`not valid YAML: ${(error as Error).message}`], kind);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new DataFileError(file, describeIssues(result.error), kind);
  return result.data;
}

export function readYamlData<T>(file: string, schema: z.ZodType<T>, kind: string): T {
  return parseYamlData(readFileSync(file, 'utf8'), file, schema, kind);
}
