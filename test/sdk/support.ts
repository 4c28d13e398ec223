/**
 * Shared by the per-SDK wire tests: each builds the exact bytes its SDK sends (request line,
 * headers in the SDK's order and spelling, body) and writes them to an in-process simulator.
 * What a test needs to exist first (a user, a member, statements) is made with plain JSON
 * requests in the test's own tenant.
 */
import { newTenant } from '../client/support.js';

export { http11, rawRequest, type RawResponse } from '../support/raw-http.js';
export { sharedSimulator } from '../client/support.js';

export const MXBANK_LOGIN = 'CRD-9f61fb4c-912c-bd1e-b175-ccc7f0275cc1';
export const MXBANK_PASSWORD = 'CRD-e3d7ea81-aac7-05e9-fbdd-4b493c6e474d';

export interface Tenant {
  clientId: string;
  call(method: string, path: string, body?: unknown, accept?: string): Promise<{ status: number; body: any }>;
}

export function tenant(url: string, prefix: string): Tenant {
  const clientId = newTenant(prefix);
  return {
    clientId,
    async call(method, path, body, accept = 'application/vnd.mx.atrium.v1+json') {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { 'MX-API-Key': 'key', 'MX-Client-ID': clientId, Accept: accept, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
    },
  };
}

/** A user and an MX Bank member that has not aggregated yet. */
export async function userWithMember(atrium: Tenant): Promise<{ user: string; member: string }> {
  const user = (await atrium.call('POST', '/users', { user: { identifier: 'wire' } })).body.user.guid as string;
  const created = await atrium.call('POST', `/users/${user}/members`, {
    member: { institution_code: 'mxbank', skip_aggregation: true, credentials: [{ guid: MXBANK_LOGIN, value: 'test_atrium' }, { guid: MXBANK_PASSWORD, value: 'password' }] },
  });
  return { user, member: created.body.member.guid as string };
}

/** Polls /status until the member's job stopped. */
export async function settle(atrium: Tenant, user: string, member: string): Promise<void> {
  for (let poll = 0; poll < 20; poll += 1) {
    if (!(await atrium.call('GET', `/users/${user}/members/${member}/status`)).body.member.is_being_aggregated) return;
  }
  throw new Error(`member ${member} still aggregating after 20 polls`);
}

/** A member that aggregated (accounts, transactions) and fetched statements; answers the first statement's guid. */
export async function memberWithStatements(atrium: Tenant): Promise<{ user: string; member: string; statement: string }> {
  const { user, member } = await userWithMember(atrium);
  await atrium.call('POST', `/users/${user}/members/${member}/aggregate`);
  await settle(atrium, user, member);
  await atrium.call('POST', `/users/${user}/members/${member}/fetch_statements`);
  await settle(atrium, user, member);
  const statement = (await atrium.call('GET', `/users/${user}/members/${member}/statements`)).body.statements[0].guid as string;
  return { user, member, statement };
}

/** The codes of the institutions a list answered. */
export const codes = (body: { institutions: { code: string; supports_account_identification: boolean }[] }) => body.institutions.map((institution) => institution.code);

/** Whether bytes are valid UTF-8 (the Python SDK decodes every body as UTF-8). */
export function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
