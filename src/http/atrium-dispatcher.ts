import type { IncomingHttpHeaders } from 'node:http';
import Negotiator from 'negotiator';
import type { Logger } from 'pino';
import type { FaultTable } from '../control/faults.js';
import { UnitOfWork } from '../control/unit-of-work.js';
import type { DomainContext, SharedDomain } from '../domain/context.js';
import { DomainError } from '../domain/errors.js';
import { scenarioFaultFor } from '../domain/scenario-faults.js';
import type { Clock } from '../simulation/clock.js';
import type { AtriumCommand, Command } from '../store/commands.js';
import type { TenantState } from '../store/tenant-state.js';
import { TenantLimitError, TenantRebuildError, type TenantStore } from '../store/tenant-store.js';
import type { ClientKeys } from './client-keys.js';
import { STATUS_BY_CODE, errorReply, mockErrorReply } from './errors.js';
import { handlers } from './handlers/index.js';
import type { OperationId } from './handlers/types.js';
import type { Route, SpecRuntime } from './openapi.js';
import { RailsCasting } from './rails-casting.js';
import { ATRIUM_JSON, type Reply } from './reply.js';
import { validateRequest } from './request-validation.js';
import type { ResponseValidationMode, ResponseValidator } from './response-validation.js';

export interface AtriumDispatcherDeps {
  spec: SpecRuntime;
  responses: ResponseValidator;
  responseValidation: ResponseValidationMode;
  /** Only `application/vnd.mx.atrium.v1+json` is acceptable (as Atrium documents). */
  strictAccept: boolean;
  keys: ClientKeys;
  store: TenantStore;
  clock: Clock;
  shared: SharedDomain;
  /** The armed faults of a tenant. */
  faultsOf: (tenantId: string) => FaultTable | undefined;
  /** Real waiting for latency faults; tests inject one that does not wait. */
  sleep: (ms: number) => Promise<void>;
  logger: Logger;
}

/** An Atrium request, whether it came over HTTP, from a seed script, or from the log being replayed. */
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
}

/** What a request was matched to and who sent it; the journal and metrics read it. */
export interface Exchange {
  operationId?: string;
  tenantId?: string;
  faultId?: string;
}

/** A request that passed every check that needs no tenant: ready to run on one. */
interface Prepared {
  operationId: OperationId;
  route: Route;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

/** POSTs that change nothing (they are not logged). */
const READS_ONLY = new Set<string>(['cleanseAndCategorizeTransactions']);

const LENIENT_ACCEPT = [ATRIUM_JSON, 'application/json'];

function acceptable(headers: IncomingHttpHeaders, types: string[], strict: boolean): boolean {
  const header = headers.accept;
  if (!header) return !strict;
  if (types.includes(header)) return true;
  const lenient = !strict && types.includes(ATRIUM_JSON) ? LENIENT_ACCEPT : [];
  return new Negotiator({ headers }).mediaTypes([...types, ...lenient]).length > 0;
}

/** The media types an operation's successful answers come in: Atrium JSON, or the statement PDF. */
function successTypes(route: Route): string[] {
  const responses = Object.entries(route.operation.responses ?? {}) as [string, { content?: Record<string, unknown> }][];
  const types = new Set(responses.filter(([status]) => status.startsWith('2')).flatMap(([, response]) => Object.keys(response.content ?? {})));
  return types.size > 0 ? [...types] : [ATRIUM_JSON];
}

function isReply(value: Reply | Prepared): value is Reply {
  return 'status' in value;
}

/**
 * The Atrium request flow without HTTP (design.md section 3): one request in, one Reply out.
 * What a request changes is committed to the tenant store as a command before the reply is
 * sent; a reply that is the simulator's own failure rolls the tenant back instead.
 */
export class AtriumDispatcher {
  readonly #produces = new Map<string, string[]>();
  readonly #casting: RailsCasting;

  constructor(private readonly deps: AtriumDispatcherDeps) {
    this.#casting = new RailsCasting(deps.spec.document);
  }

  async dispatch(request: AtriumRequest, exchange: Exchange = {}): Promise<Reply> {
    const { deps } = this;
    const prepared = this.#prepare(request, exchange, false);
    if (isReply(prepared)) return prepared;
    const tenantId = exchange.tenantId!;
    try {
      const fault = deps.faultsOf(tenantId)?.match(request.method === 'HEAD' ? 'GET' : request.method, request.path, deps.clock.now() + deps.store.get(tenantId).clock_offset_ms);
      if (fault) {
        exchange.faultId = fault.id;
        if (fault.latency_ms) await deps.sleep(fault.latency_ms);
        if (fault.status) {
          return errorReply(fault.status, fault.message ?? `Injected fault ${fault.id}: the simulated Atrium answered ${fault.status}.`, { 'X-Mock-Fault': fault.id });
        }
      }
      for (let held = deps.store.held(tenantId); held; held = deps.store.held(tenantId)) await held;
      if (request.method === 'HEAD') {
        // a copy: HEAD answers what GET would, and changes nothing
        return this.#validated(prepared, this.#execute(prepared, deps.store.scratch(tenantId), deps.clock.now(), request.publicUrl, new UnitOfWork(), exchange));
      }
      return this.#run(tenantId, prepared, request, exchange, null);
    } catch (error) {
      if (error instanceof TenantRebuildError) return mockErrorReply(error.message);
      throw error;
    }
  }

  /**
   * A call made inside the simulator (seed scripts), as the tenant, while the caller holds it:
   * no key check and no faults; what it changes joins `batch`, which the caller commits whole.
   */
  callInBatch(tenantId: string, request: Omit<AtriumRequest, 'headers' | 'unparsedBody'>, batch: Command[]): Reply {
    const full: AtriumRequest = { ...request, headers: { 'mx-client-id': tenantId, accept: ATRIUM_JSON }, unparsedBody: false };
    const exchange: Exchange = { tenantId };
    const prepared = this.#prepare(full, exchange, true);
    if (isReply(prepared)) return prepared;
    return this.#run(tenantId, prepared, full, exchange, batch);
  }

  /** Runs a logged command again on a tenant being rebuilt; a command that no longer runs as it did is an error. */
  replay(state: TenantState, command: AtriumCommand): void {
    const request: AtriumRequest = {
      method: command.method,
      path: command.path,
      query: command.query,
      headers: { 'mx-client-id': state.tenant_id, accept: ATRIUM_JSON },
      body: command.body,
      unparsedBody: false,
      publicUrl: command.public_url,
    };
    const prepared = this.#prepare(request, {}, true);
    if (isReply(prepared)) throw new Error(`${command.method} ${command.path} no longer passes validation: ${JSON.stringify(prepared.body)}`);
    const reply = this.#execute(prepared, state, command.at, command.public_url, new UnitOfWork(command.tokens ?? []), {});
    if (reply.mockError) throw new Error(`${command.method} ${command.path} failed on replay: ${JSON.stringify(reply.body)}`);
  }

  /** Runs a prepared request on the resident tenant and commits what it changed (or adds it to `batch`). */
  #run(tenantId: string, prepared: Prepared, request: AtriumRequest, exchange: Exchange, batch: Command[] | null): Reply {
    const { store, clock } = this.deps;
    const state = store.get(tenantId);
    const at = clock.now();
    const work = new UnitOfWork();
    const reply = this.#validated(prepared, this.#execute(prepared, state, at, request.publicUrl, work, exchange));
    if (reply.mockError) {
      // the simulator failed: whatever the request did so far is undone
      if (batch === null) store.rollback(tenantId);
      return reply;
    }
    const mutating = request.method !== 'GET' && !READS_ONLY.has(prepared.operationId) && reply.status < 400;
    if (!work.changed && work.tokens.length === 0 && !mutating) return reply;
    const command: AtriumCommand = { kind: 'atrium', at, method: request.method, path: request.path, query: request.query, body: request.body, public_url: request.publicUrl };
    if (work.tokens.length > 0) command.tokens = work.tokens;
    if (batch) {
      batch.push(command);
      return reply;
    }
    return this.#commit(tenantId, command, reply);
  }

  #commit(tenantId: string, command: Command, reply: Reply): Reply {
    const { store, logger } = this.deps;
    try {
      store.commit(tenantId, [command]);
      return reply;
    } catch (error) {
      store.rollback(tenantId);
      if (error instanceof TenantLimitError) return mockErrorReply(error.message, 503);
      logger.error({ err: error, tenant: tenantId }, 'could not write the tenant state');
      return mockErrorReply(`The simulator could not keep this change (${(error as Error).message}); nothing was changed.`, 503);
    }
  }

  #validated(prepared: Prepared, reply: Reply): Reply {
    const { deps } = this;
    if (reply.mockError || reply.headers?.['X-Mock-Fault'] || deps.responseValidation === 'off') return reply;
    const problems = deps.responses.check(prepared.operationId, reply, reply.contentType ?? ATRIUM_JSON);
    if (problems.length === 0) return reply;
    const message = `Simulator response for ${prepared.operationId} (${reply.status}) does not match src/spec/atrium.openapi.yml: ${problems.join('; ')}`;
    if (deps.responseValidation === 'strict') return mockErrorReply(message);
    deps.logger.warn({ operationId: prepared.operationId, problems }, 'response does not match the spec');
    return reply;
  }

  /** Route, keys, Accept, media type and validation: everything that needs no tenant. */
  #prepare(request: AtriumRequest, exchange: Exchange, trusted: boolean): Reply | Prepared {
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

    const clientId = request.headers['mx-client-id'];
    if (trusted) {
      exchange.tenantId = clientId as string;
    } else {
      const refused = deps.keys.checkAtrium(request.headers);
      if (refused) return refused;
      exchange.tenantId = clientId as string;
    }

    let types = this.#produces.get(operationId);
    if (!types) this.#produces.set(operationId, (types = successTypes(match.route)));
    if (!acceptable(request.headers, types, deps.strictAccept)) {
      return errorReply(406, `Not Acceptable: send Accept: ${types.join(' or ')}.`);
    }
    if (match.route.operation.requestBody && request.body === undefined && request.unparsedBody) {
      return errorReply(415, `Unsupported Media Type: request bodies must be application/json, not ${request.headers['content-type'] ?? 'unspecified'}.`);
    }

    // booleans and dates as Rails cast them (True, 1, 2019-01-01T00:00:00Z), then the spec's types
    const cast = this.#casting.cast(operationId, request.query, request.body);
    if (!cast.ok) return errorReply(400, cast.message);
    const checked = validateRequest(deps.spec.validator, match.route.operation, {
      params: match.params,
      headers: request.headers,
      query: cast.query,
      body: cast.body,
    });
    if (!checked.ok) return errorReply(400, checked.message);
    return { operationId, route: match.route, params: match.params, query: checked.request.query, body: checked.request.body };
  }

  /** The handler on the tenant at simulated time `at` + the tenant's offset; never throws. */
  #execute(prepared: Prepared, tenant: TenantState, at: number, publicUrl: string, work: UnitOfWork, exchange: Exchange): Reply {
    const { deps } = this;
    const { operationId } = prepared;
    const handler = handlers[operationId];
    if (!handler) return mockErrorReply(`${operationId} (${prepared.route.method} ${prepared.route.path}) is not implemented by the simulator yet.`, 501);
    const domain: DomainContext = { ...deps.shared, tenant, now: at + tenant.clock_offset_ms, publicUrl, work };
    try {
      const flaky = scenarioFaultFor(domain, prepared.params, operationId);
      if (flaky) {
        exchange.faultId = 'scenario';
        return errorReply(flaky.status, flaky.message, { 'X-Mock-Fault': 'scenario' });
      }
      return handler({ params: prepared.params, query: prepared.query, body: prepared.body, domain });
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
