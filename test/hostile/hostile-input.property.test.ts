import { readFileSync } from 'node:fs';
import { Agent, createServer, request as httpRequest, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atriumSpecJsonPath, controlPlaneSpecJsonPath } from '../../src/paths.js';
import { answerClientError } from '../../src/server.js';
import { createTestApp, MXBANK_PASSWORD, MXBANK_USERNAME, type TestApp } from '../support/test-app.js';
import { nestedArrays, nestedObjects } from './support.js';

// issue 10, "Done means": a property-based hostile-input suite over every route of both specs,
// with nesting, sizes, encodings and header duplication.

type Json = Record<string, unknown>;
type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; items?: Schema; allOf?: Schema[] };

/** A spec's operations with their query parameter names and the field names of their request bodies (two levels). */
function operationsOf(file: string) {
  const document = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, Json>>; components: Record<string, Record<string, unknown>> };
  const resolve = (schema: Schema | undefined): Schema | undefined => {
    if (!schema?.$ref) return schema;
    const [, , section, name] = schema.$ref.split('/');
    return resolve(document.components[section!]![name!] as Schema);
  };
  const fields = (schema: Schema | undefined): string[] => {
    const resolved = resolve(schema);
    return [...Object.keys(resolved?.properties ?? {}), ...(resolved?.allOf ?? []).flatMap(fields)];
  };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'delete', 'patch'].includes(method))
      .map(([method, operation]) => {
        const parameters = ((operation.parameters ?? []) as { in?: string; name?: string; $ref?: string }[]).map((parameter) => (parameter.$ref ? (resolve(parameter as Schema) as { in?: string; name?: string }) : parameter));
        const body = resolve(Object.values(((operation.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)?.content ?? {}))[0]?.schema);
        const top = fields(body);
        return {
          id: operation.operationId as string,
          method: method.toUpperCase(),
          path,
          query: parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name!),
          body: top.map((name) => ({ name, inner: fields(resolve(body)?.properties?.[name]).concat(fields(resolve(body)?.properties?.[name]?.items)) })),
        };
      }),
  );
}

const OPERATIONS = [
  ...operationsOf(atriumSpecJsonPath),
  ...operationsOf(controlPlaneSpecJsonPath),
  // the browser pages are routes too (outside the specs: HTML for a browser, the token names the tenant)
  { id: 'oauthWindow', method: 'GET', path: '/oauth/window/{token}', query: ['outcome'], body: [] },
  { id: 'connectWidget', method: 'GET', path: '/connect/{token}', query: [], body: [] },
];

const TENANT = 'hostile';
const known = { user: '', member: '', challenged: '', account: '', transaction: '', snapshot: '{}' };

const segment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(() => known.user, () => known.member, () => known.challenged, () => known.account, () => known.transaction).map((pick) => pick()) },
  { weight: 2, arbitrary: fc.constantFrom('test_atrium', 'test_atrium_member', 'mxbank', 'denied', 'FLT-1', 'USR-00000000-0000-0000-0000-000000000000') },
  { weight: 2, arbitrary: fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'prototype') },
  { weight: 2, arbitrary: fc.constantFrom('%E0%A4%A', '%', '%25', '%00', '%2F', '%2e%2e', '..', '.', '%C3%BC', encodeURIComponent('💥日本'), '%FF%FE', 'a%20b', 'x.pdf', '~', "'", '%22%3Cscript%3E') },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(2_049), 'y'.repeat(12_000)) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30, unit: 'grapheme' }).map(encodeURIComponent) },
);

const queryValue = fc.oneof(
  fc.constantFrom('true', 'True', 'TRUE', 't', 'on', 'yes', '1', 'false', 'False', 'off', 'no', '0', 'f', '', 'null', 'undefined'),
  fc.constantFrom('-0', '1e308', '-1e308', 'NaN', 'Infinity', '0x10', '1.5', '-1', '99999999999999999999', '2020-13-45', '2019-01-01T00:00:00Z', '9999-12-31', '0000-01-01', 'all', 'tenant', '4xx', '/**'),
  fc.constantFrom('x'.repeat(8_000), '%E0%A4%A', '%', '__proto__'),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);
const queryKey = (declared: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: declared.length > 0 ? fc.constantFrom(...declared) : fc.constant('page') },
    { weight: 2, arbitrary: fc.constantFrom('page', 'records_per_page', 'scope', 'from_date', 'to_date', 'password', '__proto__', 'constructor', 'x') },
    { weight: 1, arbitrary: (declared.length > 0 ? fc.constantFrom(...declared) : fc.constant('page')).chain((name) => fc.constantFrom(`${name}[]`, `${name}[0]`, `${name}[a][b]`, `${name}.x`)) },
  );

const leaf = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53, '', 'NaN', '-0', 'Infinity', '__proto__', 'mxbank', MXBANK_USERNAME, MXBANK_PASSWORD),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.constant('z'.repeat(100_000)),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('guid', 'value', 'identifier', 'description', 'name', '__proto__', 'constructor', 'x'), leaf, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
);

/** Bodies as text: shaped like the operation's (with hostile values), generic JSON, nested near and past 64 levels, not JSON at all. */
const bodyText = (fields: { name: string; inner: string[] }[]) => {
  const shaped = fields.length === 0 ? fc.constant('{}') : fc
    .array(
      fc.constantFrom(...fields).chain((field) =>
        fc.tuple(
          fc.constant(field.name),
          fields.length > 0 && field.inner.length > 0
            ? fc.oneof(fc.dictionary(fc.constantFrom(...field.inner), hostileValue, { maxKeys: 4 }), fc.array(fc.dictionary(fc.constantFrom(...field.inner), hostileValue, { maxKeys: 3 }), { maxLength: 3 }), hostileValue)
            : hostileValue,
        ),
      ),
      { maxLength: 4 },
    )
    .map((entries) => `{${entries.map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value) ?? 'null'}`).join(',')}}`);
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 2, arbitrary: fc.json({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.integer({ min: 60, max: 68 }).chain((depth) => fc.constantFrom(nestedArrays(depth), nestedObjects(depth), `{"user":${nestedArrays(depth - 1)}}`, `{"steps":[${nestedObjects(depth - 2)}]}`)) },
    { weight: 1, arbitrary: fc.constantFrom(nestedArrays(100_000), nestedObjects(100_000)) },
    { weight: 1, arbitrary: fc.constantFrom('{"a":1e308}', '{"a":-0}', '[1e400]', '{"a":NaN}', '{"a":Infinity}', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '{"user": {"password": "hunter2"', '{"a":"\\ud800"}', 'null', '"text"', '42', '[]', ' ', '\u0000', 'identifier=x') },
  );
};

/** A request as a failure message shows it: long runs of one character counted, not printed. */
const short = (text: string) => text.replace(/(.)\1{19,}/g, (run, char: string) => `${char}{${run.length}}`).slice(0, 600);

interface HostileRequest {
  operation: string;
  method: string;
  path: string;
  headers: OutgoingHttpHeaders;
  body: Buffer | undefined;
  tenant: string | undefined;
  label: string;
}

const requestFor = (operation: (typeof OPERATIONS)[number]) =>
  fc
    .record({
      method: fc.oneof({ weight: 5, arbitrary: fc.constant(operation.method) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS') }),
      segments: fc.array(segment, { minLength: 4, maxLength: 4 }),
      trailing: fc.constantFrom('', '', '', '/', '//', '/..'),
      query: fc.array(fc.tuple(queryKey(operation.query), queryValue), { maxLength: 5 }),
      body: fc.option(bodyText(operation.body), { nil: undefined, freq: 3 }),
      encoding: fc.constantFrom(undefined, undefined, undefined, undefined, 'gzip', 'deflate', 'br', 'gzip-broken', 'deflate-broken', 'br-broken', 'compress', 'gzip, gzip'),
      contentType: fc.constantFrom('application/json', 'application/json', 'application/json', 'application/vnd.mx.atrium.v1+json', 'application/json; charset=latin1', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', undefined),
      client: fc.constantFrom<string | string[] | undefined>(TENANT, TENANT, TENANT, TENANT, 'hostile-2', '__proto__', undefined, [TENANT, 'other'], [TENANT, TENANT]),
      apiKey: fc.constantFrom<string | string[] | undefined>('key', 'key', 'key', undefined, ['key', 'key']),
      accept: fc.constantFrom(undefined, 'application/vnd.mx.atrium.v1+json', 'application/json', '*/*', 'text/html', 'application/vnd.mx.atrium.v1+pdf', ';;;', 'application/*;q=0', 'x'.repeat(5_000)),
    })
    .map(({ method, segments, trailing, query, body, encoding, contentType, client, apiKey, accept }): HostileRequest => {
      let index = 0;
      const search = query.map(([key, value]) => `${key}=${value}`).join('&');
      const path = `${operation.path.replace(/\{[^}]+\}/g, () => segments[index++]!)}${trailing}${search ? `?${search}` : ''}`;
      const headers: OutgoingHttpHeaders = {};
      if (client !== undefined) headers['MX-Client-ID'] = client;
      if (apiKey !== undefined) headers['MX-API-Key'] = apiKey;
      if (accept !== undefined) headers.Accept = accept;
      let bytes: Buffer | undefined;
      if (body !== undefined && method !== 'GET' && method !== 'HEAD') {
        const raw = Buffer.from(body);
        const compress: Record<string, (input: Buffer) => Buffer> = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };
        if (encoding?.endsWith('-broken')) bytes = compress[encoding.replace('-broken', '')]!(raw).subarray(0, 10);
        else bytes = encoding && compress[encoding] ? compress[encoding](raw) : raw;
        if (encoding) headers['Content-Encoding'] = encoding.replace('-broken', '');
        if (contentType) headers['Content-Type'] = contentType;
      }
      const tenant = typeof client === 'string' ? client : undefined;
      return { operation: operation.id, method, path, headers, body: bytes, tenant, label: short(`${method} ${path} ${JSON.stringify(headers)} ${body ?? ''}`) };
    });

/** A body each operation takes, to start from when a run stays close to what a client means. */
const PLAUSIBLE: Record<string, fc.Arbitrary<unknown>> = {
  createUser: fc.record({ user: fc.record({ identifier: fc.string({ minLength: 1, maxLength: 12 }), metadata: fc.string({ maxLength: 12 }) }, { requiredKeys: [] }) }),
  updateUser: fc.record({ user: fc.record({ metadata: fc.string({ maxLength: 12 }), is_disabled: fc.boolean(), identifier: fc.string({ maxLength: 12 }) }, { requiredKeys: [] }) }),
  createMember: fc.record({
    member: fc.record({
      institution_code: fc.constantFrom('mxbank', 'mx_bank_oauth', 'mx_slow_bank', 'chase'),
      credentials: fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('password', 'challenge', 'options', 'image', 'INVALID', 'LOCKED')).map(([login, password]) => [{ guid: MXBANK_USERNAME, value: `test_atrium${login}` }, { guid: MXBANK_PASSWORD, value: password }]),
      skip_aggregation: fc.boolean(),
      is_oauth: fc.boolean(),
    }, { requiredKeys: ['institution_code'] }),
  }),
  updateMember: fc.record({ member: fc.record({ metadata: fc.string({ maxLength: 8 }), credentials: fc.constant([{ guid: MXBANK_PASSWORD, value: 'password' }]) }, { requiredKeys: [] }) }),
  resumeMember: fc.record({ member: fc.record({ challenges: fc.array(fc.record({ guid: fc.constantFrom('CRD-1', 'x'), value: fc.constantFrom('correct', 'challenge', 'wrong') }), { maxLength: 2 }) }) }),
  cleanseAndCategorizeTransactions: fc.record({ transactions: fc.array(fc.record({ description: fc.constantFrom('Starbucks', 'PAYROLL', ''), identifier: fc.string({ minLength: 1, maxLength: 4 }), amount: fc.double({ noNaN: true }), type: fc.constantFrom('DEBIT', 'CREDIT') }, { requiredKeys: ['description', 'identifier'] }), { maxLength: 3 }) }),
  identifyMember: fc.record({ include_transactions: fc.boolean() }, { requiredKeys: [] }),
  verifyMember: fc.record({ include_transactions: fc.boolean() }, { requiredKeys: [] }),
  getConnectWidget: fc.record({ color_scheme: fc.constantFrom('dark', 'light'), is_mobile_webview: fc.boolean(), current_member_guid: fc.constant('MBR-x') }, { requiredKeys: [] }),
  seed: fc.oneof(fc.record({ set: fc.constantFrom('connected-mxbank-member', 'challenged-mxbank-member', 'nope') }), fc.record({ steps: fc.array(fc.record({ call: fc.constantFrom('create_user', 'create_member', 'status', 'poll', 'aggregate', 'answer', 'advance_clock'), with: fc.constant({}) }), { minLength: 1, maxLength: 4 }) })),
  activateScenario: fc.record({ member_guid: fc.constantFrom(() => known.member, () => known.challenged).map((pick) => pick()) }, { requiredKeys: [] }),
  deactivateScenario: fc.record({ member_guid: fc.constantFrom(() => known.member, () => known.challenged).map((pick) => pick()) }, { requiredKeys: [] }),
  advanceClock: fc.oneof(fc.record({ by: fc.constantFrom('5m', '1d', '90d', '0ms') }), fc.record({ ms: fc.nat() })),
  addFault: fc.record({ path: fc.constantFrom('/users/*', '/**', '/institutions'), status: fc.constantFrom(429, 500, 503), count: fc.constant(1), method: fc.constantFrom('GET', 'POST') }, { requiredKeys: ['path', 'status', 'count'] }),
  // the fixture's own snapshot, restored with at most one hostile value in any of its fields
  putState: fc.constant(null).map(() => JSON.parse(known.snapshot) as unknown),
  completeOAuth: fc.record({ user_guid: fc.constant(null).map(() => known.user), member_guid: fc.constantFrom(() => known.member, () => known.challenged).map((pick) => pick()), outcome: fc.constantFrom('CONNECTED', 'DENIED') }),
};

/** The value with its `index`-th leaf (in walk order, modulo their number) replaced. */
function withLeaf(value: unknown, index: number, replacement: unknown): unknown {
  const leaves: { parent: Json | unknown[]; key: string | number }[] = [];
  const copy = structuredClone(value);
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (child !== null && typeof child === 'object') walk(child);
      else leaves.push({ parent: node as Json, key: Array.isArray(node) ? Number(key) : key });
    }
  };
  walk(copy);
  if (leaves.length === 0) return replacement;
  const leafAt = leaves[index % leaves.length]!;
  (leafAt.parent as Record<string | number, unknown>)[leafAt.key] = replacement;
  return copy;
}

const PARAMETER: Record<string, (challenged: boolean) => string> = {
  user_guid: () => known.user,
  member_guid: (challenged) => (challenged ? known.challenged : known.member),
  account_guid: () => known.account,
  transaction_guid: () => known.transaction,
  institution_code: () => 'mxbank',
  name: () => 'denied',
};

/** A request close to one a client means: the operation's method, live ids, a plausible body with at most one hostile value. */
const plausibleFor = (operation: (typeof OPERATIONS)[number]) =>
  fc
    .record({
      body: PLAUSIBLE[operation.id] ?? fc.constant(undefined),
      mutate: fc.option(fc.tuple(fc.nat(), leaf), { freq: 2 }),
      hostileSegment: fc.option(segment, { freq: 4 }),
      client: fc.constantFrom(TENANT, TENANT, 'hostile-2'),
      challenged: fc.boolean(),
    })
    .map(({ body, mutate, hostileSegment, client, challenged }): HostileRequest => {
      const path = operation.path.replace(/\{([^}]+)\}/g, (_whole, name: string) => hostileSegment ?? PARAMETER[name]?.(challenged) ?? 'x');
      const value = mutate && body !== undefined ? withLeaf(body, mutate[0], mutate[1]) : body;
      const text = value === undefined ? undefined : JSON.stringify(value);
      const headers: OutgoingHttpHeaders = { 'MX-Client-ID': client, 'MX-API-Key': 'key', Accept: 'application/vnd.mx.atrium.v1+json' };
      if (text !== undefined) headers['Content-Type'] = 'application/json';
      return { operation: operation.id, method: operation.method, path, headers, body: text === undefined ? undefined : Buffer.from(text), tenant: client, label: short(`${operation.method} ${path} ${JSON.stringify(headers)} ${text ?? ''}`) };
    });

const anyRequest = fc.constantFrom(...OPERATIONS).chain((operation) => fc.oneof({ weight: 3, arbitrary: requestFor(operation) }, { weight: 2, arbitrary: plausibleFor(operation) }));

let app: TestApp;
let server: Server;
let port: number;
const agent = new Agent({ keepAlive: true, maxSockets: 4 });
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

function send(method: string, path: string, headers: OutgoingHttpHeaders, body?: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, method, path, headers: body ? { ...headers, 'Content-Length': body.length } : headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * Brings every job of the tenant up to date with its clock (an expired challenge expires on the
 * next access, whatever the request), so that what a refused request changed can be told apart.
 */
async function settle(tenant: string): Promise<void> {
  for (const user of Object.keys(app.deps.tenants.get(tenant).users)) {
    await send('GET', `/users/${encodeURIComponent(user)}/members?records_per_page=1000`, { 'MX-Client-ID': tenant, 'MX-API-Key': 'key' });
  }
}

const stateText = async (tenant: string) => {
  const answer = await send('GET', '/__mock/state', { 'MX-Client-ID': tenant });
  expect(answer.status).toBe(200);
  return answer.text;
};

/** A user with a connected member (accounts, transactions) and a challenged one; made again when a run deleted or reset them. */
async function ensureFixture(): Promise<void> {
  // the other tenants start afresh once runs have made them large (reads and snapshots stay quick)
  for (const other of ['hostile-2', '__proto__']) if (Object.keys(app.deps.tenants.get(other).users).length > 4) await app.as(other).post('/__mock/reset').expect(200);
  const state = app.deps.tenants.get(TENANT);
  const intact = known.user && Object.hasOwn(state.users, known.user) && Object.hasOwn(state.users[known.user]!.members, known.member) && Object.hasOwn(state.users[known.user]!.members, known.challenged);
  if (intact && Object.keys(state.users).length <= 4) return;
  const atrium = app.as(TENANT);
  await atrium.post('/__mock/reset').expect(200);
  known.user = await atrium.createUser({ identifier: 'hostile' });
  known.member = (await atrium.createMember(known.user, 'password', { username: 'test_atrium_1' })).guid;
  await atrium.pollUntilSettled(known.user, known.member);
  known.challenged = (await atrium.createMember(known.user, 'challenge', { username: 'test_atrium_2' })).guid;
  known.account = (await atrium.get(`/users/${known.user}/accounts`).expect(200)).body.accounts[0].guid;
  known.transaction = (await atrium.get(`/users/${known.user}/transactions`).expect(200)).body.transactions[0].guid;
  known.snapshot = (await atrium.get('/__mock/state').expect(200)).text;
}

const counts = { runs: 0, byStatus: new Map<number, number>(), operations: new Set<string>() };

describe('any hostile request to any route of either spec', () => {
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    process.on('uncaughtException', onUnhandled);
    app = createTestApp();
    // as the CLI serves it: Node's own refusals in MX's error body too
    server = createServer(app.app).on('clientError', answerClientError);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    await ensureFixture();
  });

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    process.off('uncaughtException', onUnhandled);
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('gets a 4xx in MX error shape (never a 5xx but injected faults and limits), changes nothing when refused, and leaves the simulator healthy', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(anyRequest, async ({ operation, method, path, headers, body, tenant, label }) => {
        // a run that deleted or reset the fixture gets it back (ids are seeded: the same ones)
        await ensureFixture();
        const watched = [...new Set([TENANT, ...(tenant ? [tenant] : [])])];
        for (const name of watched) await settle(name);
        const before = await Promise.all(watched.map(stateText));
        const answer = await send(method, path, headers, body);
        counts.runs += 1;
        counts.byStatus.set(answer.status, (counts.byStatus.get(answer.status) ?? 0) + 1);
        counts.operations.add(operation);
        const injected = answer.headers['x-mock-fault'] !== undefined;
        const html = String(answer.headers['content-type'] ?? '').startsWith('text/html');
        if (answer.status >= 500 && !injected) {
          // the only 5xx a client can cause: a limit (503, nothing kept)
          expect(answer.status, `${label} -> ${answer.text.slice(0, 500)}`).toBe(503);
          expect(answer.text, label).toContain('--max-tenants');
        }
        // Node's own refusal of headers it did not read whole may not know the method: no body then
        const unread = answer.status === 431 && answer.text === '';
        if (answer.status >= 400 && method !== 'HEAD' && !html && !unread) {
          expect(answer.headers['content-type'], `${label} -> ${answer.status} ${answer.text.slice(0, 300)}`).toMatch(/json/);
          const parsed = JSON.parse(answer.text) as { error?: { message?: unknown } };
          expect(Object.keys(parsed), `${label} -> ${answer.text.slice(0, 300)}`).toEqual(['error']);
          expect(typeof parsed.error!.message, label).toBe('string');
          expect(Object.keys(parsed.error!).filter((key) => key !== 'mock_error'), label).toEqual(['message']);
        }
        if (answer.status >= 400) {
          const after = await Promise.all(watched.map(stateText));
          after.forEach((text, index) => expect(text, `${label} -> ${answer.status} ${answer.text.slice(0, 300)} changed ${watched[index]}`).toBe(before[index]));
        }
        const health = await send('GET', '/__mock/health', {});
        expect(health.status).toBe(200);
        expect(({} as Record<string, unknown>).polluted, label).toBeUndefined();
      }),
      // HOSTILE_RUNS and HOSTILE_SEED explore further than the suite's fixed run
      { numRuns: Number(process.env.HOSTILE_RUNS ?? 600), seed: Number(process.env.HOSTILE_SEED ?? 20_260_115) },
    );
    if (process.env.HOSTILE_RUNS) console.log(JSON.stringify([...counts.byStatus].sort()));
    expect(unhandled).toEqual([]);
    // every route was tried, and most runs were refused
    expect([...counts.operations].sort()).toEqual(OPERATIONS.map((operation) => operation.id).sort());
    expect([...counts.byStatus.keys()].some((status) => status >= 400 && status < 500)).toBe(true);
  });
});
