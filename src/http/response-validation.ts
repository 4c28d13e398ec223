import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Document } from 'openapi-backend';
import { addFormats } from './ajv-formats.js';
import { addClosedKeyword, withClosedKeyword } from './closed-objects.js';
import type { Reply } from './reply.js';

export type ResponseValidationMode = 'strict' | 'warn' | 'off';

interface ResponseObject {
  content?: Record<string, { schema?: object }>;
}

/** A schema's two validators: a fast one that stops at the first problem, and the full report, compiled only when one fails. */
interface Validators {
  fast: ValidateFunction;
  full: () => ValidateFunction;
}

/**
 * openapi-backend validates requests only; responses are checked here against the same
 * document, per operation and status, with validators compiled on first use: a fast check on
 * every reply, the full error report only for one that fails.
 */
export class ResponseValidator {
  /** Made for the first reply checked: a start that answers none of this document's operations makes none. */
  #checking: Ajv | undefined;
  /** Made for the first reply that fails: a start pays for one Ajv, not two. */
  #reporting: Ajv | undefined;
  readonly #cache = new Map<string, Validators | null>();
  readonly #responses: Map<string, Record<string, ResponseObject>>;
  readonly #schemas: Record<string, object>;

  constructor(document: Document) {
    this.#schemas = (document.components?.schemas ?? {}) as Record<string, object>;
    this.#responses = new Map();
    for (const item of Object.values(document.paths ?? {})) {
      for (const operation of Object.values(item ?? {})) {
        const op = operation as { operationId?: string; responses?: Record<string, ResponseObject> };
        if (op?.operationId && op.responses) this.#responses.set(op.operationId, op.responses);
      }
    }
  }

  #checkingAjv(): Ajv {
    // validateSchema off: the spec's schemas are checked by its tests, and the meta-schema costs ~0.3 s at startup
    return (this.#checking ??= addClosedKeyword(addFormats(new Ajv({ strict: false, allErrors: false, validateFormats: true, validateSchema: false }))));
  }

  #reportingAjv(): Ajv {
    return (this.#reporting ??= addFormats(new Ajv({ strict: false, allErrors: true, validateFormats: true, validateSchema: false })));
  }

  #validators(key: string, schema: object | undefined): Validators | null {
    let validators = this.#cache.get(key);
    if (validators === undefined) {
      let full: ValidateFunction | undefined;
      validators = schema ? { fast: this.#checkingAjv().compile(withClosedKeyword(schema)), full: () => (full ??= this.#reportingAjv().compile(schema)) } : null;
      this.#cache.set(key, validators);
    }
    return validators;
  }

  /** The problems of a value, or [] (the full report runs only when the fast check fails, and its verdict stands). */
  static #problems(validators: Validators, value: unknown, describe: (error: ErrorObject) => string): string[] {
    if (validators.fast(value)) return [];
    const full = validators.full();
    if (full(value)) return [];
    return (full.errors ?? []).map(describe);
  }

  /** Problems of a value against a named schema of the document (components.schemas), for snapshots. */
  checkSchema(name: string, value: unknown): string[] {
    const validators = this.#validators(`schema ${name}`, (this.#schemas as Record<string, object | undefined>)[name]);
    if (!validators) return [` is not a schema of the document`];
    return ResponseValidator.#problems(validators, value, (error) => `${error.instancePath} ${error.message ?? 'is invalid'}`);
  }

  /** Problems with a reply, or an empty list when it matches the document. */
  check(operationId: string, reply: Reply, mediaType: string): string[] {
    const responses = this.#responses.get(operationId);
    if (!responses) return [`operation ${operationId} is not in the document`];
    const declared = responses[String(reply.status)] ?? responses[`${String(reply.status)[0]}XX`] ?? responses.default;
    if (!declared) return [`status ${reply.status} is not declared for ${operationId}`];
    if (!declared.content) return reply.body === undefined ? [] : [`status ${reply.status} of ${operationId} has no body in the document`];
    if (Buffer.isBuffer(reply.body)) {
      // binary bodies (the statement PDF) are declared as `type: string, format: binary`
      const schema = declared.content[mediaType]?.schema as { type?: string; format?: string } | undefined;
      return schema?.type === 'string' && schema.format === 'binary' ? [] : [`status ${reply.status} of ${operationId} declares no binary ${mediaType} body`];
    }
    const validators = this.#validators(`${operationId} ${reply.status} ${mediaType}`, declared.content[mediaType]?.schema);
    if (!validators) return [`status ${reply.status} of ${operationId} declares no ${mediaType} body`];
    return ResponseValidator.#problems(
      validators,
      reply.body,
      (error) => `body${error.instancePath} ${error.message ?? 'is invalid'}${error.params && 'additionalProperty' in error.params ? ` (${String(error.params.additionalProperty)})` : ''}`,
    );
  }
}
