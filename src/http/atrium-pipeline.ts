import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { DomainContext } from '../domain/context.js';
import { DomainError } from '../domain/errors.js';
import type { Clock } from '../simulation/clock.js';
import type { TenantStore } from '../store/tenants.js';
import { STATUS_BY_CODE, errorReply, mockErrorReply } from './errors.js';
import { handlers } from './handlers/index.js';
import type { OperationId } from './handlers/types.js';
import type { SpecRuntime } from './openapi.js';
import { ATRIUM_JSON, type Reply } from './reply.js';
import { validateRequest } from './request-validation.js';
import type { ResponseValidationMode, ResponseValidator } from './response-validation.js';

export interface AtriumPipelineDeps {
  spec: SpecRuntime;
  responses: ResponseValidator;
  responseValidation: ResponseValidationMode;
  /** Only `application/vnd.mx.atrium.v1+json` is acceptable (as Atrium documents). */
  strictAccept: boolean;
  /** client id -> api key; null accepts any key. */
  clients: Readonly<Record<string, string>> | null;
  tenants: TenantStore;
  clock: Clock;
  shared: Omit<DomainContext, 'tenant' | 'now'>;
  logger: Logger;
}

const JSON_CONTENT_TYPE = `${ATRIUM_JSON}; charset=utf-8`;
const LENIENT_ACCEPT = [ATRIUM_JSON, 'application/json'];

/** What a request was matched to and who sent it; the journal and logs read it from res.locals. */
export interface ExchangeInfo {
  operationId?: string;
  tenantId?: string;
}

function acceptable(req: Request, produces: string[], strict: boolean): boolean {
  const header = req.headers.accept;
  if (!header) return !strict;
  if (produces.includes(header)) return true;
  return Boolean(req.accepts(strict ? produces : [...produces, ...LENIENT_ACCEPT]));
}

/** A body was sent (not an empty one) but no JSON parser took it: wrong or missing Content-Type. */
function carriesBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function producedTypes(deps: AtriumPipelineDeps, operationId: string): string[] {
  const route = deps.spec.routes.byOperationId(operationId);
  const responses = Object.values(route?.operation.responses ?? {}) as { content?: Record<string, unknown> }[];
  const types = new Set(responses.flatMap((response) => Object.keys(response.content ?? {})));
  types.delete(ATRIUM_JSON);
  return [ATRIUM_JSON, ...types];
}

export function send(res: Response, reply: Reply): void {
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if (reply.body === undefined || reply.status === 204) {
    res.end();
    return;
  }
  if (reply.contentType) {
    res.setHeader('Content-Type', reply.contentType);
    res.end(reply.body as Buffer);
    return;
  }
  res.setHeader('Content-Type', JSON_CONTENT_TYPE);
  res.end(JSON.stringify(reply.body));
}

/**
 * The Atrium side of the request flow (design.md section 3): route match (404/405) -> auth and
 * tenant (401) -> Accept (406) -> body media type (415) -> request validation (400) -> handler ->
 * response validation -> one write.
 */
export function createAtriumPipeline(deps: AtriumPipelineDeps): RequestHandler {
  const acceptCache = new Map<string, string[]>();
  const produces = (operationId: string): string[] => {
    let types = acceptCache.get(operationId);
    if (!types) acceptCache.set(operationId, (types = producedTypes(deps, operationId)));
    return types;
  };

  const respond = (res: Response, info: ExchangeInfo, reply: Reply): void => {
    let final = reply;
    if (info.operationId && !reply.mockError && deps.responseValidation !== 'off') {
      const problems = deps.responses.check(info.operationId, reply, reply.contentType ?? ATRIUM_JSON);
      if (problems.length > 0) {
        const message = `Simulator response for ${info.operationId} (${reply.status}) does not match src/spec/atrium.openapi.yml: ${problems.join('; ')}`;
        if (deps.responseValidation === 'strict') final = mockErrorReply(message);
        else deps.logger.warn({ operationId: info.operationId, problems }, 'response does not match the spec');
      }
    }
    send(res, final);
  };

  return (req, res) => {
    const info: ExchangeInfo = {};
    res.locals.exchange = info;
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const match = deps.spec.routes.match(method, req.path);
    if (match.kind === 'not_found') {
      return respond(res, info, errorReply(404, `We were unable to find the record you requested: no Atrium endpoint is ${req.method} ${req.path}.`));
    }
    if (match.kind === 'malformed') {
      return respond(res, info, errorReply(400, `Malformed percent-encoding in the path segment "${match.segment}".`));
    }
    if (match.kind === 'method_not_allowed') {
      const allow = match.allow.join(', ');
      return respond(res, info, errorReply(405, `${req.method} is not allowed on ${req.path}; allowed: ${allow}.`, { Allow: allow }));
    }
    const operationId = match.route.operation.operationId as OperationId;
    info.operationId = operationId;

    const apiKey = req.headers['mx-api-key'];
    const clientId = req.headers['mx-client-id'];
    if (typeof apiKey !== 'string' || typeof clientId !== 'string' || apiKey === '' || clientId === '') {
      return respond(res, info, errorReply(401, 'Unauthorized: send your MX-API-Key and MX-Client-ID headers.'));
    }
    if (deps.clients && deps.clients[clientId] !== apiKey) {
      return respond(res, info, errorReply(401, 'Unauthorized: the MX-API-Key does not match this MX-Client-ID.'));
    }
    info.tenantId = clientId;

    const types = produces(operationId);
    if (!acceptable(req, types, deps.strictAccept)) {
      return respond(res, info, errorReply(406, `Not Acceptable: send Accept: ${types[0] === ATRIUM_JSON ? ATRIUM_JSON : types.join(' or ')}.`));
    }
    if (match.route.operation.requestBody && req.body === undefined && carriesBody(req)) {
      return respond(res, info, errorReply(415, `Unsupported Media Type: request bodies must be application/json, not ${req.headers['content-type'] ?? 'unspecified'}.`));
    }

    const checked = validateRequest(deps.spec.api, match.route.operation, {
      method,
      path: req.path,
      headers: req.headers,
      query: req.query as Record<string, unknown>,
      body: req.body,
    });
    if (!checked.ok) return respond(res, info, errorReply(400, checked.message));

    const handler = handlers[operationId];
    if (!handler) {
      return respond(res, info, mockErrorReply(`${operationId} (${req.method} ${match.route.path}) is not implemented by the simulator yet.`, 501));
    }
    const tenant = deps.tenants.get(clientId);
    const domain: DomainContext = { ...deps.shared, tenant, now: deps.clock.now() + tenant.clock_offset_ms };
    let reply: Reply;
    try {
      reply = handler({ params: match.params, query: checked.request.query, body: checked.request.body, domain });
    } catch (error) {
      if (error instanceof DomainError) {
        const status = STATUS_BY_CODE[error.code];
        reply = status === 500 ? mockErrorReply(error.message) : errorReply(status, error.message, error.headers);
      } else {
        deps.logger.error({ err: error, operationId }, 'handler failed');
        reply = mockErrorReply(`The simulator failed while handling ${operationId}: ${(error as Error).message}`);
      }
    }
    respond(res, info, reply);
  };
}
