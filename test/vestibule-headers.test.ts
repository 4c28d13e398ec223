/**
 * Atrium answers carry the headers vestibule's Rails stack sent (atrium-ruby's VCR cassettes,
 * spec/cassettes/atrium/{user,institution}/*.yml at commit 54032394): a weak ETag of the body,
 * Cache-Control, X-Frame-Options, X-XSS-Protection, X-Content-Type-Options and X-Runtime; a GET
 * whose If-None-Match matches is answered 304.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { PDF_ACCEPT, bytes, connectedMember, runJob } from './support/data.js';
import { ATRIUM_ACCEPT, createTestApp } from './support/test-app.js';
import { http11, rawRequest } from './support/raw-http.js';
import { atriumSpecJsonPath } from '../src/paths.js';

const headers = { 'MX-API-Key': 'key', 'MX-Client-ID': 'client-a', Accept: ATRIUM_ACCEPT };
const md5 = (body: Buffer | string) => createHash('md5').update(body).digest('hex');
const RAILS_DEFAULTS = { 'x-frame-options': 'SAMEORIGIN', 'x-xss-protection': '1; mode=block', 'x-content-type-options': 'nosniff' };

describe('Atrium answers carry the headers vestibule (Rails) sent', () => {
  it('gives a 200 a weak ETag of the exact body bytes, max-age=0, private, must-revalidate, the Rails defaults and X-Runtime', async () => {
    const { app } = createTestApp();
    const created = await request(app).post('/users').set(headers).send({ user: { identifier: 'etag' } }).expect(200);
    expect(created.headers).toMatchObject({ etag: `W/"${md5(created.text)}"`, 'cache-control': 'max-age=0, private, must-revalidate', ...RAILS_DEFAULTS });
    expect(created.headers['x-runtime']).toMatch(/^\d+\.\d{6}$/);
    const listed = await request(app).get('/users').set(headers).expect(200);
    expect(listed.headers.etag).toBe(`W/"${md5(listed.text)}"`);
  });

  it('gives 202, 204 and errors Cache-Control: no-cache and no ETag, with the Rails defaults and X-Runtime', async () => {
    const test = createTestApp();
    const atrium = test.as();
    const user = await atrium.createUser();
    const created = await atrium.post(`/users/${user}/members`, {
      member: { institution_code: 'mxbank', credentials: [{ guid: 'CRD-9f61fb4c-912c-bd1e-b175-ccc7f0275cc1', value: 'u' }, { guid: 'CRD-e3d7ea81-aac7-05e9-fbdd-4b493c6e474d', value: 'p' }] },
    }).expect(202);
    const deleted = await atrium.delete(`/users/${user}/members/${created.body.member.guid}`).expect(204);
    const missing = await atrium.get('/users/USR-nope').expect(404);
    const unauthorized = await request(test.app).get('/users').expect(401);
    const malformed = await request(test.app).post('/users').set({ ...headers, 'Content-Type': 'application/json' }).send('{"user":').expect(400);
    for (const [name, response] of Object.entries({ created, deleted, missing, unauthorized, malformed })) {
      expect(response.headers, name).toMatchObject({ 'cache-control': 'no-cache', ...RAILS_DEFAULTS, 'x-runtime': expect.stringMatching(/^\d+\.\d{6}$/) });
      expect(response.headers.etag, name).toBeUndefined();
    }
  });

  it('answers a GET whose If-None-Match is the ETag with 304: no body and no Content-Type, the ETag and cache headers kept', async () => {
    const { app } = createTestApp();
    const first = await request(app).get('/institutions/mxbank').set(headers).expect(200);
    const again = await request(app).get('/institutions/mxbank').set({ ...headers, 'If-None-Match': first.headers.etag! }).expect(304);
    expect(again.text).toBe('');
    expect(again.headers['content-type']).toBeUndefined();
    expect(again.headers).toMatchObject({ etag: first.headers.etag, 'cache-control': 'max-age=0, private, must-revalidate', ...RAILS_DEFAULTS });
    await request(app).head('/institutions/mxbank').set({ ...headers, 'If-None-Match': first.headers.etag! }).expect(304);
  });

  it('answers in full once the resource changed, and never 304s a write or a mismatching tag', async () => {
    const test = createTestApp();
    const atrium = test.as();
    const user = await atrium.createUser();
    const before = await atrium.get(`/users/${user}`).expect(200);
    await atrium.put(`/users/${user}`, { user: { metadata: 'changed' } }).expect(200);
    const after = await atrium.get(`/users/${user}`).set('If-None-Match', before.headers.etag!).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    await atrium.put(`/users/${user}`, { user: { metadata: 'changed' } }).set('If-None-Match', after.headers.etag!).expect(200);
    await atrium.get(`/users/${user}`).set('If-None-Match', `${after.headers.etag}, W/"other"`).expect(200);
    await atrium.get(`/users/${user}`).set({ 'If-None-Match': after.headers.etag!, 'If-Modified-Since': 'Fri, 16 Jun 2017 17:30:23 GMT' }).expect(200);
  });

  it('tags the statement PDF with the MD5 of its bytes', async () => {
    const atrium = createTestApp().as();
    const { user, member } = await connectedMember(atrium);
    await runJob(atrium, user, member, 'fetch_statements');
    const statement = (await atrium.get(`/users/${user}/members/${member}/statements`).expect(200)).body.statements[0];
    const pdf = await bytes(atrium.get(statement.uri).set('Accept', PDF_ACCEPT)).expect(200);
    expect(pdf.headers.etag).toBe(`W/"${md5(pdf.body as Buffer)}"`);
  });

  it('leaves the control plane without them', async () => {
    const { app } = createTestApp();
    const health = await request(app).get('/__mock/health').expect(200);
    expect(health.headers.etag).toBeUndefined();
    expect(health.headers['x-runtime']).toBeUndefined();
  });

  it('sends the header names and values on the wire as the cassettes show them', async () => {
    const { app } = createTestApp();
    const response = await rawRequest(app, http11(['GET /institutions/mxbank HTTP/1.1', 'Host: {host}', 'MX-API-Key: key', 'MX-Client-ID: client-a', `Accept: ${ATRIUM_ACCEPT}`]));
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({ etag: `W/"${md5(response.body)}"`, 'cache-control': 'max-age=0, private, must-revalidate', ...RAILS_DEFAULTS });
    expect(response.headers['content-type']).toBe('application/vnd.mx.atrium.v1+json; charset=utf-8');
  });

  it('declares them in the spec: every answer has its headers, every GET a 304, and the values sent fit the declared schemas', async () => {
    type Header = { $ref?: string; schema?: object };
    type Response = { $ref?: string; headers?: Record<string, Header> };
    const spec = JSON.parse(readFileSync(atriumSpecJsonPath, 'utf8')) as {
      paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
      components: { responses: Record<string, Response>; headers: Record<string, Header> };
    };
    const resolve = (response: Response) => (response.$ref ? spec.components.responses[response.$ref.split('/').pop()!]! : response);
    const plain = ['Cache-Control', 'X-Frame-Options', 'X-XSS-Protection', 'X-Content-Type-Options', 'X-Runtime', 'X-Request-Id'];
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          const declared = Object.keys(resolve(response).headers ?? {});
          expect(declared, `${method} ${path} ${status}`).toEqual(expect.arrayContaining(status === '200' || status === '304' ? ['ETag', ...plain] : plain));
        }
        if (method === 'get') expect(operation.responses['304'], `${method} ${path}`).toEqual({ $ref: '#/components/responses/NotModified' });
      }
    }
    const ajv = new Ajv({ strict: false });
    const { app } = createTestApp();
    for (const response of [await request(app).get('/institutions/mxbank').set(headers).expect(200), await request(app).get('/users/nope').set(headers).expect(404)]) {
      for (const [name, header] of Object.entries(spec.components.headers)) {
        const value = response.headers[name.toLowerCase()];
        if (value === undefined) continue;
        expect(ajv.validate(header.schema!, value), `${name}: ${value}`).toBe(true);
      }
    }
  });
});
