/**
 * Checks webhook payloads against src/spec/webhooks.openapi.yml (its generated JSON copy), as
 * responses are checked against the Atrium spec: every payload the simulator sends goes through here.
 * Validators are compiled once per type, on first use; a payload that passes the fast validator costs one call,
 * and only a failing one is checked again with all errors, to say readably what is wrong.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import spec from '../generated/webhooks.openapi.json' with { type: 'json' };
import { isWebhookType, WEBHOOK_TYPES, type WebhookType } from './types.js';

type AddFormats = (ajv: Ajv) => Ajv;
/** ajv-formats is CommonJS; under NodeNext its function sits on `.default`. */
const addFormats: AddFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

const SPEC_ID = 'atrium-mock-webhooks';

/** The schema name of each type in the document. */
export const WEBHOOK_SCHEMAS: Readonly<Record<WebhookType, string>> = Object.freeze({
  AGGREGATION: 'AggregationWebhook',
  BALANCE: 'BalanceWebhook',
  HISTORY: 'HistoryWebhook',
  STATEMENT: 'StatementWebhook',
  VERIFICATION: 'VerificationWebhook',
  CONNECTION_STATUS: 'ConnectionStatusWebhook',
});

interface SchemaObject {
  properties?: Record<string, { nullable?: boolean; $ref?: string }>;
  required?: string[];
  nullable?: boolean;
}

const schemas = spec.components.schemas as unknown as Record<string, SchemaObject>;

function schemaOf(name: string): SchemaObject {
  const schema = schemas[name];
  if (!schema) throw new Error(`src/spec/webhooks.openapi.yml has no schema ${name}`);
  return schema;
}

/** The fields MX documents for a type, in the document's order. */
export function documentedFields(type: WebhookType): readonly string[] {
  return Object.keys(schemaOf(WEBHOOK_SCHEMAS[type]).properties ?? {});
}

const isNullable = (property: { nullable?: boolean; $ref?: string }): boolean =>
  property.nullable === true || (property.$ref !== undefined && schemaOf(property.$ref.split('/').pop()!).nullable === true);

/** The fields of a type that the spec allows to be null (MX: "payloads may contain null values"). */
export function nullableFields(type: WebhookType): readonly string[] {
  return Object.entries(schemaOf(WEBHOOK_SCHEMAS[type]).properties ?? {})
    .filter(([, property]) => isNullable(property))
    .map(([name]) => name);
}

function newAjv(allErrors: boolean): Ajv {
  // strict off: the document carries OpenAPI keywords (example, discriminator) that are not JSON Schema
  const ajv = new Ajv({ strict: false, allErrors, validateFormats: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(spec, SPEC_ID);
  return ajv;
}

class Validators {
  readonly #ajv: Ajv;
  readonly #compiled = new Map<WebhookType, ValidateFunction>();

  constructor(allErrors: boolean) {
    this.#ajv = newAjv(allErrors);
  }

  of(type: WebhookType): ValidateFunction {
    let validate = this.#compiled.get(type);
    if (!validate) {
      validate = this.#ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/${WEBHOOK_SCHEMAS[type]}` });
      this.#compiled.set(type, validate);
    }
    return validate;
  }
}

// each type's validator is compiled on its first use, once per process (the Ajv with the document
// too: a start that sends no webhook does not pay for it)
let fast: Validators | undefined;
let thorough: Validators | undefined;

function describe(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : '(payload)';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `${String(params.missingProperty)}: is missing`;
  if (error.keyword === 'enum') return `${where}: ${error.message ?? 'is not allowed'} (${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')})`;
  return `${where}: ${error.message ?? 'is invalid'}`;
}

export interface CheckOptions {
  /**
   * The simulator's own payloads carry exactly the documented fields (the default): a field MX
   * does not document is a problem. Off, extra fields pass, as they may in MX's payloads.
   */
  exact?: boolean;
}

/**
 * What is wrong with a payload, as readable sentences; an empty list when it is a valid webhook
 * of the type it names.
 */
export function webhookProblems(payload: unknown, options: CheckOptions = {}): string[] {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return ['(payload): is not a JSON object'];
  const type = (payload as { type?: unknown }).type;
  if (!isWebhookType(type)) return [`type: ${JSON.stringify(type) ?? 'undefined'} is not a webhook type (${WEBHOOK_TYPES.join(', ')})`];
  const problems: string[] = [];
  fast ??= new Validators(false);
  if (!fast.of(type)(payload)) {
    thorough ??= new Validators(true);
    const validate = thorough.of(type);
    validate(payload);
    problems.push(...[...new Set((validate.errors ?? []).map(describe))]);
  }
  if (options.exact ?? true) {
    const documented = new Set(documentedFields(type));
    for (const key of Object.keys(payload)) if (!documented.has(key)) problems.push(`${key}: is not a field MX documents for ${type}`);
  }
  return problems;
}

/** A payload that does not match the webhook spec. */
export class WebhookValidationError extends Error {
  constructor(
    readonly type: unknown,
    readonly problems: readonly string[],
  ) {
    super(`The ${typeof type === 'string' ? type : ''} webhook payload does not match src/spec/webhooks.openapi.yml: ${problems.join('; ')}`.replace('The  webhook', 'The webhook'));
    this.name = 'WebhookValidationError';
  }
}

/** Throws a WebhookValidationError naming every problem; for callers that treat a bad payload as a bug (strict mode). */
export function assertWebhookPayload(payload: unknown, options: CheckOptions = {}): void {
  const problems = webhookProblems(payload, options);
  if (problems.length) throw new WebhookValidationError((payload as { type?: unknown } | null)?.type, problems);
}
