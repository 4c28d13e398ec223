import type { DomainContext } from '../domain/context.js';
import { DomainError } from '../domain/errors.js';
import { completeOAuth } from '../domain/oauth.js';
import { settle } from '../domain/progress.js';
import { fireWebhook, recordAttempt, redeliverWebhook } from '../domain/webhooks.js';
import type { DeliveryAttempt, WebhookKind } from '../store/tenant-state.js';
import { isWebhookType, WEBHOOK_TYPES } from '../webhooks/types.js';
import { toWebhookConfig, webhookConfigSchema } from './webhook-config.js';
import { toMxTimestamp } from '../simulation/clock.js';
import type { Scenario } from '../simulation/scenario-schema.js';
import { own, valuesOf } from '../store/records.js';
import type { MemberState } from '../store/tenant-state.js';
import { ControlError } from './control-error.js';

/** The latest instant a tenant's clock may show: MX timestamps have four-digit years. */
export const LATEST_SIMULATED_TIME = Date.UTC(9999, 11, 31, 23, 59, 59);

/**
 * The control-plane operations that change a tenant's state, as commands: the live request and
 * the replay of its log both run them here. Faults, the journal and metrics are not state.
 */
export const CONTROL_OPS = {
  advance_clock: (ctx: DomainContext, args: { ms: number }) => {
    const { ms } = args;
    if (!Number.isSafeInteger(ms) || ms < 0) throw new ControlError(400, `Invalid clock advance: ms must be a whole number of milliseconds >= 0, got ${String(ms)}.`);
    if (ctx.now + ms > LATEST_SIMULATED_TIME) {
      throw new ControlError(400, `Invalid clock advance: ${ms} ms would move the tenant's clock past ${toMxTimestamp(LATEST_SIMULATED_TIME)}, the latest time MX timestamps can show (it is ${toMxTimestamp(ctx.now)}).`);
    }
    ctx.tenant.clock_offset_ms += ms;
    // what the new time brings happens now, not when someone next looks: jobs move on, challenges
    // expire, background aggregations start, and their webhooks go out
    settleTenant({ ...ctx, now: ctx.now + ms });
  },
  /** What time brought since the tenant was last looked at (the periodic sweep of a real clock). */
  sweep: (ctx: DomainContext, _args: Record<string, never>) => {
    settleTenant(ctx);
  },
  set_webhooks: (ctx: DomainContext, args: { config: unknown }) => {
    const parsed = webhookConfigSchema.safeParse(args.config);
    if (!parsed.success) throw new ControlError(400, `Invalid webhook configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`).join('; ')}.`);
    ctx.tenant.webhooks.config = toWebhookConfig(parsed.data);
  },
  webhook_attempt: (ctx: DomainContext, args: { guid: string; attempt: DeliveryAttempt }) => {
    recordAttempt(ctx, args.guid, args.attempt);
  },
  webhook_redeliver: (ctx: DomainContext, args: { guid: string }) => {
    redeliverWebhook(ctx, args.guid);
  },
  webhook_fire: (ctx: DomainContext, args: { type: WebhookKind; member_guid: string }) => {
    if (!isWebhookType(args.type)) throw new ControlError(400, `Unknown webhook type "${String(args.type)}"; one of ${WEBHOOK_TYPES.join(', ')}.`);
    fireWebhook(ctx, args.type, args.member_guid);
  },
  activate_scenario: (ctx: DomainContext, args: { name: string; member_guid?: string | undefined }) => {
    const scenario = scenarioNamed(ctx, args.name);
    if (args.member_guid !== undefined) memberNamed(ctx, args.member_guid).forced_scenario = scenario.name;
    else ctx.tenant.forced_scenario = scenario.name;
  },
  deactivate_scenario: (ctx: DomainContext, args: { member_guid?: string | undefined }) => {
    if (args.member_guid !== undefined) memberNamed(ctx, args.member_guid).forced_scenario = null;
    else ctx.tenant.forced_scenario = null;
  },
  complete_oauth: (ctx: DomainContext, args: { user_guid: string; member_guid: string; outcome: 'CONNECTED' | 'DENIED' }) => {
    completeOAuth(ctx, args.user_guid, args.member_guid, args.outcome);
  },
} satisfies Record<string, (ctx: DomainContext, args: never) => void>;

export type ControlOp = keyof typeof CONTROL_OPS;
export type ControlArgs<Op extends ControlOp> = Parameters<(typeof CONTROL_OPS)[Op]>[1];

export function isControlOp(op: string): op is ControlOp {
  return Object.hasOwn(CONTROL_OPS, op);
}

/** Whether an error is a refusal with a 4xx answer (the request changed nothing), not a failure of the simulator. */
export function isRefusal(error: unknown): boolean {
  return (error instanceof ControlError && error.status < 500) || (error instanceof DomainError && error.code !== 'simulator');
}

/** Brings every member of the tenant up to date with its clock, in the order they were created. */
function settleTenant(ctx: DomainContext): void {
  for (const user of valuesOf(ctx.tenant.users)) for (const state of valuesOf(user.members)) settle(ctx, state);
}

function scenarioNamed(ctx: DomainContext, name: string): Scenario {
  const scenario = ctx.scenarios.get(name);
  if (!scenario) {
    const known = ctx.scenarios.scenarios.map((candidate) => candidate.name).join(', ');
    throw new ControlError(404, `Unknown scenario "${name}". Known scenarios: ${known}.`);
  }
  return scenario;
}

function memberNamed(ctx: DomainContext, memberGuid: string): MemberState {
  for (const user of valuesOf(ctx.tenant.users)) {
    const state = own(user.members, memberGuid);
    if (state) return state;
  }
  throw new ControlError(404, `Unknown member "${memberGuid}" in tenant "${ctx.tenant.tenant_id}".`);
}
