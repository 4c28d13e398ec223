import { readFileSync } from 'node:fs';
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
});
