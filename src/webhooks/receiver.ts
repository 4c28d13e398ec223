/**
 * A webhook receiver for tests: a real HTTP server (port 0 by default) that collects the webhooks
 * the simulator sends and lets a test wait for the next one of a type, typed per payload:
 *
 *   const receiver = await createWebhookReceiver();
 *   // ... configure the simulator to send to receiver.url, start an aggregation ...
 *   const { payload } = await receiver.next({ type: 'AGGREGATION' });
 *   payload.transactions_created_count; // number | null
 *
 * It answers 204, as MX asks a receiver to; `failNext(n, status)` or `respond` make it answer
 * something else, e.g. to see the simulator retry.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components } from '../generated/webhooks.js';

type Schemas = components['schemas'];

/** What a receiver may get, per type: MX's documented fields (any of them may be null where the spec says so), plus fields MX may add. */
export interface ReceivedWebhooks {
  AGGREGATION: Schemas['AggregationWebhook'];
  BALANCE: Schemas['BalanceWebhook'];
  HISTORY: Schemas['HistoryWebhook'];
  STATEMENT: Schemas['StatementWebhook'];
  VERIFICATION: Schemas['VerificationWebhook'];
  CONNECTION_STATUS: Schemas['ConnectionStatusWebhook'];
}

export type ReceivedWebhookType = keyof ReceivedWebhooks;

/** One request the receiver got. */
export interface WebhookDelivery<P = ReceivedWebhooks[ReceivedWebhookType]> {
  /** 0 for the first request the receiver got. */
  index: number;
  /** The JSON body; undefined when the body was not JSON (see `error`). */
  payload: P;
  /** `payload.type` and `payload.member_guid` when they are strings. */
  type: string | null;
  member_guid: string | null;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body. */
  body: string;
  /** Real time (Date.now) it arrived. */
  received_at_ms: number;
  /** What the receiver answered. */
  status: number;
  /** Why the body could not be read as JSON, or why `respond` failed. */
  error: string | null;
}

export interface NextFilter {
  type?: ReceivedWebhookType;
  member_guid?: string;
  /** Any other condition, e.g. `(delivery) => delivery.status === 204`. */
  where?: (delivery: WebhookDelivery) => boolean;
  /** How long to wait before failing (default 10 s): a bound for a broken test, not a timing. */
  timeoutMs?: number;
}

export interface WebhookReceiverOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The status to answer each delivery with (default 204); failNext() takes precedence. */
  respond?: (delivery: WebhookDelivery) => number | Promise<number>;
}

export interface WebhookReceiver {
  /** Where to send webhooks (any path of the server is accepted). */
  url: string;
  port: number;
  /** Every request so far, in the order they arrived. */
  readonly deliveries: readonly WebhookDelivery[];
  /**
   * The next delivery that matches, oldest first: one received already and not yet returned by
   * next(), or the next to arrive. Rejects after `timeoutMs`, saying what did arrive.
   */
  next<T extends ReceivedWebhookType>(filter: NextFilter & { type: T }): Promise<WebhookDelivery<ReceivedWebhooks[T]>>;
  next(filter?: NextFilter): Promise<WebhookDelivery>;
  /** Answers the next `count` deliveries with `status` (default 500), then goes back to normal: a receiver that is down and recovers. */
  failNext(count: number, status?: number): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10_000;

interface Waiter {
  filter: NextFilter;
  resolve: (delivery: WebhookDelivery) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

const matches = (delivery: WebhookDelivery, filter: NextFilter): boolean =>
  (filter.type === undefined || delivery.type === filter.type) &&
  (filter.member_guid === undefined || delivery.member_guid === filter.member_guid) &&
  (filter.where === undefined || filter.where(delivery));

const describeFilter = (filter: NextFilter): string =>
  [filter.type ? `type ${filter.type}` : '', filter.member_guid ? `member ${filter.member_guid}` : '', filter.where ? 'the where condition' : ''].filter(Boolean).join(', ') || 'any';

const validStatus = (status: unknown): status is number => Number.isInteger(status) && (status as number) >= 200 && (status as number) <= 599;

/** Starts a receiver; `await receiver.close()` when done. */
export async function createWebhookReceiver(options: WebhookReceiverOptions = {}): Promise<WebhookReceiver> {
  const deliveries: WebhookDelivery[] = [];
  const returned = new Set<number>();
  const waiters: Waiter[] = [];
  const failures: { remaining: number; status: number } = { remaining: 0, status: 500 };
  let closed = false;
  let received = 0;

  const take = (filter: NextFilter): WebhookDelivery | undefined => {
    const found = deliveries.find((delivery) => !returned.has(delivery.index) && matches(delivery, filter));
    if (found) returned.add(found.index);
    return found;
  };

  const arrived = (delivery: WebhookDelivery) => {
    for (const waiter of [...waiters]) {
      let match: boolean;
      try {
        match = matches(delivery, waiter.filter);
      } catch (error) {
        // a throwing `where` fails its own next(), not the receiver
        settle(waiter);
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (!match) continue;
      returned.add(delivery.index);
      settle(waiter);
      waiter.resolve(delivery);
      return;
    }
  };

  const settle = (waiter: Waiter) => {
    waiters.splice(waiters.indexOf(waiter), 1);
    clearTimeout(waiter.timer);
  };

  const statusFor = async (delivery: WebhookDelivery): Promise<number> => {
    if (failures.remaining > 0) {
      failures.remaining -= 1;
      return failures.status;
    }
    if (!options.respond) return 204;
    try {
      const status = await options.respond(delivery);
      if (validStatus(status)) return status;
      delivery.error = `respond() answered ${String(status)}, not an HTTP status; answered 500`;
    } catch (error) {
      delivery.error = `respond() threw: ${(error as Error)?.message ?? String(error)}; answered 500`;
    }
    return 500;
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let payload: unknown;
      let error: string | null = null;
      if (tooLarge) error = `the body is larger than ${MAX_BODY_BYTES} bytes`;
      else {
        try {
          payload = JSON.parse(body);
        } catch (parseError) {
          error = `the body is not JSON: ${(parseError as Error).message}`;
        }
      }
      const record = payload as { type?: unknown; member_guid?: unknown } | undefined;
      const delivery: WebhookDelivery = {
        index: received++,
        payload: payload as WebhookDelivery['payload'],
        type: typeof record?.type === 'string' ? record.type : null,
        member_guid: typeof record?.member_guid === 'string' ? record.member_guid : null,
        method: req.method ?? 'POST',
        path: req.url ?? '/',
        headers: req.headers,
        body,
        received_at_ms: Date.now(),
        status: 204,
        error,
      };
      void (async () => {
        delivery.status = tooLarge ? 413 : error ? 400 : await statusFor(delivery);
        // in arrival order, also when an async respond() answers a later request first
        const at = deliveries.findIndex((other) => other.index > delivery.index);
        deliveries.splice(at === -1 ? deliveries.length : at, 0, delivery);
        try {
          res.writeHead(delivery.status).end();
        } catch {
          res.destroy();
        }
        arrived(delivery);
      })();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address === '0.0.0.0' || address === '::' ? '127.0.0.1' : address.includes(':') ? `[${address}]` : address;

  function next(filter: NextFilter = {}): Promise<WebhookDelivery> {
    let found: WebhookDelivery | undefined;
    try {
      found = take(filter);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (found) return Promise.resolve(found);
    if (closed) return Promise.reject(new Error('The webhook receiver is closed.'));
    const timeoutMs = filter.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise<WebhookDelivery>((resolve, reject) => {
      const waiter: Waiter = {
        filter,
        resolve,
        reject,
        timer: setTimeout(() => {
          settle(waiter);
          const seen = deliveries.map((delivery) => `#${delivery.index} ${delivery.type ?? '(no type)'} ${delivery.member_guid ?? ''} answered ${delivery.status}${returned.has(delivery.index) ? ' (returned before)' : ''}`.replace('  ', ' '));
          reject(new Error(`No webhook (${describeFilter(filter)}) arrived within ${timeoutMs} ms. Received: ${seen.length ? seen.join('; ') : 'nothing'}.`));
        }, timeoutMs),
      };
      waiters.push(waiter);
    });
  }

  return {
    url: `http://${host}:${port}/webhooks`,
    port,
    get deliveries() {
      return deliveries;
    },
    next: next as WebhookReceiver['next'],
    failNext(count, status = 500) {
      if (!Number.isInteger(count) || count < 0) throw new RangeError(`failNext: count must be a whole number >= 0, not ${count}`);
      if (!validStatus(status)) throw new RangeError(`failNext: ${status} is not an HTTP status (200-599)`);
      failures.remaining = count;
      failures.status = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        closed = true;
        for (const waiter of waiters.splice(0)) {
          clearTimeout(waiter.timer);
          waiter.reject(new Error('The webhook receiver was closed before a matching webhook arrived.'));
        }
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
