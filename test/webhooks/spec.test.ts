import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedWebhookTypesPath, renderSpecJson, renderTypes, webhooksSpecJsonPath, webhooksSpecPath } from '../../src/spec/generate-types.js';
import { WEBHOOK_CONNECTION_STATUSES } from '../../src/webhooks/connection-statuses.js';
import { WEBHOOK_TYPES } from '../../src/webhooks/types.js';
import { documentedFields, WEBHOOK_SCHEMAS } from '../../src/webhooks/validate.js';

describe('the webhook payload document', () => {
  it('generates the committed types in src/generated/webhooks.ts (run `npm run generate` when this fails)', async () => {
    expect(await renderTypes(webhooksSpecPath)).toBe(readFileSync(generatedWebhookTypesPath, 'utf8'));
  });

  it('is validated from a JSON copy that matches the YAML (run `npm run generate` when this fails)', () => {
    expect(renderSpecJson(webhooksSpecPath)).toBe(readFileSync(webhooksSpecJsonPath, 'utf8'));
  });

  const spec = JSON.parse(readFileSync(webhooksSpecJsonPath, 'utf8')) as { components: { schemas: Record<string, { required: string[]; additionalProperties: boolean; enum?: string[] }> } };

  it('names the same webhook types and CONNECTION_STATUS statuses as the code', () => {
    expect(spec.components.schemas.WebhookType!.enum).toEqual(WEBHOOK_TYPES);
    expect(spec.components.schemas.WebhookConnectionStatus!.enum).toEqual(WEBHOOK_CONNECTION_STATUSES);
  });

  it('has one schema per webhook type, each listing its fields alphabetically as MX does', () => {
    for (const type of WEBHOOK_TYPES) {
      const schema = spec.components.schemas[WEBHOOK_SCHEMAS[type]]!;
      expect(schema.additionalProperties, type).toBe(true);
      expect(schema.required, type).toEqual(documentedFields(type));
      expect([...documentedFields(type)].sort(), type).toEqual(documentedFields(type));
    }
  });
});
