import { Ajv, type ValidateFunction } from 'ajv';
import type { Document } from 'openapi-backend';
import { addFormats } from './ajv-formats.js';
import type { Reply } from './reply.js';

export type ResponseValidationMode = 'strict' | 'warn' | 'off';

interface ResponseObject {
  content?: Record<string, { schema?: object }>;
}

/**
 * openapi-backend validates requests only; responses are checked here against the same
 * document, per operation and status, with validators compiled on first use.
 */
export class ResponseValidator {
  readonly #ajv: Ajv;
  readonly #cache = new Map<string, ValidateFunction | null>();
  readonly #responses: Map<string, Record<string, ResponseObject>>;
  readonly #schemas: Record<string, object>;

  constructor(document: Document) {
    this.#schemas = (document.components?.schemas ?? {}) as Record<string, object>;
    this.#ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.#ajv);
    this.#responses = new Map();
    for (const item of Object.values(document.paths ?? {})) {
      for (const operation of Object.values(item ?? {})) {
        const op = operation as { operationId?: string; responses?: Record<string, ResponseObject> };
        if (op?.operationId && op.responses) this.#responses.set(op.operationId, op.responses);
      }
    }
  }

  /** Problems of a value against a named schema of the document (components.schemas), for snapshots. */
  checkSchema(name: string, value: unknown): string[] {
    let validate = this.#cache.get(`schema ${name}`);
    if (validate === undefined) {
      const schema = (this.#schemas as Record<string, object | undefined>)[name];
      validate = schema ? this.#ajv.compile(schema) : null;
      this.#cache.set(`schema ${name}`, validate);
    }
    if (!validate) return [` is not a schema of the document`];
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? 'is invalid'}`);
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
    const key = `${operationId} ${reply.status} ${mediaType}`;
    let validate = this.#cache.get(key);
    if (validate === undefined) {
      const schema = declared.content[mediaType]?.schema;
      validate = schema ? this.#ajv.compile(schema) : null;
      this.#cache.set(key, validate);
    }
    if (!validate) return [`status ${reply.status} of ${operationId} declares no ${mediaType} body`];
    if (validate(reply.body)) return [];
    return (validate.errors ?? []).map((error) => `body${error.instancePath} ${error.message ?? 'is invalid'}${error.params && 'additionalProperty' in error.params ? ` (${String(error.params.additionalProperty)})` : ''}`);
  }
}
