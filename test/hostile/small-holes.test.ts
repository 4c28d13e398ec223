import { mkdtempSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { buildDeps, createApp } from '../../src/app.js';
import { resolveConfig } from '../../src/config.js';
import { openStateBackend } from '../../src/server.js';
import { ManualClock } from '../../src/simulation/clock.js';
import { start } from '../support/cli-process.js';
import { http11, rawRequest } from '../support/raw-http.js';
import { createTestApp } from '../support/test-app.js';
import { expectHealthy, mx, mxError, stateOf } from './support.js';

// issue 10, section 7: small holes

const BUILT_INS = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf'];

/** JSON text of an object with these keys in this order, `__proto__` included (an object literal would set the prototype instead). */
const objectText = (entries: [string, unknown][]) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`;

describe('small holes', () => {
  it('treats __proto__, constructor and hasOwnProperty as tenant ids like any other, each its own world', async () => {
    const { app, as } = createTestApp();
    for (const tenant of BUILT_INS) {
      await as(tenant).createUser({ identifier: `user-of-${tenant}` });
      await as(tenant).post('/__mock/faults', { path: '/institutions', status: 503, count: 1 }).expect(201);
      await as(tenant).post('/__mock/clock/advance', { by: '1h' }).expect(200);
    }
    for (const tenant of BUILT_INS) {
      const users = (await as(tenant).get('/users').expect(200)).body.users as { identifier: string }[];
      expect(users.map((user) => user.identifier)).toEqual([`user-of-${tenant}`]);
      expect((await as(tenant).get('/__mock/faults').expect(200)).body.faults).toHaveLength(1);
      expect((await as(tenant).get('/__mock/requests').expect(200)).body.requests.length).toBeGreaterThan(0);
      expect((await as(tenant).get('/__mock/metrics').expect(200)).body.total).toBeGreaterThan(0);
      expect((await as(tenant).get('/__mock/clock').expect(200)).body.offset_ms).toBe(3_600_000);
    }
    expect((await request(app).get('/__mock/tenants').expect(200)).body.tenants).toEqual([...BUILT_INS].sort());
    await as('__proto__').post('/__mock/reset').expect(200);
    expect((await as('constructor').get('/users').expect(200)).body.users).toHaveLength(1);
    expect(({} as Record<string, unknown>).identifier).toBeUndefined();
    await expectHealthy(app);
  });

  it('treats built-in property names as user ids, member ids and identifiers like any other', async () => {
    const { as } = createTestApp();
    const tenant = as('built-ins');
    for (const name of BUILT_INS) {
      mxError(await tenant.get(`/users/${name}`), 404);
      mxError(await tenant.get(`/users/${name}/members/${name}`), 404);
      mxError(await tenant.post(`/users/${name}/members/${name}/aggregate`), 404);
      mxError(await tenant.delete(`/users/${name}`), 404);
      mxError(await tenant.get(`/institutions/${name}`), 404);
    }
    const users: string[] = [];
    for (const name of BUILT_INS) users.push(await tenant.createUser({ identifier: name, metadata: name }));
    for (const name of BUILT_INS) mxError(await tenant.post('/users', { user: { identifier: name } }), 409);
    const listed = (await tenant.get('/users').expect(200)).body.users as { identifier: string }[];
    expect(listed.map((user) => user.identifier).sort()).toEqual([...BUILT_INS].sort());
    const member = await tenant.post(`/users/${users[0]}/members`, { member: { institution_code: 'mxbank', identifier: '__proto__', credentials: [{ guid: 'CRD-9f61fb4c-912c-bd1e-b175-ccc7f0275cc1', value: 'test_atrium' }, { guid: 'CRD-e3d7ea81-aac7-05e9-fbdd-4b493c6e474d', value: 'password' }] } }).expect(202);
    expect(member.body.member.identifier).toBe('__proto__');
    await tenant.post('/__mock/scenarios/denied/activate', { member_guid: member.body.member.guid }).expect(200);
    mxError(await tenant.post('/__mock/scenarios/denied/activate', { member_guid: '__proto__' }), 404);
    mxError(await tenant.post('/__mock/scenarios/__proto__/activate'), 404);
    mxError(await tenant.delete('/__mock/faults/__proto__'), 404);
  });

  it('imports a JSON state file whose tenants are called __proto__, constructor and hasOwnProperty, keeping every one', async () => {
    const source = createTestApp();
    const snapshots: [string, unknown][] = [];
    for (const tenant of BUILT_INS.slice(0, 3)) {
      await source.as(tenant).createUser({ identifier: `kept-${tenant}` });
      snapshots.push([tenant, await stateOf(source.app, tenant)]);
    }
    const file = join(mkdtempSync(join(tmpdir(), 'hostile-import-')), 'state.json');
    writeFileSync(file, `{"format":"atrium-mock/state-file","version":1,"tenants":${objectText(snapshots)}}`);
    const config = resolveConfig({ logLevel: 'silent', seed: 'test-seed', stateFile: file });
    const logger = pino({ level: 'silent' });
    const backend = openStateBackend(config, logger);
    const app = createApp(buildDeps(config, { clock: new ManualClock('2026-01-15T12:00:00Z'), logger, backend }));
    try {
      expect((await request(app).get('/__mock/tenants').expect(200)).body.tenants).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
      for (const tenant of BUILT_INS.slice(0, 3)) {
        const users = (await request(app).get('/users').set(mx(tenant)).expect(200)).body.users as { identifier: string }[];
        expect(users.map((user) => user.identifier)).toEqual([`kept-${tenant}`]);
      }
    } finally {
      backend.close();
    }
  });

  it('answers 400 to MX-Client-ID, MX-API-Key or X-Mock-Admin-Key sent twice, on the Atrium API and the control plane, making no tenant "a, b"', async () => {
    const { app } = createTestApp();
    const twice = (path: string, name: string, method = 'GET', body = '') =>
      rawRequest(app, http11([`${method} ${path} HTTP/1.1`, 'Host: {host}', 'MX-API-Key: key', `${name}: a`, `${name}: b`, ...(name === 'MX-Client-ID' ? [] : ['MX-Client-ID: a']), 'Content-Type: application/json', `Content-Length: ${body.length}`, 'Connection: close'], body));
    for (const name of ['MX-Client-ID', 'MX-API-Key', 'X-Mock-Admin-Key']) {
      for (const [method, path, body] of [['GET', '/users', ''], ['POST', '/users', '{"user":{"identifier":"x"}}'], ['GET', '/__mock/state', ''], ['POST', '/__mock/reset', ''], ['POST', '/__mock/seed', '{"set":"user-without-members"}'], ['GET', '/nowhere', '']] as const) {
        const response = await twice(path, name, method, body);
        expect(response.status, `${name} twice on ${method} ${path}`).toBe(400);
        expect(response.json()).toEqual({ error: { message: `The ${name.toLowerCase()} header was sent more than once; send it once.` } });
      }
    }
    // one header whose value has a comma is one tenant, named so
    await request(app).post('/users').set(mx('a, b')).send({ user: { identifier: 'comma' } }).expect(200);
    expect((await request(app).get('/__mock/tenants').expect(200)).body.tenants).toEqual(['a, b']);
  });

  it('answers 400 to bodies that are not what their Content-Encoding says, 415 to encodings it does not know, and reads real gzip, deflate and br', async () => {
    const { app } = createTestApp();
    const json = Buffer.from('{"user":{"identifier":"compressed"}}');
    const post = (path: string, encoding: string, body: Buffer, headers: string[] = ['MX-API-Key: key', 'MX-Client-ID: enc']) =>
      rawRequest(app, http11([`POST ${path} HTTP/1.1`, 'Host: {host}', ...headers, 'Content-Type: application/json', `Content-Encoding: ${encoding}`, `Content-Length: ${body.length}`, 'Connection: close'], body));
    for (const path of ['/users', '/__mock/faults']) {
      for (const encoding of ['gzip', 'deflate', 'br']) {
        for (const broken of [json, gzipSync(json).subarray(0, 12), Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff])]) {
          const response = await post(path, encoding, broken);
          expect(response.status, `${encoding} on ${path}`).toBe(400);
          expect(response.json().error.message).toMatch(/^Request body could not be decompressed: it is not what its Content-Encoding says/);
        }
      }
      for (const encoding of ['compress', 'zstd', 'x-gzip', 'gzip, br', 'identity;q=0', ...BUILT_INS]) {
        const response = await post(path, encoding, json);
        expect(response.status, `${encoding} on ${path}`).toBe(415);
        expect(response.json().error.message).toContain('send identity, gzip, deflate or br');
      }
    }
    // a small gzip that inflates past the body limit
    const bomb = gzipSync(Buffer.from(`{"user":{"identifier":"${'x'.repeat(4_000_000)}"}}`));
    expect(bomb.length).toBeLessThan(10_000);
    expect((await post('/users', 'gzip', bomb)).status).toBe(413);
    for (const [encoding, body] of [['gzip', gzipSync(json)], ['deflate', deflateSync(json)], ['br', brotliCompressSync(json)]] as const) {
      await request(app).post('/__mock/reset').set('MX-Client-ID', 'enc').expect(200);
      expect((await post('/users', encoding, body)).status, encoding).toBe(200);
    }
    await expectHealthy(app);
  });

  it('answers 415 to a control-plane body that is not JSON, and to a charset other than UTF-8', async () => {
    const { app } = createTestApp();
    const before = await stateOf(app, 'types');
    for (const [type, body] of [['text/plain', 'ms=5'], ['application/x-www-form-urlencoded', 'ms=5'], ['application/xml', '<ms>5</ms>'], ['multipart/form-data; boundary=x', '--x--']] as const) {
      expect(mxError(await request(app).post('/__mock/clock/advance').set({ 'MX-Client-ID': 'types', 'Content-Type': type }).send(body), 415)).toContain('control-plane bodies must be application/json');
    }
    const noType = await rawRequest(app, http11(['POST /__mock/clock/advance HTTP/1.1', 'Host: {host}', 'MX-Client-ID: types', 'Content-Length: 8', 'Connection: close'], '{"ms":5}'));
    expect(noType.status).toBe(415);
    expect(mxError(await request(app).post('/__mock/clock/advance').set({ 'MX-Client-ID': 'types', 'Content-Type': 'application/json; charset=latin1' }).send('{"ms":5}'), 415)).toContain('charset "latin1"');
    expect(mxError(await request(app).post('/users').set({ ...mx('types'), 'Content-Type': 'application/json; charset=utf-16' }).send('{}'), 415)).toContain('charset "utf-16"');
    expect(await stateOf(app, 'types')).toEqual(before);
  });

  it('changes nothing on HEAD of .../status, which answers what GET would', async () => {
    const { app, as } = createTestApp({ timing: 'polls:2' });
    const tenant = as('head');
    const user = await tenant.createUser({ identifier: 'head' });
    const member = (await tenant.createMember(user)).guid;
    const before = await stateOf(app, 'head');
    for (let round = 0; round < 10; round += 1) {
      const head = await request(app).head(`/users/${user}/members/${member}/status`).set(mx('head')).expect(200);
      expect(head.text ?? '').toBe('');
      expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    }
    expect(await stateOf(app, 'head')).toEqual(before);
    // GET then moves the job on, as it always did
    const polls = await tenant.pollUntilSettled(user, member);
    expect(polls.length).toBeGreaterThan(1);
  });

  it('changes nothing on HEAD of a one-time OAuth window or Connect widget URL (link scanners, curl -I), which GET then still opens', async () => {
    const { app, as } = createTestApp();
    const tenant = as('links');
    const user = await tenant.createUser({ identifier: 'links' });
    const member = (await tenant.post(`/users/${user}/members`, { member: { institution_code: 'mx_bank_oauth', is_oauth: true } }).expect(202)).body.member;
    const widget = (await tenant.post(`/users/${user}/connect_widget_url`, {}).expect(200)).body.user.connect_widget_url as string;
    const before = await stateOf(app, 'links');
    for (const link of [member.oauth_window_uri as string, widget]) {
      const head = await request(app).head(new URL(link).pathname).expect(405);
      expect(head.headers.allow).toBe('GET');
    }
    expect(await stateOf(app, 'links')).toEqual(before);
    expect((await tenant.get(`/users/${user}/members/${member.guid}`).expect(200)).body.member.connection_status).toBe('PENDING');
    await request(app).get(new URL(member.oauth_window_uri as string).pathname).expect(200);
    await request(app).get(new URL(widget).pathname).expect(200);
  });

  it('refuses a snapshot with more users than --max-users, or more members per user than --max-members-per-user, with 400 naming the limit', async () => {
    const source = createTestApp();
    const tenant = source.as('many');
    const user = await tenant.createUser({ identifier: 'one' });
    await tenant.createUser({ identifier: 'two' });
    await tenant.createUser({ identifier: 'three' });
    await tenant.createMember(user, 'password', { username: 'test_atrium_1', skip_aggregation: true });
    await tenant.createMember(user, 'password', { username: 'test_atrium_2', skip_aggregation: true });
    const snapshot = (await tenant.get('/__mock/state').expect(200)).body;
    const { app, as } = createTestApp({ maxUsers: 2, maxMembersPerUser: 1 });
    const limited = as('limited');
    await limited.createUser({ identifier: 'existing' });
    const before = await stateOf(app, 'limited');
    const message = mxError(await limited.put('/__mock/state', snapshot), 400);
    expect(message).toContain('state.users has 3 users; this simulator allows 2 (--max-users)');
    expect(message).toContain(`state.users.${user}.members has 2 members; this simulator allows 1 (--max-members-per-user)`);
    expect(await stateOf(app, 'limited')).toEqual(before);
  });

  it('answers a browser page path whose percent-encoding does not decode with 400, not a simulator failure', async () => {
    const { app } = createTestApp();
    for (const path of ['/oauth/window/%E0%A4%A', '/connect/%E0%A4%A', '/oauth/window/%', '/connect/%ZZ']) {
      expect(mxError(await request(app).get(path), 400), path).toBe('Malformed percent-encoding in the path.');
    }
    await expectHealthy(app);
  });

  it("closes a connection whose body or headers trickle in one byte at a time once --request-timeout or --headers-timeout passes, and answers Node's own refusals in MX's error body", { timeout: 30_000 }, async () => {
    const running = await start(['--request-timeout', '1s', '--headers-timeout', '1s']);
    // headers over 16 KB (a long path included) and a request line that is not HTTP
    const overflow = await rawRequest(running.url, http11(['GET /users HTTP/1.1', 'Host: {host}', 'MX-API-Key: k', 'MX-Client-ID: big', `X-Padding: ${'p'.repeat(20_000)}`]));
    expect(overflow.status).toBe(431);
    expect(overflow.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(overflow.json()).toEqual({ error: { message: 'Request headers are larger than the simulator reads (16 KB in all, the path and query included).' } });
    const longPath = await rawRequest(running.url, http11([`GET /users/${'u'.repeat(20_000)} HTTP/1.1`, 'Host: {host}']));
    expect(longPath.status).toBe(431);
    const garbage = await rawRequest(running.url, (host) => Buffer.from(`NOT HTTP AT ALL\r\nHost: ${host}\r\n\r\n`));
    expect(garbage.status).toBe(400);
    expect(garbage.json()).toEqual({ error: { message: 'Malformed HTTP request.' } });
    const { port } = new URL(running.url);
    const trickle = (head: string, bodyBytes: number) =>
      new Promise<{ sent: number; received: string }>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1');
        let received = '';
        let sent = 0;
        let timer: NodeJS.Timeout | undefined;
        socket.on('connect', () => {
          socket.write(head);
          // one byte every 100 ms, for as long as the server keeps the connection
          timer = setInterval(() => {
            if (sent < bodyBytes && socket.writable) {
              socket.write('x');
              sent += 1;
            }
          }, 100);
        });
        socket.on('data', (chunk) => (received += String(chunk)));
        socket.on('error', () => undefined);
        socket.on('close', () => {
          clearInterval(timer);
          resolve({ sent, received });
        });
      });
    const body = await trickle('POST /users HTTP/1.1\r\nHost: x\r\nMX-API-Key: k\r\nMX-Client-ID: slow\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n', 1000);
    expect(body.sent).toBeLessThan(1000);
    // 408 in MX's error body (or, where the answer could not be written, just closed)
    expect(body.received === '' || body.received.startsWith('HTTP/1.1 408')).toBe(true);
    if (body.received !== '') expect(body.received).toContain('{"error":{"message":"The request did not arrive whole in time (--request-timeout, --headers-timeout)."}}');
    const headers = await trickle('GET /users HTTP/1.1\r\nHost: x\r\nX-Slow: ', 1000);
    expect(headers.sent).toBeLessThan(1000);
    expect(headers.received === '' || headers.received.startsWith('HTTP/1.1 408')).toBe(true);
    await expectHealthy(running.url);
  });

  it('lets every request sent before SIGTERM finish under keep-alive load: no client sees a reset, only refusals of new connections', { timeout: 60_000 }, async () => {
    const running = await start();
    const { port } = new URL(running.url);
    const headers = mx('keep-alive');
    // some requests wait a while, so that some are in flight when the signal comes
    const armed = await fetch(`${running.url}/__mock/faults`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ path: '/institutions', latency_ms: 150 }) });
    expect(armed.status).toBe(201);
    const errors = new Map<string, number>();
    const statuses = new Map<number, number>();
    let completed = 0;
    let signalled = false;
    let inFlightAtSignal = 0;
    let inFlight = 0;
    const send = (agent: Agent, path: string) =>
      new Promise<void>((resolve, reject) => {
        inFlight += 1;
        const outgoing = httpRequest({ host: '127.0.0.1', port: Number(port), path, agent, headers }, (response) => {
          response.resume();
          response.on('end', () => {
            inFlight -= 1;
            completed += 1;
            statuses.set(response.statusCode!, (statuses.get(response.statusCode!) ?? 0) + 1);
            resolve();
          });
        });
        outgoing.on('error', (error: NodeJS.ErrnoException) => {
          inFlight -= 1;
          reject(error);
        });
        outgoing.end();
      });
    const client = async (index: number) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        for (let n = 0; ; n += 1) {
          try {
            await send(agent, n % 3 === index % 3 ? '/institutions?records_per_page=10' : '/users');
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
            errors.set(code, (errors.get(code) ?? 0) + 1);
            // once new connections are refused, this client is done
            if (code === 'ECONNREFUSED' || !signalled) return;
          }
        }
      } finally {
        agent.destroy();
      }
    };
    const clients = Array.from({ length: 12 }, (_, index) => client(index));
    // stop when there is load: after 300 answers, with requests in flight
    while (completed < 300 || inFlight < 6) await new Promise((resolve) => setImmediate(resolve));
    inFlightAtSignal = inFlight;
    signalled = true;
    running.child.kill('SIGTERM');
    await Promise.all(clients);
    expect(await running.exited).toBe(0);
    expect(inFlightAtSignal).toBeGreaterThan(0);
    expect([...statuses.keys()]).toEqual([200]);
    // every client ended on a refused connection, none on a reset or a hang-up
    expect(Object.fromEntries(errors)).toEqual({ ECONNREFUSED: 12 });
  });
});
