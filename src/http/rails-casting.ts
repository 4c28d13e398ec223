import type { Document } from 'openapi-backend';

/**
 * What vestibule (Rails) accepted where the spec says boolean or date, applied before request
 * validation. The fields come from the spec, found once per operation when the simulator starts:
 * every query parameter and request body property of `type: boolean` or `format: rails-date`.
 *
 * Booleans: Rails' ActiveModel::Type::Boolean spellings, in any case (the Python and C# SDKs send
 * `True`/`False`), so `true t 1 on` and `false f 0 off`; JSON numbers 1 and 0 in bodies. A blank
 * value counts as not given, as Rails reads it as nil (the PHP SDK sends `false` as an empty value).
 * Anything else is a 400 that names the accepted spellings, where Rails would have read it as true.
 *
 * Dates: what Rails' Date.parse reads from the date and date-time strings SDKs and their languages
 * produce (see {@link railsDate}); the date part is used as written, without time zone conversion.
 */

export const TRUE_SPELLINGS = ['true', 't', '1', 'on'] as const;
export const FALSE_SPELLINGS = ['false', 'f', '0', 'off'] as const;

const BOOLEAN_HINT = `true or false (also ${TRUE_SPELLINGS.slice(1).map((word, index) => `${word}/${FALSE_SPELLINGS[index + 1]}`).join(', ')}, in any case)`;
const DATE_HINT = 'a date such as 2019-01-01, or a date-time such as 2019-01-01T00:00:00Z whose date is used';

/** The custom `format` of date parameters in the spec: a string Rails' Date.parse reads. */
export const RAILS_DATE_FORMAT = 'rails-date';

/** `true`/`false` for a Rails boolean spelling, `null` for blank (not given), undefined for anything else. */
export function railsBoolean(value: unknown): boolean | null | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (word === '') return null;
  if ((TRUE_SPELLINGS as readonly string[]).includes(word)) return true;
  if ((FALSE_SPELLINGS as readonly string[]).includes(word)) return false;
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// A time after the date: 13:45, 13:45:30, 13:45:30.1234567 (any fraction) ...
const TIME = String.raw`\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?`;
// ... and a zone: Z, +01:00, +0100, +01, UTC, GMT, Go's "+0000 UTC", Java's "Z[Europe/Paris]".
const ZONE = String.raw`(?:\s?(?:[Zz]|[+-]\d{2}(?::?\d{2})?))?(?:\s?[A-Za-z]{1,5})?(?:\[[A-Za-z0-9_/+-]{1,40}\])?`;
/** 2019-01-01, 2019-1-1 and ISO 8601 / RFC 3339 date-times with `T` or a space. */
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]${TIME}${ZONE})?$`);
/** 20190101, ISO 8601's basic format. */
const BASIC_DATE = /^(\d{4})(\d{2})(\d{2})$/;
/** RFC 2822 / RFC 1123 (HTTP dates, JavaScript's toUTCString, C#'s "r"): Tue, 01 Jan 2019 00:00:00 GMT. */
const RFC_2822_DATE = new RegExp(String.raw`^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})(?:\s+${TIME}${ZONE})?$`);

/** YYYY-MM-DD when year, month and day make a real calendar date. */
function calendarDate(year: string, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const utc = new Date(0);
  utc.setUTCFullYear(Number(year), month - 1, day);
  if (utc.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date (YYYY-MM-DD) a date or date-time string names, as Rails' Date.parse reads it: the date
 * part as written, so `2019-01-01T23:30:00-05:00` is 2019-01-01. Accepted: ISO 8601 / RFC 3339
 * dates and date-times (Python's isoformat, JavaScript's toISOString, Java's Instant and
 * OffsetDateTime, Go's RFC 3339 and Time.String, PHP's ATOM, C#'s "o", "s" and "u", Ruby's
 * Time#to_s), the basic form 20190101, and RFC 2822 dates. Anything else (or an impossible date
 * such as 2019-02-30) is undefined.
 */
export function railsDate(text: string): string | undefined {
  if (text.length > 80) return undefined;
  const value = text.trim();
  const iso = ISO_DATE.exec(value) ?? BASIC_DATE.exec(value);
  if (iso) return calendarDate(iso[1]!, Number(iso[2]), Number(iso[3]));
  const rfc = RFC_2822_DATE.exec(value);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase());
    return month === -1 ? undefined : calendarDate(rfc[3]!, month + 1, Number(rfc[1]));
  }
  return undefined;
}

type Kind = 'boolean' | 'date';
/** A field to cast: its location inside the query or body, `*` standing for every array item. */
interface CastField {
  path: string[];
  kind: Kind;
}
interface OperationPlan {
  query: CastField[];
  body: CastField[];
}

export type CastResult = { ok: true; query: Record<string, unknown>; body: unknown } | { ok: false; message: string };

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
};

/** The operations and their casts, from one walk over the spec when the simulator starts. */
export class RailsCasting {
  readonly #plans = new Map<string, OperationPlan>();

  constructor(document: Document) {
    const resolve = <T extends object>(node: T | { $ref?: string } | undefined, seen = new Set<string>()): T | undefined => {
      const ref = (node as { $ref?: string } | undefined)?.$ref;
      if (!ref) return node as T | undefined;
      if (seen.has(ref) || !ref.startsWith('#/')) return undefined;
      seen.add(ref);
      const target = ref
        .slice(2)
        .split('/')
        .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], document);
      return resolve(target as T, seen);
    };
    const kindOf = (schema: Schema): Kind | undefined => (schema.type === 'boolean' ? 'boolean' : schema.format === RAILS_DATE_FORMAT ? 'date' : undefined);
    const fieldsOf = (node: Schema | undefined, path: string[], depth = 0): CastField[] => {
      const schema = resolve<Schema>(node);
      if (!schema || depth > 12) return [];
      const kind = kindOf(schema);
      if (kind) return [{ path, kind }];
      const nested = [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap((part) => fieldsOf(part, path, depth + 1));
      const properties = Object.entries(schema.properties ?? {}).flatMap(([name, property]) => fieldsOf(property, [...path, name], depth + 1));
      const items = schema.items ? fieldsOf(schema.items, [...path, '*'], depth + 1) : [];
      return [...nested, ...properties, ...items];
    };

    type Operation = { operationId?: string; parameters?: unknown[]; requestBody?: unknown };
    for (const item of Object.values(document.paths ?? {})) {
      const pathParameters = (item as { parameters?: unknown[] }).parameters ?? [];
      for (const operation of Object.values(item ?? {}) as Operation[]) {
        if (!operation?.operationId) continue;
        const query = [...pathParameters, ...(operation.parameters ?? [])]
          .map((parameter) => resolve<{ in?: string; name?: string; schema?: Schema }>(parameter as object))
          .filter((parameter) => parameter?.in === 'query' && parameter.name)
          .flatMap((parameter) => fieldsOf(parameter!.schema, [parameter!.name!]).filter((field) => field.path.length === 1));
        const body = resolve<{ content?: Record<string, { schema?: Schema }> }>(operation.requestBody as object);
        this.#plans.set(operation.operationId, { query, body: fieldsOf(body?.content?.['application/json']?.schema, []) });
      }
    }
  }

  /** The boolean and date fields found for an operation (for tests and docs). */
  fieldsOf(operationId: string): { query: string[]; body: string[] } {
    const plan = this.#plans.get(operationId);
    const names = (fields: CastField[]) => fields.map((field) => `${field.path.join('.')} (${field.kind})`);
    return { query: names(plan?.query ?? []), body: names(plan?.body ?? []) };
  }

  /** The query and body with Rails' spellings turned into the spec's types; a value Rails could not read is a 400. */
  cast(operationId: string, query: Record<string, unknown>, body: unknown): CastResult {
    const plan = this.#plans.get(operationId);
    if (!plan || (plan.query.length === 0 && plan.body.length === 0)) return { ok: true, query, body };
    const problems: string[] = [];
    const castQuery = { ...query };
    for (const field of plan.query) {
      const name = field.path[0]!;
      if (!Object.hasOwn(castQuery, name)) continue;
      castField(castQuery, name, field.kind, `query parameter ${name}`, problems);
    }
    // copied only when some field holds a value a cast would change (most bodies are typed JSON already)
    const castBody = body !== null && typeof body === 'object' && plan.body.some((field) => wantsCast(body, field.path, field.kind)) ? structuredClone(body) : body;
    if (castBody !== body) for (const field of plan.body) castAt(castBody, field.path, field.kind, 'request body', problems);
    return problems.length > 0 ? { ok: false, message: `Invalid request: ${problems.join('; ')}.` } : { ok: true, query: castQuery, body: castBody };
  }
}

/** Casts `holder[key]` in place; blank values are removed (not given). Values of other types are left for the validator. */
function castField(holder: Record<string, unknown>, key: string, kind: Kind, where: string, problems: string[]): void {
  const value = holder[key];
  if (kind === 'boolean') {
    if (typeof value === 'boolean' || value === null) return;
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const cast = railsBoolean(value);
    if (cast === null) delete holder[key];
    else if (cast === undefined) problems.push(`${where} must be ${BOOLEAN_HINT}; got ${quoted(value)}`);
    else holder[key] = cast;
    return;
  }
  if (typeof value !== 'string') return;
  if (value.trim() === '') {
    delete holder[key];
    return;
  }
  const date = railsDate(value);
  if (date === undefined) problems.push(`${where} must be ${DATE_HINT}; got ${quoted(value)}`);
  else holder[key] = date;
}

/** The refused value for the message, cut short: it comes from the client. */
function quoted(value: string | number): string {
  return JSON.stringify(typeof value === 'string' && value.length > 80 ? `${value.slice(0, 80)}...` : value);
}

/** Whether castAt would look at a value of a kind it casts (a string, or a number for a boolean) on this path. */
function wantsCast(node: unknown, path: string[], kind: Kind): boolean {
  if (node === null || typeof node !== 'object') return false;
  const [head, ...rest] = path;
  if (head === undefined) return false;
  if (head === '*') return Array.isArray(node) && node.some((item) => wantsCast(item, rest, kind));
  if (Array.isArray(node) || !Object.hasOwn(node, head)) return false;
  const value = (node as Record<string, unknown>)[head];
  if (rest.length > 0) return wantsCast(value, rest, kind);
  return typeof value === 'string' || (kind === 'boolean' && typeof value === 'number');
}

function castAt(node: unknown, path: string[], kind: Kind, where: string, problems: string[]): void {
  if (node === null || typeof node !== 'object') return;
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (head === '*') {
    if (!Array.isArray(node)) return;
    node.forEach((item, index) => castAt(item, rest, kind, `${where}[${index}]`, problems));
    return;
  }
  if (Array.isArray(node) || !Object.hasOwn(node, head)) return;
  const holder = node as Record<string, unknown>;
  const location = where === 'request body' ? `${where} ${head}` : `${where}.${head}`;
  if (rest.length === 0) castField(holder, head, kind, location, problems);
  else castAt(holder[head], rest, kind, location, problems);
}
