import { z } from 'zod';
import { records } from '../store/records.js';
import type { WebhookConfig } from '../store/tenant-state.js';
import { chaosConfigSchema } from '../webhooks/chaos.js';
import { WEBHOOK_TYPES } from '../webhooks/types.js';

const url = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as http://localhost:9000/webhooks' }).max(2048);
/** RFC 9110 token characters; values without line breaks. */
const headerName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/, 'expected a header name');
const headerValue = z.string().max(4096).regex(/^[^\r\n]*$/, 'a header value must not contain a line break');

/** PUT /__mock/webhooks/config: where a tenant's webhooks go, what they carry, and the chaos MX warns of. */
export const webhookConfigSchema = z.strictObject({
  url: url.nullable().optional(),
  urls: z.partialRecord(z.enum(WEBHOOK_TYPES as [string, ...string[]]), url).optional(),
  headers: z
    .record(headerName, headerValue)
    .refine((headers) => Object.keys(headers).length <= 50, 'at most 50 headers')
    .optional(),
  chaos: chaosConfigSchema.optional(),
});

export type WebhookConfigInput = z.infer<typeof webhookConfigSchema>;

/** A checked configuration as the tenant keeps it (records without prototypes, defaults filled). */
export function toWebhookConfig(input: WebhookConfigInput): WebhookConfig {
  return {
    url: input.url ?? null,
    urls: records(Object.entries(input.urls ?? {}) as [string, string][]),
    headers: records(Object.entries(input.headers ?? {})),
    chaos: { ...input.chaos },
  };
}
