import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../src/http/openapi.js';
import { atriumSpecJsonPath } from '../src/paths.js';
import { generatedTypesPath, renderSpecJson, renderTypes } from '../src/spec/generate-types.js';

describe('the OpenAPI document', () => {
  it('describes all 48 Atrium operations', () => {
    const { routes } = loadSpec(atriumSpecJsonPath);
    expect(routes.routes).toHaveLength(48);
    expect(new Set(routes.routes.map((route) => route.operation.operationId)).size).toBe(48);
  });

  it('generates the committed types in src/generated (run `npm run generate` when this fails)', async () => {
    expect(await renderTypes()).toBe(readFileSync(generatedTypesPath, 'utf8'));
  });

  it('is loaded from a JSON copy that matches the YAML (run `npm run generate` when this fails)', () => {
    expect(renderSpecJson()).toBe(readFileSync(atriumSpecJsonPath, 'utf8'));
  });

  it('routes the statement PDF path before the statement JSON path', () => {
    const { routes } = loadSpec(atriumSpecJsonPath);
    const match = routes.match('GET', '/users/USR-1/members/MBR-1/statements/STA-1.pdf');
    expect(match).toMatchObject({ kind: 'found', params: { statement_guid: 'STA-1' } });
    expect(match.kind === 'found' && match.route.operation.operationId).toBe('downloadStatementPdf');
  });

  // the running simulator compiles these without checking them against JSON Schema's meta-schema (startup time): this does
  it.each(['atrium', 'control-plane', 'webhooks'])('has only valid JSON Schemas in %s.openapi.json', (name) => {
    const document = JSON.parse(readFileSync(join(atriumSpecJsonPath, '..', `${name}.openapi.json`), 'utf8'));
    const ajv = new Ajv({ strict: false });
    const invalid: string[] = [];
    const visit = (node: unknown, path: string, depth: number): void => {
      if (depth > 64 || node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.schema && typeof record.schema === 'object' && !ajv.validateSchema(record.schema as object)) invalid.push(`${path}.schema: ${ajv.errorsText()}`);
      for (const [key, value] of Object.entries(record)) visit(value, `${path}.${key}`, depth + 1);
    };
    for (const [schemaName, schema] of Object.entries(document.components?.schemas ?? {})) {
      if (!ajv.validateSchema(schema as object)) invalid.push(`components.schemas.${schemaName}: ${ajv.errorsText()}`);
    }
    visit(document.paths, 'paths', 0);
    expect(invalid).toEqual([]);
    expect(Object.keys(document.components?.schemas ?? {}).length).toBeGreaterThan(0);
  });
});
