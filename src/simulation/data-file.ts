import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

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

/** jsonc-parser's error names, said plainly. */
const PHRASES: Record<string, string> = {
  InvalidSymbol: 'a character that cannot start a JSON value',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the text goes on after the JSON value ended',
  InvalidCommentToken: 'a comment, which JSON does not allow',
  UnexpectedEndOfComment: 'an unfinished comment',
  UnexpectedEndOfString: 'the text ends inside a string',
  UnexpectedEndOfNumber: 'the text ends inside a number',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'a malformed escape',
  InvalidCharacter: 'a control character inside a string',
};

/**
 * Where a JSON text is malformed and how, never what it says (a body may carry a password, a
 * clients or state file keys): line, column and offset of the first problem.
 */
export function describeMalformedJson(text: string, where = 'request body'): string {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // the parser recurses: a file nested past the stack gets no position
    return `Malformed JSON in ${where} (nested too deep to say where).`;
  }
  const first = errors[0];
  if (!first) return `Malformed JSON in ${where}.`;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const name = printParseErrorCode(first.error);
  const what = PHRASES[name] ?? name;
  return `Malformed JSON in ${where} at line ${line}, column ${column} (character ${first.offset + 1}): ${what}.`;
}
