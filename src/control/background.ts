import type { Logger } from 'pino';
import type { TenantStore } from '../store/tenant-store.js';
import type { ControlPlane } from './control-plane.js';
import type { WebhookSender } from './webhook-sender.js';

/** How often owed webhooks are looked at, and how often tenants that send webhooks are swept for what time brought (real milliseconds). */
export const RETRY_CHECK_EVERY_MS = 1_000;
export const SWEEP_EVERY_MS = 60_000;

/**
 * What happens with nobody asking, for a clock that moves by itself: retries that came due and
 * MX's background aggregations (whose webhooks a receiver waits for). A manual clock moves only
 * with POST /__mock/clock/advance, which does the same work at once.
 */
export function createBackground(deps: { sender: WebhookSender; control: ControlPlane; tenants: TenantStore; logger: Logger }): { start(): void; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let ticks = 0;
  const tick = () => {
    ticks += 1;
    for (const tenant of deps.sender.owing) deps.sender.poke(tenant);
    if (ticks % Math.round(SWEEP_EVERY_MS / RETRY_CHECK_EVERY_MS) !== 0) return;
    for (const tenant of deps.tenants.residentIds()) {
      try {
        if (deps.control.sendsWebhooks(tenant)) deps.control.sweep(tenant);
      } catch (error) {
        deps.logger.warn({ err: error, tenant }, 'could not sweep a tenant');
      }
    }
  };
  return {
    start() {
      timer ??= setInterval(tick, RETRY_CHECK_EVERY_MS);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      deps.sender.close();
    },
  };
}
