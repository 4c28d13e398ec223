import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAtriumClient, OPERATION_ROUTES } from '../../src/client/index.js';

interface SpecOperation {
  operationId: string;
  responses: Record<string, { content?: Record<string, unknown> }>;
}

const spec = JSON.parse(readFileSync(new URL('../../src/generated/atrium.openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, SpecOperation>>;
};

const specRoutes = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method))
    .map(([method, operation]) => {
      const pdf = Object.keys(operation.responses['200']?.content ?? {}).includes('application/vnd.mx.atrium.v1+pdf');
      return [operation.operationId, { method: method.toUpperCase(), path, ...(pdf ? { accept: 'application/vnd.mx.atrium.v1+pdf' } : {}) }] as const;
    }),
);

describe('the client operation table', () => {
  it('has exactly the operations of src/spec/atrium.openapi.yml with their methods, paths and media types', () => {
    expect(specRoutes).toHaveLength(48);
    expect(OPERATION_ROUTES).toEqual(Object.fromEntries(specRoutes));
  });

  it('gives the client one method per operation, named by operationId', () => {
    const client = createAtriumClient({ baseUrl: 'http://127.0.0.1:1', apiKey: 'k', clientId: 'c' });
    for (const [operationId] of specRoutes) expect(typeof client[operationId as keyof typeof OPERATION_ROUTES]).toBe('function');
  });
});

describe('the client package', () => {
  it('imports and re-exports nothing from the simulator: only its own files, generated types, node: and commander', () => {
    const dir = new URL('../../src/client/', import.meta.url);
    const imports = readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...readFileSync(new URL(file, dir), 'utf8').matchAll(/^(?:import|export)\s+(type\s+)?[^'";]*from\s+'([^']+)'/gm)].map((match) => ({ file, type: Boolean(match[1]), from: match[2]! })));
    const outside = imports.filter(({ from, type }) => !from.startsWith('./') && !from.startsWith('node:') && from !== 'commander' && !(type && from === '../generated/atrium.js'));
    expect(imports.length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });
});
