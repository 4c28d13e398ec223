import { readFileSync } from 'node:fs';
import type { Document } from 'openapi-backend';
import { describe, expect, it } from 'vitest';
import { atriumSpecJsonPath } from '../paths.js';
import { dereferenceDocument } from './openapi.js';

const doc = (value: unknown) => value as Document;

describe('dereferenceDocument replaces every $ref of a spec with what it points to', () => {
  it('puts the referenced schema in place of the reference, and a schema used twice is one object', () => {
    const document = dereferenceDocument(
      doc({
        paths: { '/users': { get: { responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } } } } } },
        components: { schemas: { User: { type: 'object', properties: { guid: { type: 'string' } } }, Users: { type: 'array', items: { $ref: '#/components/schemas/User' } } } },
      }),
    ) as unknown as { paths: Record<string, any>; components: { schemas: Record<string, any> } };
    const user = document.components.schemas.User;
    expect(document.paths['/users'].get.responses[200].content['application/json'].schema).toBe(user);
    expect(document.components.schemas.Users.items).toBe(user);
  });

  it('keeps a recursive schema as a cycle and follows a reference to a reference', () => {
    const document = dereferenceDocument(
      doc({
        components: {
          schemas: {
            Category: { type: 'object', properties: { parent: { $ref: '#/components/schemas/Category' } } },
            Alias: { $ref: '#/components/schemas/Category' },
            Holder: { properties: { category: { $ref: '#/components/schemas/Alias' } } },
          },
        },
      }),
    ) as unknown as { components: { schemas: Record<string, any> } };
    const { Category, Alias, Holder } = document.components.schemas;
    expect(Category.properties.parent).toBe(Category);
    expect(Alias).toBe(Category);
    expect(Holder.properties.category).toBe(Category);
  });

  it('decodes ~1 and ~0 in a pointer, as JSON Pointer says', () => {
    const document = dereferenceDocument(doc({ a: { 'x/y': { 'm~n': 1 } }, b: { $ref: '#/a/x~1y' }, c: { $ref: '#/a/x~1y' } })) as unknown as Record<string, any>;
    expect(document.b).toEqual({ 'm~n': 1 });
    expect(document.c).toBe(document.b);
  });

  it('fails, naming the reference, for one that points to nothing, outside the document, or in a loop', () => {
    expect(() => dereferenceDocument(doc({ a: { $ref: '#/components/schemas/Missing' } }))).toThrow('$ref #/components/schemas/Missing points to nothing in the document');
    expect(() => dereferenceDocument(doc({ a: { $ref: 'other.yml#/x' } }))).toThrow('$ref other.yml#/x: only references within the document (#/...) are resolved');
    expect(() => dereferenceDocument(doc({ a: { $ref: '#/b' }, b: { $ref: '#/a' } }))).toThrow('references point at each other in a loop');
  });

  it('leaves no $ref in the Atrium spec', () => {
    const document = dereferenceDocument(JSON.parse(readFileSync(atriumSpecJsonPath, 'utf8')) as Document);
    const seen = new Set<object>();
    const refs: string[] = [];
    const pending: unknown[] = [document];
    while (pending.length > 0) {
      const node = pending.pop();
      if (node === null || typeof node !== 'object' || seen.has(node)) continue;
      seen.add(node);
      if ('$ref' in node) refs.push(String((node as { $ref: unknown }).$ref));
      pending.push(...Object.values(node));
    }
    expect(refs).toEqual([]);
    expect(seen.size).toBeGreaterThan(1000);
  });
});
