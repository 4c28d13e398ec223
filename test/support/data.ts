import type { RequestListener } from 'node:http';
import type request from 'supertest';
import type { AtriumAgent, TestApp } from './test-app.js';

export const PDF_ACCEPT = 'application/vnd.mx.atrium.v1+pdf';

/** A user with a connected MX Bank member whose first aggregation finished. */
export async function connectedMember(atrium: AtriumAgent, options: { password?: string; institution_code?: string } = {}) {
  const user = await atrium.createUser();
  const member = (await atrium.createMember(user, options.password ?? 'password', { institution_code: options.institution_code })).guid;
  await atrium.pollUntilSettled(user, member);
  return { user, member };
}

/** A member at any institution, answering each of its credentials with `value`; returns the member guid. */
export async function memberAt(atrium: AtriumAgent, user: string, institutionCode: string, options: { skip_aggregation?: boolean; value?: string } = {}): Promise<string> {
  const credentials = (await atrium.get(`/institutions/${institutionCode}/credentials`).expect(200)).body.credentials as { guid: string }[];
  const member = { institution_code: institutionCode, skip_aggregation: options.skip_aggregation ?? false, credentials: credentials.map(({ guid }) => ({ guid, value: options.value ?? 'password' })) };
  return (await atrium.post(`/users/${user}/members`, { member }).expect(202)).body.member.guid as string;
}

/** Starts a job (aggregate, balance, verify, identify, extend_history, fetch_statements) and polls it to the end. */
export async function runJob(atrium: AtriumAgent, user: string, member: string, job: string) {
  const started = await atrium.post(`/users/${user}/members/${member}/${job}`);
  if (started.status !== 200 && started.status !== 202) throw new Error(`${job} answered ${started.status}: ${JSON.stringify(started.body)}`);
  return (await atrium.pollUntilSettled(user, member)).at(-1)!;
}

/** Reads a response body as raw bytes (supertest only buffers text and JSON by itself). */
export function bytes(test: request.Test): request.Test {
  return test.buffer(true).parse((res, callback) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  });
}

/** The test app (browser routes for OAuth windows and Connect widget URLs included, as app.ts mounts them). */
export function withBrowserRoutes(app: TestApp): { server: RequestListener; as: (clientId?: string) => AtriumAgent } {
  return { server: app.app, as: (clientId = 'client-a') => app.as(clientId) };
}

/** Pages through a list endpoint and returns every item under `key`. */
export async function everything(atrium: AtriumAgent, path: string, key: string): Promise<Record<string, unknown>[]> {
  const separator = path.includes('?') ? '&' : '?';
  const items: Record<string, unknown>[] = [];
  for (let page = 1; ; page += 1) {
    const { body } = await atrium.get(`${path}${separator}records_per_page=1000&page=${page}`).expect(200);
    items.push(...body[key]);
    if (page >= body.pagination.total_pages) return items;
  }
}
