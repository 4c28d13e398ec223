import type { Logger } from 'pino';
import type { DeliveryAttempt } from '../store/tenant-state.js';
import { TenantRebuildError } from '../store/tenant-store.js';
import { deliverWebhook } from '../webhooks/deliver.js';
import type { ControlPlane } from './control-plane.js';

export interface WebhookSenderDeps {
  control: ControlPlane;
  logger: Logger;
  /** Real milliseconds an attempt may take before it counts as failed. */
  timeoutMs?: number;
}

/**
 * Sends what the outboxes owe, never on a request's path: after a tenant's change is committed
 * (poke), the sender looks for webhooks due by the tenant's clock and POSTs each in the
 * background; how an attempt went is a command like any other, so a retry is scheduled on the
 * simulated clock and a restart resumes the schedule. One attempt per webhook at a time.
 */
export class WebhookSender {
  readonly #inFlight = new Set<string>();
  readonly #owing = new Set<string>();
  readonly #poked = new Set<string>();
  #scheduled = false;
  #closed = false;
  readonly #settled = new Set<() => void>();

  constructor(private readonly deps: WebhookSenderDeps) {}

  /** A tenant changed: look at its outbox once this turn's answers are written. */
  poke(tenantId: string): void {
    if (this.#closed) return;
    this.#poked.add(tenantId);
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      const tenants = [...this.#poked];
      this.#poked.clear();
      for (const tenant of tenants) this.#check(tenant);
    });
  }

  /** Tenants that still owe webhooks (the periodic sweep pokes them, for retries a real clock makes due). */
  get owing(): string[] {
    return [...this.#owing];
  }

  /** Resolves when no attempt is under way (tests and shutdown). */
  idle(): Promise<void> {
    if (this.#inFlight.size === 0 && !this.#scheduled) return Promise.resolve();
    return new Promise((resolve) => this.#settled.add(resolve));
  }

  close(): void {
    this.#closed = true;
  }

  #check(tenantId: string): void {
    const { control, logger } = this.deps;
    let due: ReturnType<ControlPlane['dueWebhooks']>;
    try {
      due = control.dueWebhooks(tenantId);
      if (control.owesWebhooks(tenantId)) this.#owing.add(tenantId);
      else this.#owing.delete(tenantId);
    } catch (error) {
      if (!(error instanceof TenantRebuildError)) logger.error({ err: error, tenant: tenantId }, 'could not read the webhook outbox');
      this.#notifyIdle();
      return;
    }
    for (const webhook of due) {
      const key = `${tenantId}\u0000${webhook.guid}`;
      if (this.#inFlight.has(key)) continue;
      this.#inFlight.add(key);
      const at = control.now(tenantId);
      const attempt: Promise<DeliveryAttempt> =
        webhook.url === null
          ? Promise.resolve({ at, url: '', status: null, duration_ms: 0, error: 'no webhook URL is configured for this type any more' })
          : deliverWebhook({ url: webhook.url, payload: webhook.payload, headers: webhook.headers, timeoutMs: this.deps.timeoutMs }, { now: () => at }).then((result) => ({
              at: result.at_ms,
              url: webhook.url!,
              status: result.status,
              duration_ms: result.duration_ms,
              error: result.error,
            }));
      void attempt
        .then(async (result) => {
          if (this.#closed) return;
          try {
            // a seed holds the tenant: the attempt is recorded after it, in order
            await control.whenFree(tenantId);
            control.recordWebhookAttempt(tenantId, webhook.guid, result);
          } catch (error) {
            logger.error({ err: error, tenant: tenantId, webhook: webhook.guid }, 'could not record a webhook attempt');
          }
        })
        .finally(() => {
          this.#inFlight.delete(key);
          this.#notifyIdle();
        });
    }
    this.#notifyIdle();
  }

  #notifyIdle(): void {
    if (this.#inFlight.size > 0 || this.#scheduled) return;
    for (const resolve of this.#settled) resolve();
    this.#settled.clear();
  }
}
