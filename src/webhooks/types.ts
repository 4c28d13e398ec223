/** The webhook payload types, from the generated types of src/spec/webhooks.openapi.yml. */
import type { components } from '../generated/webhooks.js';

type Schemas = components['schemas'];

export type WebhookType = Schemas['WebhookType'];

/** A schema's documented fields only: the generated types also allow any other key (MX may add fields). */
type Documented<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/** Each type's payload as MX documents it (and as the simulator sends it, before chaos). */
export interface WebhookPayloads {
  AGGREGATION: Documented<Schemas['AggregationWebhook']>;
  BALANCE: Documented<Schemas['BalanceWebhook']>;
  HISTORY: Documented<Schemas['HistoryWebhook']>;
  STATEMENT: Documented<Schemas['StatementWebhook']>;
  VERIFICATION: Documented<Schemas['VerificationWebhook']>;
  CONNECTION_STATUS: Documented<Schemas['ConnectionStatusWebhook']>;
}

export type WebhookPayload<T extends WebhookType = WebhookType> = WebhookPayloads[T];

/** Every webhook type, in the order MX lists them. */
export const WEBHOOK_TYPES: readonly WebhookType[] = Object.freeze(['AGGREGATION', 'BALANCE', 'HISTORY', 'STATEMENT', 'VERIFICATION', 'CONNECTION_STATUS']);

export const isWebhookType = (value: unknown): value is WebhookType => typeof value === 'string' && (WEBHOOK_TYPES as readonly string[]).includes(value);
