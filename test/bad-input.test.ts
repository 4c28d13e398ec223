import http from 'node:http';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { handlers } from '../src/http/handlers/index.js';
import type { OperationId } from '../src/http/handlers/types.js';
import { loadSpec } from '../src/http/openapi.js';
import { atriumSpecJsonPath } from '../src/paths.js';
import { http11, rawRequest } from './support/raw-http.js';
import { ATRIUM_ACCEPT, MXBANK_PASSWORD, MXBANK_USERNAME, createTestApp } from './support/test-app.js';

const headers = { 'MX-API-Key': 'key', 'MX-Client-ID': 'client-a', Accept: ATRIUM_ACCEPT };

describe('bad input gets a clear MX error, never a 500', () => {
  it('answers 401 without MX-API-Key or MX-Client-ID', async () => {
    const { app } = createTestApp();
    const noKeys = await request(app).get('/users').set('Accept', ATRIUM_ACCEPT).expect(401);
    expect(noKeys.body).toEqual({ error: { message: 'Unauthorized: send your MX-API-Key and MX-Client-ID headers.' } });
    await request(app).get('/users').set({ 'MX-API-Key': 'key' }).expect(401);
    await request(app).get('/users').set({ 'MX-Client-ID': 'client' }).expect(401);
  });

  it('checks the API key against a clients file when one is configured', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = `${mkdtempSync(`${tmpdir()}/clients-`)}/clients.json`;
    writeFileSync(file, JSON.stringify({ 'client-a': 'right-key' }));
    const { app } = createTestApp({ clientsFile: file });
    await request(app).get('/users').set({ ...headers, 'MX-API-Key': 'right-key' }).expect(200);
    await request(app).get('/users').set({ ...headers, 'MX-API-Key': 'wrong-key' }).expect(401);
    await request(app).get('/users').set({ ...headers, 'MX-Client-ID': 'unknown', 'MX-API-Key': 'right-key' }).expect(401);
  });

  it('answers 406 to an Accept it cannot serve, and serves the vnd type, JSON, */* or none', async () => {
    const { app } = createTestApp();
    const refused = await request(app).get('/users').set({ ...headers, Accept: 'text/html' }).expect(406);
    expect(refused.body.error.message).toBe('Not Acceptable: send Accept: application/vnd.mx.atrium.v1+json.');
    for (const accept of ['application/json', '*/*', 'application/json, text/plain, */*', 'application/vnd.mx.atrium.v1+json']) {
      await request(app).get('/users').set({ ...headers, Accept: accept }).expect(200);
    }
    await request(app).get('/users').set({ 'MX-API-Key': 'k', 'MX-Client-ID': 'c' }).expect(200);
  });

  it('requires the vnd Accept type with strict-accept', async () => {
    const { app } = createTestApp({ strictAccept: true });
    await request(app).get('/users').set({ ...headers, Accept: 'application/json' }).expect(406);
    await request(app).get('/users').set({ 'MX-API-Key': 'k', 'MX-Client-ID': 'c' }).expect(406);
    await request(app).get('/users').set(headers).expect(200);
  });

  it('answers malformed JSON with 400', async () => {
    const { app } = createTestApp();
    const response = await request(app).post('/users').set(headers).set('Content-Type', 'application/json').send('{"user": {').expect(400);
    expect(response.body.error.message).toMatch(/^Malformed JSON in request body/);
  });

  it('answers a body that is not JSON with 415', async () => {
    const { app } = createTestApp();
    const response = await request(app).post('/users').set(headers).set('Content-Type', 'text/plain').send('identifier=x').expect(415);
    expect(response.body.error.message).toContain('must be application/json');
  });

  it('treats an empty chunked body without Content-Type as no body, and a real one as 415', async () => {
    const { app } = createTestApp();
    const server = http.createServer(app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const post = (path: string, payload?: string) =>
      new Promise<number>((resolve, reject) => {
        const { request: send } = http;
        const outgoing = send({ host: '127.0.0.1', port, path, method: 'POST', headers }, (response) => {
          response.resume();
          resolve(response.statusCode!);
        });
        outgoing.on('error', reject);
        outgoing.end(payload);
      });
    try {
      expect(await post('/users/test_atrium/members/test_atrium_member/identify')).toBe(200);
      expect(await post('/users/test_atrium/members/test_atrium_member/identify', '{"include_transactions":true}')).toBe(415);
    } finally {
      server.close();
    }
  });

  it('answers a missing body with 400', async () => {
    const { app } = createTestApp();
    const response = await request(app).post('/users').set(headers).expect(400);
    expect(response.body.error.message).toBe('Invalid request: a JSON request body is required.');
  });

  it('answers wrong types and unknown fields with 400 naming the field', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const wrongType = await atrium.post('/users', { user: { identifier: 42 } }).expect(400);
    expect(wrongType.body.error.message).toBe('Invalid request: request body user.identifier must be string.');
    const typo = await atrium
      .post(`/users/${user}/members`, {
        member: { institution_code: 'mxbank', skipAggregation: true, credentials: [{ guid: MXBANK_USERNAME, value: 'u' }, { guid: MXBANK_PASSWORD, value: 'p' }] },
      })
      .expect(400);
    expect(typo.body.error.message).toBe('Invalid request: request body member has an unknown field "skipAggregation".');
    const missing = await atrium.post(`/users/${user}/members`, { member: { credentials: [] } }).expect(400);
    expect(missing.body.error.message).toContain('request body member is missing the required field "institution_code"');
    const badPage = await atrium.get('/users?page=abc').expect(400);
    expect(badPage.body.error.message).toContain('query parameter page');
    expect((await atrium.get(`/users/${user}/members`).expect(200)).body.members).toEqual([]);
  });

  it('ignores query parameters an endpoint does not declare, as Atrium does', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    await atrium.get(`/users/${user}?_=1700000000&page=2`).expect(200);
    expect((await atrium.get('/users?cache_buster=1').expect(200)).body.users).toHaveLength(1);
  });

  it('answers an oversized body with 413', async () => {
    const { app } = createTestApp({ bodyLimit: '1kb' });
    const response = await request(app).post('/users').set(headers).send({ user: { metadata: 'x'.repeat(5000) } }).expect(413);
    expect(response.body.error.message).toBe('Request body is larger than the 1kb limit.');
  });

  it('refuses a declared Content-Length over the limit at once, before any of the body arrives, and closes the connection', async () => {
    const { app } = createTestApp({ bodyLimit: '1kb' });
    for (const path of ['/users', '/__mock/reset']) {
      const lines = [`POST ${path} HTTP/1.1`, 'Host: {host}', 'MX-API-Key: key', 'MX-Client-ID: client-a', `Accept: ${ATRIUM_ACCEPT}`, 'Content-Type: application/json', 'Content-Length: 2000000'];
      const response = await rawRequest(app, http11(lines));
      expect(response.status).toBe(413);
      expect(response.headers.connection).toBe('close');
      expect(response.json()).toEqual({ error: { message: 'Request body is larger than the 1kb limit.' } });
    }
  });

  it('answers every over-limit upload of clients sending at once with 413, keeping the connection, so none is reset mid-upload', async () => {
    const { app } = createTestApp({ bodyLimit: '1kb' });
    const server = http.createServer(app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const body = JSON.stringify({ user: { identifier: 'x'.repeat(8_000) } });
    const outcomes: string[] = [];
    const client = async () => {
      for (let i = 0; i < 40; i += 1) {
        const response = await fetch(`http://127.0.0.1:${port}/users`, { method: 'POST', headers, body }).catch((error: Error) => error);
        if (response instanceof Error) outcomes.push(String((response.cause as { code?: string } | undefined)?.code ?? response.message));
        else outcomes.push(`${response.status} ${response.headers.get('connection')} ${((await response.json()) as { error: { message: string } }).error.message}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, client));
    server.close();
    expect(new Set(outcomes)).toEqual(new Set(['413 keep-alive Request body is larger than the 1kb limit.']));
  });

  it('answers an unknown path with 404 and a wrong method with 405 and Allow', async () => {
    const { app } = createTestApp();
    const missing = await request(app).get('/accounts').set(headers).expect(404);
    expect(missing.body.error.message).toContain('no Atrium endpoint is GET /accounts');
    const wrongMethod = await request(app).patch('/users').set(headers).expect(405);
    expect(wrongMethod.headers.allow).toBe('GET, POST');
    expect(wrongMethod.body.error.message).toBe('PATCH is not allowed on /users; allowed: GET, POST.');
  });

  it('answers unknown ids with 404 and malformed escapes in the path with 400', async () => {
    const atrium = createTestApp().as();
    await atrium.get('/users/USR-nope').expect(404);
    const malformed = await atrium.get('/users/%E0%A4%A/members').expect(400);
    expect(malformed.body.error.message).toBe('Malformed percent-encoding in the path segment "%E0%A4%A".');
  });

  it('answers 404 to endpoints that are not in the final Atrium API: the pre-2019 categorize path and the beta-only rewards', async () => {
    const atrium = createTestApp().as();
    for (const [method, path] of [
      ['post', '/cleanse_and_categorize'],
      ['get', '/credit_card_products/CCA-1'],
      ['post', '/users/test_atrium/members/test_atrium_member/fetch_rewards'],
      ['get', '/users/test_atrium/members/test_atrium_member/rewards'],
      ['get', '/users/test_atrium/members/test_atrium_member/rewards/RWD-1'],
    ] as const) {
      const response = await (method === 'post' ? atrium.post(path, { transactions: [] }) : atrium.get(path)).expect(404);
      expect(response.body.error.message).toBe(`We were unable to find the record you requested: no Atrium endpoint is ${method.toUpperCase()} ${path}.`);
    }
  });

  it('simulates every operation of the spec: none answers 501', () => {
    const { routes } = loadSpec(atriumSpecJsonPath);
    const missing = routes.routes.map((route) => route.operation.operationId as OperationId).filter((operationId) => !handlers[operationId]);
    expect(missing).toEqual([]);
  });
});
