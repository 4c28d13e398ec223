import { describe, expect, it } from 'vitest';
import { loadSpec } from '../src/http/openapi.js';
import { ResponseValidator } from '../src/http/response-validation.js';
import { ATRIUM_JSON } from '../src/http/reply.js';
import { atriumSpecJsonPath } from '../src/paths.js';
import { connectedMember } from './support/data.js';
import { createTestApp } from './support/test-app.js';

const validator = new ResponseValidator(loadSpec(atriumSpecJsonPath).document);

async function connected(): Promise<{ atrium: ReturnType<ReturnType<typeof createTestApp>['as']>; user: string; member: string }> {
  const atrium = createTestApp().as();
  return { atrium, ...(await connectedMember(atrium)) };
}

/** The status of a connected member: `challenges`, the one field it may leave out, is left out. */
async function connectedStatus(): Promise<{ member: Record<string, unknown> }> {
  const { atrium, user, member } = await connected();
  return (await atrium.get(`/users/${user}/members/${member}/status`).expect(200)).body;
}

async function accountsPage(): Promise<{ accounts: Record<string, unknown>[]; pagination: Record<string, unknown> }> {
  const { atrium, user } = await connected();
  return (await atrium.get(`/users/${user}/accounts`).expect(200)).body;
}

const check = (body: unknown, operationId = 'listUserAccounts') => validator.check(operationId, { status: 200, body }, ATRIUM_JSON);

describe('response validation', () => {
  it('passes a page of accounts the simulator answers', async () => {
    expect(check(await accountsPage())).toEqual([]);
  });

  it('fails a reply with a field the spec does not declare, naming the field and where it is', async () => {
    const page = await accountsPage();
    page.accounts[3]!.routing_number_hint = '0210';
    expect(check(page)).toEqual(['body/accounts/3 must NOT have additional properties (routing_number_hint)']);
    const pagination = await accountsPage();
    pagination.pagination.next_page = 2;
    expect(check(pagination)).toEqual(['body/pagination must NOT have additional properties (next_page)']);
  });

  it('fails an undeclared field in place of an optional one that is left out', async () => {
    const status = await connectedStatus();
    expect(status.member).not.toHaveProperty('challenges');
    expect(check(status, 'readMemberStatus')).toEqual([]);
    status.member.mfa_hint = 'none';
    expect(check(status, 'readMemberStatus')).toEqual(['body/member must NOT have additional properties (mfa_hint)']);
  });

  it('passes a declared field that holds undefined, as JSON leaves it out', async () => {
    const status = await connectedStatus();
    status.member.challenges = undefined;
    expect(check(status, 'readMemberStatus')).toEqual([]);
  });

  it('fails a wrong type, a bad date-time and a missing envelope with the full report', async () => {
    const page = await accountsPage();
    page.accounts[1]!.balance = '1000.23';
    page.accounts[2]!.created_at = 'yesterday';
    expect(check(page)).toEqual(['body/accounts/1/balance must be number', 'body/accounts/2/created_at must match format "date-time"']);
    expect(check({ accounts: [] })).toEqual(["body must have required property 'pagination'"]);
  });
});
