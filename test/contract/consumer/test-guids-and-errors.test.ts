import { describe, expect, it } from 'vitest';
import { AtriumNotFoundError, AtriumUnauthorizedError, identifyAccountOwners } from '../../../src/client/index.js';
import { failureOf, inPhases, pactClient } from '../support.js';
import * as ix from './interactions.js';

const TEST_IDS = { user_guid: 'test_atrium', member_guid: 'test_atrium_member' };

describe('Pact consumer: MX test GUIDs and errors with the reference client', () => {
  it('identifies test_atrium_member at once (200, idle) and the workflow reuses its Donnie Darko owners', async () => {
    const { started, result } = await inPhases([{ exchanges: [ix.testAtriumIdentify, ix.testAtriumUser, ix.testAtriumOwners] }], async (fetch) => {
      const client = pactClient(fetch);
      const started = await client.request('identifyMember', TEST_IDS);
      const result = await identifyAccountOwners({ client, user: { guid: 'test_atrium' }, member: 'test_atrium_member' });
      return { started, result };
    });
    expect(started.status).toBe(200);
    expect(started.data.member).toMatchObject({ connection_status: 'CONNECTED', is_being_aggregated: false });
    expect(result).toMatchObject({ identified: false, createdMember: false, memberGuid: 'test_atrium_member' });
    expect(result.accountOwners[0]?.owner_name).toBe('Donnie Darko');
  });

  it('fails the workflow with AtriumNotFoundError and MX message for a member that does not exist', async () => {
    const error = await inPhases([{ exchanges: [ix.readUser('user-without-members'), ix.ownersOfUnknownMember] }], (fetch) =>
      failureOf(identifyAccountOwners({ client: pactClient(fetch), user: { guid: ix.EXAMPLE.user }, member: ix.UNKNOWN_MEMBER })),
    );
    expect(error).toBeInstanceOf(AtriumNotFoundError);
    expect(error).toMatchObject({ status: 404, method: 'GET', operationId: 'listAccountOwners' });
    expect((error as AtriumNotFoundError).message).toMatch(/^We were unable to find the record you requested/);
  });

  it('raises AtriumUnauthorizedError when a request reaches Atrium without MX-API-Key and MX-Client-ID', async () => {
    const error = await inPhases([{ exchanges: [ix.listUsersWithoutKeys] }], (fetch) => {
      // e.g. a proxy in between that drops the credentials headers
      const stripping: typeof globalThis.fetch = (input, init) => {
        const headers = new Headers(init?.headers);
        headers.delete('MX-API-Key');
        headers.delete('MX-Client-ID');
        return fetch(input, { ...init, headers });
      };
      return failureOf(pactClient(stripping).listUsers({ page: 1, records_per_page: 100 }));
    });
    expect(error).toBeInstanceOf(AtriumUnauthorizedError);
    expect(error).toMatchObject({ status: 401, operationId: 'listUsers' });
    expect((error as AtriumUnauthorizedError).message).toContain('MX-API-Key');
  });
});
