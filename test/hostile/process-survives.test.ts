import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { HEADERS, start } from '../support/cli-process.js';
import { createTestApp } from '../support/test-app.js';
import { expectHealthy, mx, mxError, nestedArrays, nestedObjects, stateOf } from './support.js';

// issue 10, section 1: no request makes the process exit

const DEPTH = 100_000;
const TOO_DEEP = 'Request body is nested deeper than 64 levels, the most the simulator reads.';

/** Every kind of path a deep body can arrive on: Atrium with and without MX headers, unknown paths, the control plane. */
const TARGETS: { method: 'post' | 'put'; path: string; headers: Record<string, string>; wrap: (deep: string) => string }[] = [
  { method: 'post', path: '/users', headers: mx('deep'), wrap: (deep) => deep },
  { method: 'post', path: '/users', headers: mx('deep'), wrap: (deep) => `{"user":{"metadata":${deep}}}` },
  { method: 'post', path: '/users', headers: {}, wrap: (deep) => deep },
  { method: 'post', path: '/no/such/path', headers: mx('deep'), wrap: (deep) => deep },
  { method: 'put', path: '/users/USR-1', headers: {}, wrap: (deep) => deep },
  { method: 'post', path: '/__mock/faults', headers: { 'MX-Client-ID': 'deep' }, wrap: (deep) => deep },
  { method: 'post', path: '/__mock/clock/advance', headers: { 'MX-Client-ID': 'deep' }, wrap: (deep) => `{"ms":${deep}}` },
  { method: 'put', path: '/__mock/state', headers: { 'MX-Client-ID': 'deep' }, wrap: (deep) => deep },
  { method: 'put', path: '/__mock/state', headers: { 'MX-Client-ID': 'deep' }, wrap: (deep) => `{"format":"atrium-mock/tenant-snapshot","version":2,"state":${deep}}` },
  { method: 'post', path: '/__mock/seed', headers: { 'MX-Client-ID': 'deep' }, wrap: (deep) => `{"steps":[${deep}]}` },
  // repeats in repeats, 80,000 levels (as much as fits in the 1mb body limit)
  { method: 'post', path: '/__mock/seed', headers: { 'MX-Client-ID': 'deep' }, wrap: () => `{"steps":[${'{"repeat":1,"steps":['.repeat(40_000)}{"call":"create_user"}${']}'.repeat(40_000)}]}` },
];

describe('no request makes the process exit', () => {
  it('answers 100,000 levels of nested arrays or objects with a 400 naming the limit, on Atrium and control-plane paths, and changes nothing', async () => {
    const { app, as } = createTestApp();
    await as('deep').createUser({ identifier: 'before' });
    const before = await stateOf(app, 'deep');
    for (const deep of [nestedArrays(DEPTH), nestedObjects(DEPTH)]) {
      for (const target of TARGETS) {
        const response = await request(app)[target.method](target.path).set(target.headers).set('Content-Type', 'application/json').send(target.wrap(deep));
        expect(mxError(response, 400), `${target.method} ${target.path}`).toBe(TOO_DEEP);
        await expectHealthy(app);
      }
    }
    expect(await stateOf(app, 'deep')).toEqual(before);
    // the journal kept the refusals without walking the body
    const journal = (await as('deep').get('/__mock/requests?status=400').expect(200)).body.requests;
    expect(journal.length).toBeGreaterThan(0);
    expect(journal.every((entry: { request_body: unknown }) => entry.request_body === null)).toBe(true);
  });

  it('keeps nesting up to 64 levels, which the journal shows without overflowing', async () => {
    const { as } = createTestApp();
    const atrium = as('deep');
    // 64 levels in all: the body, user, metadata and 61 arrays
    const response = await atrium.post('/users').set('Content-Type', 'application/json').send(`{"user":{"metadata":${nestedArrays(62)}}}`);
    expect(mxError(response, 400)).toContain('request body user.metadata must be string');
    const [entry] = (await atrium.get('/__mock/requests?limit=1').expect(200)).body.requests;
    expect(JSON.stringify(entry.request_body)).toContain('[[[[');
  });

  it('keeps serving in its own process after deep bodies on every kind of path', { timeout: 30_000 }, async () => {
    const running = await start(['--log-level', 'info']);
    for (const deep of [nestedArrays(DEPTH), nestedObjects(DEPTH)]) {
      for (const target of TARGETS) {
        const response = await fetch(`${running.url}${target.path}`, { method: target.method.toUpperCase(), headers: { ...target.headers, 'Content-Type': 'application/json' }, body: target.wrap(deep) });
        expect(response.status, `${target.method} ${target.path}`).toBe(400);
        expect(await response.json()).toEqual({ error: { message: TOO_DEEP } });
      }
    }
    await expectHealthy(running.url);
    expect((await fetch(`${running.url}/users`, { headers: HEADERS })).status).toBe(200);
    expect(running.child.exitCode).toBeNull();
  });
});
