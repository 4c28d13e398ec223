import type { DomainContext } from '../../domain/context.js';
import type { operations } from '../../generated/atrium.js';
import type { Reply } from '../reply.js';

export type OperationId = keyof operations;

/** The validated JSON body of an operation, typed from the spec. */
export type RequestBody<Id extends OperationId> = operations[Id] extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;

export interface HandlerContext {
  params: Record<string, string>;
  /** Query values, coerced to the spec's types by openapi-backend. */
  query: Record<string, unknown>;
  body: unknown;
  domain: DomainContext;
}

export type Handler = (c: HandlerContext) => Reply;
export type Handlers = Partial<Record<OperationId, Handler>>;

export function bodyOf<Id extends OperationId>(c: HandlerContext, _operationId: Id): RequestBody<Id> | undefined {
  return c.body as RequestBody<Id> | undefined;
}

export function pageQuery(c: HandlerContext): { page?: number; records_per_page?: number } {
  return { page: c.query.page as number | undefined, records_per_page: c.query.records_per_page as number | undefined };
}
