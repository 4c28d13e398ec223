import fc from 'fast-check';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../src/http/openapi.js';
import { atriumSpecJsonPath } from '../src/paths.js';
import { createTestApp } from './support/test-app.js';

/** Every Atrium route of the spec, as method + path template. */
const routes = loadSpec(atriumSpecJsonPath).routes.routes.map((route) => ({ method: route.method, path: route.path }));

const ids = (known: string[]) =>
  fc.oneof(
    fc.constantFrom(...known, 'test_atrium', 'test_atrium_member', 'mxbank', 'USR-00000000-0000-0000-0000-000000000000', 'constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'),
    fc.string({ maxLength: 40 }).map(encodeURIComponent),
    fc.constantFrom('%E0%A4%A', '..', '%2F', 'x'.repeat(3000)),
  );

const jsonValue = fc.oneof(
  fc.json({ maxDepth: 3 }).map((text) => JSON.parse(text) as unknown),
  fc.record({ user: fc.anything({ maxDepth: 2 }) }),
  fc.record({ member: fc.record({ institution_code: fc.oneof(fc.string(), fc.integer(), fc.constant('mxbank')), credentials: fc.anything({ maxDepth: 2 }), skip_aggregation: fc.anything() }, { requiredKeys: [] }) }),
  fc.record({ transactions: fc.array(fc.record({ description: fc.anything(), identifier: fc.anything(), amount: fc.anything() }, { requiredKeys: [] }), { maxLength: 3 }) }),
);

describe('any request a client could send', () => {
  it('gets a documented answer with an MX error body, never a 500', async () => {
    const { app, as } = createTestApp();
    const atrium = as('robustness');
    const user = await atrium.createUser({ identifier: 'robust' });
    const member = (await atrium.createMember(user, 'challenge')).guid;
    const known = [user, member];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(fc.constant('same'), fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH')),
        fc.array(ids(known), { minLength: 6, maxLength: 6 }),
        fc.dictionary(fc.constantFrom('page', 'records_per_page', 'from_date', 'to_date', 'name', 'supports_oauth', 'supports_account_identification', 'x'), fc.oneof(fc.string({ maxLength: 12 }), fc.integer().map(String), fc.constantFrom('2020-13-45', '-1', '0', '99999999999', 'true'))),
        fc.option(jsonValue, { nil: undefined }),
        fc.constantFrom('application/vnd.mx.atrium.v1+json', 'application/json', '*/*', 'text/html', undefined),
        fc.boolean(),
        async (route, methodChoice, params, query, body, accept, authenticated) => {
          let index = 0;
          const path = route.path.replace(/\{[^}]+\}/g, () => params[index++]!);
          const method = methodChoice === 'same' ? route.method : methodChoice;
          let test = request(app)[method.toLowerCase() as 'get'](path).query(query);
          if (authenticated) test = test.set('MX-API-Key', 'key').set('MX-Client-ID', 'robustness');
          if (accept) test = test.set('Accept', accept);
          if (body !== undefined && method !== 'GET') test = test.set('Content-Type', 'application/json').send(JSON.stringify(body));
          const response = await test;
          expect(response.status, `${method} ${path} ${JSON.stringify(body)} -> ${JSON.stringify(response.body)}`).toBeLessThan(500);
          if (response.status >= 400 && !path.endsWith('.pdf')) {
            expect(Object.keys(response.body)).toEqual(['error']);
            expect(typeof response.body.error.message).toBe('string');
          }
        },
      ),
      { numRuns: 400, seed: 424242 },
    );
  }, 120_000);
});
