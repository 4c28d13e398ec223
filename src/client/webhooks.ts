/**
 * Reading MX webhooks as a receiver should (docs.mx.com/resources/webhooks): tolerant of nulls,
 * of fields MX adds later and of any field order, strict about what makes a body a webhook at all.
 * A receiver answers 204 once it has parsed the body, and also for an `unknown_type` error (MX
 * "may add" types), never an error status for a body it cannot use: MX would send it again.
 *
 * Types come from the generated webhook types only (never server code).
 */
import type { components } from '../generated/webhooks.js';

type Schemas = components['schemas'];

/** A schema's documented fields only (the generated types also allow any other key). */
type Documented<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

export type AtriumWebhookType = Schemas['WebhookType'];
export type AggregationWebhook = Documented<Schemas['AggregationWebhook']>;
export type BalanceWebhook = Documented<Schemas['BalanceWebhook']>;
export type HistoryWebhook = Documented<Schemas['HistoryWebhook']>;
export type StatementWebhook = Documented<Schemas['StatementWebhook']>;
export type VerificationWebhook = Documented<Schemas['VerificationWebhook']>;
export type ConnectionStatusWebhook = Documented<Schemas['ConnectionStatusWebhook']>;
export type WebhookConnectionStatus = Schemas['WebhookConnectionStatus'];

/** A parsed webhook: exactly MX's documented fields of its type (absent optional ones as null), told apart by `type`. */
export type AtriumWebhook = AggregationWebhook | BalanceWebhook | HistoryWebhook | StatementWebhook | VerificationWebhook | ConnectionStatusWebhook;

export type AtriumWebhookOf<T extends AtriumWebhookType> = Extract<AtriumWebhook, { type: T }>;

export type AtriumWebhookErrorReason =
  /** The body is text or bytes that are not JSON. */
  | 'not_json'
  /** The JSON is not an object. */
  | 'not_an_object'
  /** `type` is a string this client does not know: MX may add types; answer 204 and ignore it. */
  | 'unknown_type'
  /** A field that says what happened to whom (type, action, member_guid, user_guid, connection_status...) is missing or null. */
  | 'missing_field'
  /** A field has the wrong JSON type, e.g. a count that is a string. */
  | 'wrong_type'
  /** A field MX fixes to documented values has another one, e.g. `action` of CONNECTION_STATUS other than CHANGED. */
  | 'unexpected_value';

/** The body is not an MX webhook this client can read. */
export class AtriumWebhookError extends Error {
  readonly reason: AtriumWebhookErrorReason;
  /** The field at fault, if one is. */
  readonly field: string | null;
  /** The body's `type` when it has a string one. */
  readonly webhookType: string | null;

  constructor(reason: AtriumWebhookErrorReason, message: string, details: { field?: string; webhookType?: string | null } = {}) {
    super(message);
    this.name = 'AtriumWebhookError';
    this.reason = reason;
    this.field = details.field ?? null;
    this.webhookType = details.webhookType ?? null;
  }
}

type Kind = 'string' | 'number' | 'boolean' | 'strings';
interface Rule {
  kind: Kind;
  /** Null or absent is read as null; otherwise the field must be there. */
  nullable: boolean;
  /** The documented values, when MX fixes them. */
  values?: readonly string[];
}

const id: Rule = { kind: 'string', nullable: false };
const text: Rule = { kind: 'string', nullable: true };
const count: Rule = { kind: 'number', nullable: true };
const updated: Rule = { kind: 'string', nullable: false, values: ['member_data_updated'] };
const typed = (type: AtriumWebhookType): Rule => ({ kind: 'string', nullable: false, values: [type] });
const completed = { completed_at: count, completed_on: text } as const;

/**
 * What each documented field must be, per type. Keyed by the generated types, so a field added to
 * src/spec/webhooks.openapi.yml fails the typecheck here until this table reads it.
 */
const FIELDS: { [T in AtriumWebhookType]: Record<keyof AtriumWebhookOf<T>, Rule> } = {
  AGGREGATION: {
    action: updated,
    ...completed,
    is_background: { kind: 'boolean', nullable: true },
    job_guid: text,
    member_guid: id,
    transactions_created_count: count,
    transactions_updated_count: count,
    type: typed('AGGREGATION'),
    user_guid: id,
    user_id: text,
  },
  BALANCE: { action: updated, ...completed, member_guid: id, type: typed('BALANCE'), user_guid: id },
  HISTORY: {
    action: updated,
    ...completed,
    member_guid: id,
    transactions_created_count: count,
    transactions_updated_count: count,
    type: typed('HISTORY'),
    user_guid: id,
  },
  STATEMENT: { action: updated, ...completed, member_guid: id, statements_created_count: count, type: typed('STATEMENT'), user_guid: id },
  VERIFICATION: {
    accounts: { kind: 'strings', nullable: true },
    action: updated,
    ...completed,
    job_guid: text,
    member_guid: id,
    type: typed('VERIFICATION'),
    user_guid: id,
    user_id: text,
  },
  CONNECTION_STATUS: {
    action: { kind: 'string', nullable: false, values: ['CHANGED'] },
    connection_status: { kind: 'string', nullable: false, values: ['CHALLENGED', 'DENIED', 'EXPIRED', 'IMPAIRED', 'IMPEDED', 'LOCKED', 'PREVENTED', 'REJECTED'] },
    connection_status_id: { kind: 'number', nullable: false },
    connection_status_message: text,
    member_guid: id,
    type: typed('CONNECTION_STATUS'),
    user_guid: id,
  },
};

/** The webhook types this client reads. */
export const ATRIUM_WEBHOOK_TYPES: readonly AtriumWebhookType[] = Object.freeze(Object.keys(FIELDS) as AtriumWebhookType[]);

const isKnownType = (type: string): type is AtriumWebhookType => Object.hasOwn(FIELDS, type);

function readBody(body: unknown): unknown {
  if (typeof body !== 'string' && !(body instanceof Uint8Array)) return body;
  const source = typeof body === 'string' ? body : new TextDecoder().decode(body);
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new AtriumWebhookError('not_json', `The webhook body is not JSON: ${(error as Error).message}`);
  }
}

function readField(type: AtriumWebhookType, name: string, rule: Rule, value: unknown): unknown {
  const where = { field: name, webhookType: type };
  if (value === null || value === undefined) {
    if (rule.nullable) return null;
    throw new AtriumWebhookError('missing_field', `The ${type} webhook has no ${name}${value === null ? ' (it is null)' : ''}.`, where);
  }
  // MX's field table calls VERIFICATION `accounts` a String while its sample sends a list: read both
  if (rule.kind === 'strings' && typeof value === 'string') return [value];
  const ok =
    rule.kind === 'strings'
      ? Array.isArray(value) && value.every((item) => typeof item === 'string')
      : rule.kind === 'number'
        ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === rule.kind;
  if (!ok) {
    const expected = { string: 'a string', number: 'a number', boolean: 'true or false', strings: 'a list of strings' }[rule.kind];
    throw new AtriumWebhookError('wrong_type', `The ${type} webhook's ${name} should be ${expected}, not ${JSON.stringify(value)}.`, where);
  }
  if (rule.values && !rule.values.includes(value as string)) {
    throw new AtriumWebhookError('unexpected_value', `The ${type} webhook's ${name} is ${JSON.stringify(value)}; MX documents ${rule.values.join(', ')}.`, where);
  }
  return Array.isArray(value) ? [...value] : value;
}

/**
 * Reads a webhook body (the raw text or bytes, or parsed JSON) into a typed webhook: nulls and
 * missing optional fields become null, unknown fields are dropped, order does not matter. Throws
 * an AtriumWebhookError (with a `reason`) for a body that is not a webhook this client reads.
 */
export function parseAtriumWebhook(body: unknown): AtriumWebhook {
  const json = readBody(body);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new AtriumWebhookError('not_an_object', `A webhook is a JSON object, not ${Array.isArray(json) ? 'a list' : JSON.stringify(json)}.`);
  }
  const raw = json as Record<string, unknown>;
  const type = raw.type;
  if (typeof type !== 'string') {
    throw new AtriumWebhookError(type === undefined || type === null ? 'missing_field' : 'wrong_type', `A webhook names its type in "type" (${ATRIUM_WEBHOOK_TYPES.join(', ')}); this body has ${JSON.stringify(type) ?? 'none'}.`, {
      field: 'type',
    });
  }
  if (!isKnownType(type)) {
    throw new AtriumWebhookError('unknown_type', `"${type}" is not a webhook type this client reads (${ATRIUM_WEBHOOK_TYPES.join(', ')}); MX may add types: answer 204 and ignore it.`, {
      field: 'type',
      webhookType: type,
    });
  }
  const parsed: Record<string, unknown> = {};
  for (const [name, rule] of Object.entries(FIELDS[type] as Record<string, Rule>)) {
    parsed[name] = readField(type, name, rule, Object.hasOwn(raw, name) ? raw[name] : undefined);
  }
  return parsed as AtriumWebhook;
}

/** Whether a parsed webhook is of a type, narrowing it: `if (isAtriumWebhook(webhook, 'AGGREGATION')) webhook.is_background`. */
export const isAtriumWebhook = <T extends AtriumWebhookType>(webhook: AtriumWebhook, type: T): webhook is AtriumWebhookOf<T> => webhook.type === type;
