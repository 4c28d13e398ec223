import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

interface ModuleImport {
  file: string;
  /** `import type` / `export type`: erased, so it loads nothing. */
  type: boolean;
  /** The module named, or the expression of a dynamic import that names none literally. */
  from: string;
}

/** Every module a source file loads: `import ... from`, `export ... from`, side-effect `import '...'`, `import(...)` and `require(...)`. */
function importsOf(file: string, source: string): ModuleImport[] {
  const found: ModuleImport[] = [];
  for (const match of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'"`;]*?\bfrom\s*(['"])(.+?)\2/gm)) found.push({ file, type: Boolean(match[1]), from: match[3]! });
  for (const match of source.matchAll(/^\s*import\s*(['"])(.+?)\1/gm)) found.push({ file, type: false, from: match[2]! });
  for (const match of source.matchAll(/\b(?:import|require)\s*\(\s*([^)]*?)\s*\)/g)) {
    const literal = /^(['"`])([^'"`$]+)\1$/.exec(match[1]!);
    found.push({ file, type: false, from: literal ? literal[2]! : match[1]! });
  }
  return found;
}

describe('the client package', () => {
  it('finds static, re-exported, side-effect, dynamic and required imports alike', () => {
    const source = [
      "import { a } from './a.js';",
      'import type {',
      '  B,',
      "} from '../generated/atrium.js';",
      "export * from './c.js';",
      "import '../polyfill.js';",
      "const d = await import('../index.js');",
      'const e = await import(name);',
      "const f = require('express');",
    ].join('\n');
    expect(importsOf('x.ts', source).map(({ type, from }) => `${type ? 'type ' : ''}${from}`)).toEqual([
      './a.js',
      'type ../generated/atrium.js',
      './c.js',
      '../polyfill.js',
      '../index.js',
      'name',
      'express',
    ]);
  });

  it('imports and re-exports nothing from the simulator: only its own files, generated types, node: and commander', () => {
    const dir = fileURLToPath(new URL('../../src/client/', import.meta.url));
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const imports = files.flatMap((file) => importsOf(file, readFileSync(join(dir, file), 'utf8')));
    // the generated types of the Atrium spec and of the webhook spec
    const generated = ['atrium.js', 'webhooks.js'].map((name) => fileURLToPath(new URL(`../../src/generated/${name}`, import.meta.url)));
    const allowed = ({ file, from, type }: ModuleImport): boolean => {
      if (from.startsWith('node:') || from === 'commander') return true;
      if (!from.startsWith('.')) return false;
      const target = resolve(dir, dirname(file), from);
      return target.startsWith(dir) || (type && generated.includes(target));
    };
    const outside = imports.filter((entry) => !allowed(entry));
    expect(imports.length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });
});
