import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { checkedData } from './checked-data.js';

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

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
const DEFAULT_UNION_MESSAGE = 'Invalid input';

/**
 * Which alternative of a union the author meant: not one the value is the wrong kind for, then the
 * one with the fewest problems (an unknown key counts once per key).
 */
function likeliestBranch(branches: Issue[][], value: unknown): Issue[] | undefined {
  const isObject = value !== null && typeof value === 'object';
  const wrongKind = (issue: Issue) => issue.path.length === 0 && (issue.code === 'invalid_type' || (issue.code === 'invalid_value' && isObject));
  const kindFits = branches.filter((issues) => !issues.every(wrongKind));
  const weight = (issues: Issue[]) => issues.reduce((sum, issue) => sum + (issue.code === 'unrecognized_keys' ? issue.keys.length : 1), 0);
  return [...kindFits].sort((a, b) => weight(a) - weight(b))[0];
}

/** One line per problem: the field, what is accepted (every allowed value of an enum), what the file has. */
function describeIssue(issue: Issue, data: unknown, base: Path): string[] {
  const path = [...base, ...issue.path];
  const where = path.length ? path.join('.') : '(file)';
  if (issue.code === 'invalid_union' && issue.message === DEFAULT_UNION_MESSAGE) {
    const branch = likeliestBranch(issue.errors, valueAt(data, path));
    if (branch) return branch.flatMap((inner) => describeIssue(inner, data, path));
    const kinds = [...new Set(issue.errors.flat().map((inner) => (inner.code === 'invalid_type' ? inner.expected : inner.message)))];
    return [`${where}: expected ${kinds.join(' or ')}; got ${JSON.stringify(valueAt(data, path))}`];
  }
  if (issue.code === 'invalid_value') {
    const accepted = issue.values.map(show);
    return [`${where}: expected ${accepted.length === 1 ? accepted[0] : `one of ${accepted.join(', ')}`}; got ${JSON.stringify(valueAt(data, path))}`];
  }
  return [`${where}: ${issue.message}`];
}

/** Every problem of a parse, one line each; pass the parsed data to quote the values that are wrong. */
export function describeIssues(error: z.ZodError, data?: unknown): string[] {
  return error.issues.flatMap((issue) => describeIssue(issue, data, []));
}

/** Parses YAML text and validates it; throws a DataFileError naming the file and fields. */
export function parseYamlData<T>(text: string, file: string, schema: z.ZodType<T>, kind: string): T {
  return checkedData(kind, text, () => {
    let raw: unknown;
    try {
      raw = parseYaml(text);
    } catch (error) {
      throw new DataFileError(file, [`not valid YAML: ${(error as Error).message}`], kind);
    }
    const result = schema.safeParse(raw);
    if (!result.success) throw new DataFileError(file, describeIssues(result.error, raw), kind);
    return result.data;
  });
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
