import type { IncomingHttpHeaders } from 'node:http';
import accepts from 'accepts';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { FaultTable } from '../control/faults.js';
import type { DomainContext } from '../domain/context.js';
import { DomainError } from '../domain/errors.js';
import { scenarioFaultFor } from '../domain/scenario-faults.js';
import type { Clock } from '../simulation/clock.js';
import type { TenantStore } from '../store/tenants.js';
import { own } from '../store/own.js';
import { STATUS_BY_CODE, errorReply, mockErrorReply } from './errors.js';
import { handlers } from './handlers/index.js';
import type { OperationId } from './handlers/types.js';
import type { SpecRuntime } from './openapi.js';
import { RailsCasting } from './rails-casting.js';
import { ATRIUM_JSON, type Reply } from './reply.js';
import { validateRequest } from './request-validation.js';
import type { ResponseValidationMode, ResponseValidator } from './response-validation.js';
import { applyVestibule } from './vestibule-headers.js';

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
  shared: Omit<DomainContext, 'tenant' | 'now' | 'publicUrl'>;
  /** The armed faults of a tenant. */
  faultsOf: (tenantId: string) => FaultTable;
  /** Real waiting for latency faults; tests inject one that does not wait. */
  sleep: (ms: number) => Promise<void>;
  logger: Logger;
}

/** An Atrium request, whether it came over HTTP or from a seed script inside the simulator. */
export interface AtriumRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, undefined when none was parsed. */
  body: unknown;
  /** A non-empty body arrived that no JSON parser took (wrong or missing Content-Type). */
  unparsedBody: boolean;
  publicUrl: string;
  /** Sent by the simulator itself (seed scripts): the tenant is trusted without an API key check. */
  trusted?: boolean;
}

/** What a request was matched to and who sent it; the journal and metrics read it. */
export interface Exchange {
  operationId?: string;
  tenantId?: string;
  faultId?: string;
}

const JSON_CONTENT_TYPE = `${ATRIUM_JSON}; charset=utf-8`;
const LENIENT_ACCEPT = [ATRIUM_JSON, 'application/json'];

function acceptable(headers: IncomingHttpHeaders, types: string[], strict: boolean): boolean {
  const header = headers.accept;
  if (!header) return !strict;
  if (types.includes(header)) return true;
  const lenient = !strict && types.includes(ATRIUM_JSON) ? LENIENT_ACCEPT : [];
  return Boolean(accepts({ headers } as never).type([...types, ...lenient]));
}

/** The media types an operation's successful answers come in: Atrium JSON, or the statement PDF. */
function successTypes(spec: SpecRuntime, operationId: string): string[] {
  const route = spec.routes.byOperationId(operationId);
  const responses = Object.entries(route?.operation.responses ?? {}) as [string, { content?: Record<string, unknown> }][];
  const types = new Set(responses.filter(([status]) => status.startsWith('2')).flatMap(([, response]) => Object.keys(response.content ?? {})));
  return types.size > 0 ? [...types] : [ATRIUM_JSON];
}

/** The Atrium request flow without Express (design.md section 3): one request in, one Reply out. */
export class AtriumDispatcher {
  readonly #produces = new Map<string, string[]>();
  readonly #casting: RailsCasting;

  constructor(private readonly deps: AtriumPipelineDeps) {
    this.#casting = new RailsCasting(deps.spec.document);
  }

  async dispatch(request: AtriumRequest, exchange: Exchange = {}): Promise<Reply> {
    const reply = await this.#handle(request, exchange);
    return this.#validated(exchange, reply);
  }

  #validated(exchange: Exchange, reply: Reply): Reply {
    const { deps } = this;
    if (!exchange.operationId || reply.mockError || exchange.faultId || deps.responseValidation === 'off') return reply;
    const problems = deps.responses.check(exchange.operationId, reply, reply.contentType ?? ATRIUM_JSON);
    if (problems.length === 0) return reply;
    const message = `Simulator response for ${exchange.operationId} (${reply.status}) does not match src/spec/atrium.openapi.yml: ${problems.join('; ')}`;
    if (deps.responseValidation === 'strict') return mockErrorReply(message);
    deps.logger.warn({ operationId: exchange.operationId, problems }, 'response does not match the spec');
    return reply;
  }

  async #handle(request: AtriumRequest, exchange: Exchange): Promise<Reply> {
    const { deps } = this;
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const match = deps.spec.routes.match(method, request.path);
    if (match.kind === 'not_found') {
      return errorReply(404, `We were unable to find the record you requested: no Atrium endpoint is ${request.method} ${request.path}.`);
    }
    if (match.kind === 'malformed') return errorReply(400, `Malformed percent-encoding in the path segment "${match.segment}".`);
    if (match.kind === 'method_not_allowed') {
      const allow = match.allow.join(', ');
      return errorReply(405, `${request.method} is not allowed on ${request.path}; allowed: ${allow}.`, { Allow: allow });
    }
    const operationId = match.route.operation.operationId as OperationId;
    exchange.operationId = operationId;

    const apiKey = request.headers['mx-api-key'];
    const clientId = request.headers['mx-client-id'];
    if (typeof apiKey !== 'string' || typeof clientId !== 'string' || apiKey === '' || clientId === '') {
      return errorReply(401, 'Unauthorized: send your MX-API-Key and MX-Client-ID headers.');
    }
    if (deps.clients && !request.trusted && own(deps.clients, clientId) !== apiKey) {
      return errorReply(401, 'Unauthorized: the MX-API-Key does not match this MX-Client-ID.');
    }
    exchange.tenantId = clientId;

    let types = this.#produces.get(operationId);
    if (!types) this.#produces.set(operationId, (types = successTypes(deps.spec, operationId)));
    if (!acceptable(request.headers, types, deps.strictAccept)) {
      return errorReply(406, `Not Acceptable: send Accept: ${types.join(' or ')}.`);
    }
    if (match.route.operation.requestBody && request.body === undefined && request.unparsedBody) {
      return errorReply(415, `Unsupported Media Type: request bodies must be application/json, not ${request.headers['content-type'] ?? 'unspecified'}.`);
    }

    // booleans and dates as Rails cast them (True, 1, 2019-01-01T00:00:00Z), then the spec's types
    const cast = this.#casting.cast(operationId, request.query, request.body);
    if (!cast.ok) return errorReply(400, cast.message);
    const checked = validateRequest(deps.spec.api, match.route.operation, {
      method,
      path: request.path,
      headers: request.headers,
      query: cast.query,
      body: cast.body,
    });
    if (!checked.ok) return errorReply(400, checked.message);

    const tenant = deps.tenants.get(clientId);
    const now = deps.clock.now() + tenant.clock_offset_ms;
    const fault = deps.faultsOf(clientId).match(method, request.path, now);
    if (fault) {
      exchange.faultId = fault.id;
      if (fault.latency_ms) await deps.sleep(fault.latency_ms);
      if (fault.status) {
        return errorReply(fault.status, fault.message ?? `Injected fault ${fault.id}: the simulated Atrium answered ${fault.status}.`, { 'X-Mock-Fault': fault.id });
      }
    }

    const handler = handlers[operationId];
    if (!handler) {
      return mockErrorReply(`${operationId} (${request.method} ${match.route.path}) is not implemented by the simulator yet.`, 501);
    }
    const domain: DomainContext = { ...deps.shared, tenant, now, publicUrl: request.publicUrl };
    try {
      const flaky = scenarioFaultFor(domain, match.params, operationId);
      if (flaky) {
        exchange.faultId = 'scenario';
        return errorReply(flaky.status, flaky.message, { 'X-Mock-Fault': 'scenario' });
      }
      return handler({ params: match.params, query: checked.request.query, body: checked.request.body, domain });
    } catch (error) {
      if (error instanceof DomainError) {
        const status = STATUS_BY_CODE[error.code];
        return status === 500 ? mockErrorReply(error.message) : errorReply(status, error.message, error.headers);
      }
      deps.logger.error({ err: error, operationId }, 'handler failed');
      return mockErrorReply(`The simulator failed while handling ${operationId}: ${(error as Error).message}`);
    }
  }
}

/** Writes a Reply; the only place responses become bytes. Keeps the JSON text for the journal. */
export function send(res: Response, reply: Reply, jsonType = JSON_CONTENT_TYPE): void {
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  const body = reply.body === undefined || reply.status === 204 ? undefined : reply.contentType ? (reply.body as Buffer) : JSON.stringify(reply.body);
  // Rails' headers, ETag and conditional GET, over the exact bytes sent (Atrium answers only)
  if (!applyVestibule(res, body) || body === undefined) {
    res.end();
    return;
  }
  if (typeof body === 'string') res.locals.responseText = body;
  res.setHeader('Content-Type', reply.contentType ?? jsonType);
  res.end(body);
}

/**
 * A non-empty body that no JSON parser took. Bodies without a Content-Type are read raw first
 * (see app.ts), so an empty chunked POST (what Pact's proxy sends) counts as no body at all.
 */
export function carriesBody(req: Request): boolean {
  if (Buffer.isBuffer(req.body)) return req.body.length > 0;
  if (req.body !== undefined) return false;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** The parsed JSON body, or undefined when there is none (a raw Buffer is not JSON). */
export function jsonBody(req: Request): unknown {
  return Buffer.isBuffer(req.body) ? undefined : req.body;
}

export function toAtriumRequest(req: Request): AtriumRequest {
  return {
    method: req.method,
    path: req.path,
    query: req.query as Record<string, unknown>,
    headers: req.headers,
    body: jsonBody(req),
    unparsedBody: carriesBody(req),
    publicUrl: publicUrlOf(req),
  };
}

/** Where the client reached the simulator, for URLs that must point back at it. */
export function publicUrlOf(req: Request): string {
  return `${req.protocol}://${req.headers.host ?? 'localhost'}`;
}

/** The Express adapter of the dispatcher. */
export function createAtriumPipeline(dispatcher: AtriumDispatcher): RequestHandler {
  return (req, res, next) => {
    const exchange: Exchange = {};
    res.locals.exchange = exchange;
    dispatcher.dispatch(toAtriumRequest(req), exchange).then((reply) => send(res, reply), next);
  };
}
