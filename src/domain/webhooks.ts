import { createHash } from 'node:crypto';
import type { Member } from '../spec/wire.js';
import { nextGuid } from '../store/random.js';
import { own, valuesOf } from '../store/records.js';
import type { DeliveryAttempt, Job, MemberState, OutboxEntry, WebhookKind } from '../store/tenant-state.js';
import { holdsForReorder, planChaos } from '../webhooks/chaos.js';
import { firesConnectionStatusWebhook } from '../webhooks/connection-statuses.js';
import { buildWebhook, type WebhookInputs } from '../webhooks/payloads.js';
import { nextAttemptAt } from '../webhooks/schedule.js';
import { webhookProblems } from '../webhooks/validate.js';
import type { DomainContext } from './context.js';
import { DomainError, notFound } from './errors.js';
import { accountTransactions } from './account-transactions.js';

/** Webhooks kept per tenant (the oldest finished ones go first). */
export const MAX_OUTBOX_ENTRIES = 500;

/** Where webhooks of a type go for this tenant: its configuration, else the simulator's default (--webhook-url); null: not sent, not kept. */
export function webhookUrl(ctx: DomainContext, type: WebhookKind): string | null {
  const config = ctx.tenant.webhooks.config;
  return (config && (own(config.urls, type) ?? config.url)) ?? ctx.settings.webhookUrl;
}

/** MX's job guid: derived from the member and when (and which) job started, so it draws nothing from the seeded ids. */
export function jobGuid(member: Pick<Member, 'guid'>, at: number, type: string): string {
  const hex = createHash('sha256').update(`${member.guid}\u0000${at}\u0000${type}`).digest('hex');
  return `JOB-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function userIdOf(ctx: DomainContext, member: Member): string | null {
  return own(ctx.tenant.users, member.user_guid)?.user.identifier ?? null;
}

/** Drops the oldest finished webhooks beyond the bound (pending ones stay: they are still owed). */
function trimOutbox(ctx: DomainContext): void {
  const { outbox } = ctx.tenant.webhooks;
  let count = Object.keys(outbox).length;
  for (const [guid, entry] of Object.entries(outbox)) {
    if (count <= MAX_OUTBOX_ENTRIES) return;
    if (entry.state === 'delivered' || entry.state === 'failed') {
      delete outbox[guid];
      count -= 1;
    }
  }
}

/**
 * Makes one webhook: checked against its schema (a payload off the spec is the simulator's own
 * failure), passed through the tenant's chaos, and put in the outbox, due now. Nothing is made
 * for a type that goes nowhere.
 */
export function emitWebhook<T extends WebhookKind>(ctx: DomainContext, type: T, input: WebhookInputs[T], at = ctx.now): OutboxEntry[] {
  if (webhookUrl(ctx, type) === null) return [];
  const payload = buildWebhook(type, input) as unknown as Record<string, unknown>;
  const problems = webhookProblems(payload);
  if (problems.length > 0) throw new DomainError('simulator', `The simulator's ${type} webhook does not match src/spec/webhooks.openapi.yml: ${problems.join('; ')}`);
  const webhooks = ctx.tenant.webhooks;
  const chaos = webhooks.config?.chaos ?? {};
  const seed = `${ctx.settings.seed}:${ctx.tenant.tenant_id}`;
  const counter = webhooks.sequence;
  const plan = planChaos([payload], chaos, seed, counter);
  webhooks.sequence = plan.nextCounter;
  const held = valuesOf(webhooks.outbox).filter((entry) => entry.state === 'held');
  const hold = held.length === 0 && holdsForReorder(chaos, seed, counter);
  const made = plan.deliveries.map((delivery): OutboxEntry => {
    const guid = nextGuid(ctx.tenant.random, 'WHK');
    const entry: OutboxEntry = {
      guid,
      type,
      member_guid: input.member.guid,
      user_guid: input.member.user_guid,
      payload: delivery.payload,
      created_at: at,
      state: hold ? 'held' : 'pending',
      attempts: [],
      first_attempt_at: hold ? null : at,
      next_attempt_at: hold ? null : at,
      order: counter,
      chaos: hold ? [...delivery.changes, 'held back to go after the next webhook'] : delivery.changes,
      redelivery_of: null,
    };
    webhooks.outbox[guid] = entry;
    return entry;
  });
  // a webhook chaos held back goes right after this one
  for (const entry of hold ? [] : held) {
    entry.state = 'pending';
    entry.first_attempt_at = at;
    entry.next_attempt_at = at;
    entry.order = counter + 0.5;
  }
  ctx.work.changed = true;
  trimOutbox(ctx);
  return made;
}

/** Counts what a job's gathering did to the member's transactions: new ones (gathered at `at`) and pending ones that posted then. */
export function countGathered(ctx: DomainContext, state: MemberState, at: string): { created: number; updated: number } {
  let created = 0;
  let updated = 0;
  for (const record of valuesOf(state.accounts)) {
    for (const transaction of accountTransactions(ctx, state, record)) {
      if (transaction.created_at === at) created += 1;
      else if (transaction.updated_at === at) updated += 1;
    }
  }
  return { created, updated };
}

/** The webhook a finished job sends (identification sends none: MX documents none for it). */
export function emitJobWebhook(ctx: DomainContext, state: MemberState, job: Job, at: number): void {
  const { member } = state;
  const common = { member: { guid: member.guid, user_guid: member.user_guid }, completed_at_ms: at };
  const created = job.transactions_created ?? 0;
  const updated = job.transactions_updated ?? 0;
  switch (job.type) {
    case 'aggregation':
      emitWebhook(ctx, 'AGGREGATION', { ...common, job_guid: job.guid ?? jobGuid(member, job.phase_entered_at, job.type), is_background: job.background === true, transactions_created_count: created, transactions_updated_count: updated, user_id: userIdOf(ctx, member) }, at);
      return;
    case 'balance':
      emitWebhook(ctx, 'BALANCE', common, at);
      return;
    case 'extended_history':
      emitWebhook(ctx, 'HISTORY', { ...common, transactions_created_count: created, transactions_updated_count: updated }, at);
      return;
    case 'statements':
      emitWebhook(ctx, 'STATEMENT', { ...common, statements_created_count: job.statements_created ?? 0 }, at);
      return;
    case 'verification':
      emitWebhook(ctx, 'VERIFICATION', { ...common, job_guid: job.guid ?? jobGuid(member, job.phase_entered_at, job.type), accounts: state.account_numbers.map((number) => number.account_guid), user_id: userIdOf(ctx, member) }, at);
      return;
    case 'identification':
      return;
  }
}

/** CONNECTION_STATUS when a member enters a status that needs its user (CHALLENGED, DENIED, LOCKED, ...). */
export function emitConnectionStatus(ctx: DomainContext, state: MemberState, before: string | null, at: number): void {
  const status = state.member.connection_status;
  if (status === before || !firesConnectionStatusWebhook(status)) return;
  emitWebhook(ctx, 'CONNECTION_STATUS', { member: { guid: state.member.guid, user_guid: state.member.user_guid }, connection_status: status, institution_name: state.member.name }, at);
}

/** Records how an attempt went and when the next one is due (on the tenant's clock), or that there is none. */
export function recordAttempt(ctx: DomainContext, guid: string, attempt: DeliveryAttempt): void {
  const entry = own(ctx.tenant.webhooks.outbox, guid);
  // an entry trimmed or reset while its attempt was under way: nothing to record
  if (!entry || entry.state !== 'pending') return;
  entry.attempts.push(attempt);
  if (attempt.status !== null && attempt.status >= 200 && attempt.status < 300) {
    entry.state = 'delivered';
    entry.next_attempt_at = null;
  } else {
    const next = nextAttemptAt(entry.attempts.length, entry.first_attempt_at ?? attempt.at);
    entry.next_attempt_at = next;
    if (next === null) entry.state = 'failed';
  }
  ctx.work.changed = true;
}

/** Sends a webhook again, now: a new outbox entry with the same payload. */
export function redeliverWebhook(ctx: DomainContext, guid: string): OutboxEntry {
  const original = own(ctx.tenant.webhooks.outbox, guid);
  if (!original) throw notFound(`webhook "${guid}"`);
  const url = webhookUrl(ctx, original.type);
  if (url === null) throw new DomainError('invalid', `No webhook URL is configured for ${original.type}: PUT /__mock/webhooks/config first.`);
  const copy: OutboxEntry = {
    ...original,
    guid: nextGuid(ctx.tenant.random, 'WHK'),
    created_at: ctx.now,
    state: 'pending',
    attempts: [],
    first_attempt_at: ctx.now,
    next_attempt_at: ctx.now,
    order: ctx.tenant.webhooks.sequence,
    chaos: [],
    redelivery_of: guid,
  };
  ctx.tenant.webhooks.outbox[copy.guid] = copy;
  ctx.work.changed = true;
  trimOutbox(ctx);
  return copy;
}

/** The webhooks due by now, in the order they go out. */
export function dueWebhooks(ctx: DomainContext): OutboxEntry[] {
  return valuesOf(ctx.tenant.webhooks.outbox)
    .filter((entry) => entry.state === 'pending' && entry.next_attempt_at !== null && entry.next_attempt_at <= ctx.now)
    .sort((a, b) => a.next_attempt_at! - b.next_attempt_at! || a.order - b.order || a.created_at - b.created_at);
}

/** A tenant's outbox as the control plane lists it: newest first, filtered. */
export function listOutbox(ctx: DomainContext, filter: { type?: string | undefined; member_guid?: string | undefined; state?: string | undefined }): OutboxEntry[] {
  return valuesOf(ctx.tenant.webhooks.outbox)
    .filter((entry) => (filter.type === undefined || entry.type === filter.type) && (filter.member_guid === undefined || entry.member_guid === filter.member_guid) && (filter.state === undefined || entry.state === filter.state))
    .reverse();
}


/** Sends a webhook about a member now, as if its event happened (POST /__mock/webhooks/fire). */
export function fireWebhook(ctx: DomainContext, type: WebhookKind, memberGuid: string): OutboxEntry[] {
  let state: MemberState | undefined;
  for (const user of valuesOf(ctx.tenant.users)) state ??= own(user.members, memberGuid);
  if (!state) throw notFound(`member "${memberGuid}"`);
  if (webhookUrl(ctx, type) === null) throw new DomainError('invalid', `No webhook URL is configured for ${type}: PUT /__mock/webhooks/config (or start the simulator with --webhook-url) first.`);
  const { member } = state;
  const who = { guid: member.guid, user_guid: member.user_guid };
  const job = state.job;
  const common = { member: who, completed_at_ms: ctx.now };
  switch (type) {
    case 'AGGREGATION':
      return emitWebhook(ctx, type, { ...common, job_guid: job?.guid ?? jobGuid(member, ctx.now, 'aggregation'), is_background: job?.background === true, transactions_created_count: 0, transactions_updated_count: 0, user_id: userIdOf(ctx, member) });
    case 'BALANCE':
      return emitWebhook(ctx, type, common);
    case 'HISTORY':
      return emitWebhook(ctx, type, { ...common, transactions_created_count: 0, transactions_updated_count: 0 });
    case 'STATEMENT':
      return emitWebhook(ctx, type, { ...common, statements_created_count: Object.keys(state.statements).length });
    case 'VERIFICATION':
      return emitWebhook(ctx, type, { ...common, job_guid: job?.guid ?? jobGuid(member, ctx.now, 'verification'), accounts: state.account_numbers.map((number) => number.account_guid), user_id: userIdOf(ctx, member) });
    case 'CONNECTION_STATUS': {
      const status = member.connection_status;
      if (!firesConnectionStatusWebhook(status)) {
        throw new DomainError('invalid', `Member "${memberGuid}" is ${status ?? 'without a connection_status'}; CONNECTION_STATUS is sent for CHALLENGED, DENIED, EXPIRED, IMPAIRED, IMPEDED, LOCKED, PREVENTED and REJECTED only.`);
      }
      return emitWebhook(ctx, type, { member: who, connection_status: status, institution_name: member.name });
    }
  }
}
