import type { IncomingHttpHeaders } from 'node:http';
import type { Logger } from 'pino';
import { ControlError, webhookView, type ControlPlane } from '../../control/control-plane.js';
import { parseDuration } from '../../simulation/duration.js';
import type { RequestBody } from '../request-body.js';
import { DomainError } from '../../domain/errors.js';
import type { TenantStore } from '../../store/tenant-store.js';
import type { ClientKeys } from '../client-keys.js';
import { STATUS_BY_CODE, errorReply, mockErrorReply } from '../errors.js';
import type { SpecRuntime } from '../openapi.js';
import { json, noContent, type Reply } from '../reply.js';
import { validateRequest } from '../request-validation.js';
import type { ResponseValidationMode, ResponseValidator } from '../response-validation.js';

interface ControlContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  /** The tenant the MX-Client-ID header names (checked before tenant-scoped handlers run). */
  tenant: string;
  allTenants: boolean;
  /** Where the client reached the simulator. */
  publicUrl: string;
}

type ControlHandler = (c: ControlContext) => Reply | Promise<Reply>;

export interface ControlRoutesDeps {
  spec: SpecRuntime;
  responses: ResponseValidator;
  responseValidation: ResponseValidationMode;
  keys: ClientKeys;
  control: ControlPlane;
  store: TenantStore;
  startedAt: number;
  logger: Logger;
}

/** operationIds that need no tenant (security: [] in the control-plane spec); with a clients file they need a client's key all the same, but health. */
const UNSCOPED = new Set(['health', 'listSeedSets']);
const ALWAYS_OPEN = 'health';
/** operationIds that act across tenants whatever the scope says. */
const ACROSS_TENANTS = new Set(['listTenants']);

/** Whether an operation takes the `scope` parameter (tenant or all): elsewhere `?scope=all` is a query parameter like any undeclared one, ignored. */
function declaresScope(operation: { parameters?: unknown[] }): boolean {
  return (operation.parameters ?? []).some((parameter) => {
    const { name, $ref } = parameter as { name?: string; $ref?: string };
    return name === 'scope' || $ref === '#/components/parameters/scope';
  });
}

function handlersFor(deps: ControlRoutesDeps): Record<string, ControlHandler> {
  const { control } = deps;
  return {
    health: () =>
      json(200, {
        status: 'ok',
        uptime_s: Math.round((Date.now() - deps.startedAt) / 100) / 10,
        tenants: deps.store.count(),
        scenarios: control.scenarioCount,
      }),
    listTenants: () => json(200, { tenants: deps.store.ids().sort(), resident: deps.store.residentCount }),
    reset: (c) => {
      control.reset(c.allTenants ? undefined : c.tenant);
      return json(200, { reset: c.allTenants ? 'all' : c.tenant });
    },
    getState: (c) => ({ ...json(200, control.snapshot(c.tenant)), streamed: true }),
    getOverview: (c) => json(200, control.overview(c.tenant)),
    putState: async (c) => json(200, { restored: true, ...(await control.restoreInTurns(c.tenant, c.body)) }),
    listSeedSets: () => json(200, { sets: control.seedSets() }),
    seed: async (c) => {
      const created = await control.seed(c.tenant, { set: c.body.set as string | undefined, steps: c.body.steps }, c.publicUrl);
      return json(200, { created });
    },
    listScenarios: (c) => json(200, { scenarios: control.scenarios(c.tenant) }),
    activateScenario: (c) => json(200, { scenario: control.activateScenario(c.tenant, c.params.name!, { member_guid: c.body.member_guid as string | undefined }) }),
    deactivateScenario: (c) => {
      control.deactivateScenario(c.tenant, { member_guid: c.body.member_guid as string | undefined });
      return noContent();
    },
    getClock: (c) => json(200, control.clock(c.tenant)),
    advanceClock: (c) => {
      const ms = typeof c.body.by === 'string' ? parseDuration(c.body.by) : (c.body.ms as number | undefined);
      if (ms === undefined) throw new ControlError(400, 'Send {"ms": 300000} or {"by": "5m"} (durations: 500ms, 30s, 5m, 3h, 1d).');
      return json(200, control.advanceClock(c.tenant, ms));
    },
    listFaults: (c) => json(200, { faults: control.faults(c.tenant) }),
    addFault: (c) => json(201, { fault: control.addFault(c.tenant, c.body) }),
    clearFaults: (c) => {
      control.clearFaults(c.tenant);
      return noContent();
    },
    removeFault: (c) => {
      control.removeFault(c.tenant, c.params.id!);
      return noContent();
    },
    listRequests: (c) =>
      json(200, {
        requests: control.journal(c.tenant, {
          path: c.query.path as string | undefined,
          status: c.query.status as string | undefined,
          limit: c.query.limit as number | undefined,
        }),
      }),
    getMetrics: (c) => json(200, control.metrics(c.allTenants ? undefined : c.tenant)),
    listWebhooks: (c) =>
      json(200, {
        webhooks: control
          .webhooks(c.tenant, { type: c.query.type as string | undefined, member_guid: c.query.member_guid as string | undefined, state: c.query.state as string | undefined, limit: c.query.limit as number | undefined })
          .map(webhookView),
      }),
    getWebhookConfig: (c) => json(200, control.webhookConfig(c.tenant)),
    putWebhookConfig: (c) => json(200, control.configureWebhooks(c.tenant, c.body)),
    fireWebhook: (c) => json(201, { webhooks: control.fireWebhook(c.tenant, c.body.type as string, c.body.member_guid as string).map(webhookView) }),
    redeliverWebhook: (c) => json(201, { webhook: webhookView(control.redeliverWebhook(c.tenant, c.params.guid!)) }),
    completeOAuth: (c) => {
      control.completeOAuth(c.tenant, c.body.user_guid as string, c.body.member_guid as string, c.body.outcome === 'DENIED' ? 'DENIED' : 'CONNECTED');
      return noContent();
    },
  };
}

/** One control-plane request as control-http.ts read it: the path without its query, the query parsed, the body read. */
export interface ControlRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  body: RequestBody | { kind: 'refused'; reply: Reply };
  publicUrl: string;
}

/** What a control-plane request is answered, and the operation it matched (for the log line). */
export interface ControlAnswer {
  reply: Reply;
  operationId?: string | undefined;
}

/** The /__mock routes: matched, validated and answered against src/spec/control-plane.openapi.yml; never rejects. */
export function createControlRoutes(deps: ControlRoutesDeps): (request: ControlRequest) => Promise<ControlAnswer> {
  const handlers = handlersFor(deps);
  const handle = async (req: ControlRequest): Promise<ControlAnswer> => {
    const match = deps.spec.routes.match(req.method === 'HEAD' ? 'GET' : req.method, req.path);
    if (match.kind === 'not_found') return { reply: errorReply(404, `No control-plane endpoint is ${req.method} ${req.path}; see README "Control plane".`) };
    if (match.kind === 'malformed') return { reply: errorReply(400, `Malformed percent-encoding in the path segment "${match.segment}".`) };
    if (match.kind === 'method_not_allowed') {
      const allow = match.allow.join(', ');
      return { reply: errorReply(405, `${req.method} is not allowed on ${req.path}; allowed: ${allow}.`, { Allow: allow }) };
    }
    const operationId = match.route.operation.operationId!;
    const allTenants = ACROSS_TENANTS.has(operationId) || (req.query.scope === 'all' && declaresScope(match.route.operation));
    const clientId = req.headers['mx-client-id'];
    if (allTenants) {
      const refused = deps.keys.checkAdmin(req.headers);
      if (refused) return { reply: refused, operationId };
    } else if (!UNSCOPED.has(operationId) || (deps.keys.guarded && operationId !== ALWAYS_OPEN)) {
      const refused = deps.keys.checkTenant(req.headers);
      if (refused) return { reply: refused, operationId };
      // a seed holds its tenant while it runs: wait for it, so what it does is never interleaved
      for (let held = deps.store.held(clientId as string); held; held = deps.store.held(clientId as string)) await held;
    }
    const body = req.body;
    if (body.kind === 'refused') return { reply: body.reply, operationId };
    if (body.kind === 'other') {
      return { reply: errorReply(415, `Unsupported Media Type: control-plane bodies must be application/json, not ${body.contentType ?? 'unspecified'}.`), operationId };
    }
    const checked = validateRequest(deps.spec.validator, match.route.operation, {
      params: match.params,
      headers: req.headers,
      query: req.query,
      body: body.kind === 'json' ? body.value : undefined,
    });
    if (!checked.ok) return { reply: errorReply(400, checked.message), operationId };
    try {
      const reply = await handlers[operationId]!({
        params: match.params,
        query: checked.request.query,
        body: (checked.request.body ?? {}) as Record<string, unknown>,
        tenant: typeof clientId === 'string' ? clientId : '',
        allTenants,
        publicUrl: req.publicUrl,
      });
      return { reply, operationId };
    } catch (error) {
      if (error instanceof ControlError) return { reply: errorReply(error.status, error.message), operationId };
      if (error instanceof DomainError) return { reply: errorReply(STATUS_BY_CODE[error.code], error.message), operationId };
      deps.logger.error({ err: error, operationId }, 'control-plane handler failed');
      return { reply: mockErrorReply(`The control plane failed in ${operationId}: ${(error as Error).message}`), operationId };
    }
  };

  const checked = ({ reply, operationId }: ControlAnswer): ControlAnswer => {
    if (operationId && !reply.mockError && deps.responseValidation !== 'off') {
      const problems = deps.responses.check(operationId, reply, 'application/json');
      if (problems.length > 0 && deps.responseValidation === 'strict') {
        return { reply: mockErrorReply(`Control-plane response for ${operationId} (${reply.status}) does not match src/spec/control-plane.openapi.yml: ${problems.join('; ')}`), operationId };
      }
    }
    return { reply, operationId };
  };

  return (req) =>
    handle(req)
      .then(checked)
      .catch((error: unknown) => {
        deps.logger.error({ err: error }, 'control plane failed');
        return { reply: mockErrorReply(`The simulator failed: ${(error as Error).message}`) };
      });
}
