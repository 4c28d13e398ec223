// Consumer side: what this app needs from Atrium, recorded into pacts/ by Pact's mock server.
// Provider side: `atrium-mock verify-pacts ./pacts` (npm test runs both) replays them against the
// simulator. Provider states are atrium-mock seed sets; `${user_guid}` and `${member_guid}` are the
// guids the seed created, injected by the verifier.
import { MatchersV3, PactV4 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { atriumClient } from '../src/atrium.js';

const { eachLike, fromProviderState, like, regex } = MatchersV3;
const pact = new PactV4({ consumer: 'my-app', provider: 'mx-atrium', dir: 'pacts', logLevel: 'warn' });

const ATRIUM_JSON = 'application/vnd.mx.atrium.v1+json';
const requestHeaders = { 'MX-API-Key': 'my-key', 'MX-Client-ID': 'my-client', Accept: ATRIUM_JSON };
const EXAMPLE = { user: 'USR-c0401d6c-b9d7-902b-c3df-b8cd586cc1c2', member: 'MBR-34c5274a-3741-f914-2995-44220991db9e' };
const memberPath = (rest) => fromProviderState(`/users/\${user_guid}/members/\${member_guid}${rest}`, `/users/${EXAMPLE.user}/members/${EXAMPLE.member}${rest}`);
const client = (mockServer) => atriumClient({ baseUrl: mockServer.url, apiKey: 'my-key', clientId: 'my-client' });

describe('my app and MX Atrium', () => {
  it('reads MX Bank', () =>
    pact
      .addInteraction()
      .uponReceiving('a request for MX Bank')
      .withRequest('GET', '/institutions/mxbank', (request) => request.headers(requestHeaders))
      // state the vnd media type as a plain value; pact-js's jsonBody() alone would state application/json
      .willRespondWith(200, (response) => response.headers({ 'Content-Type': ATRIUM_JSON }).jsonBody({ institution: { code: 'mxbank', name: like('MX Bank'), supports_account_identification: true } }))
      .executeTest(async (mockServer) => {
        expect((await client(mockServer).institution('mxbank')).supports_account_identification).toBe(true);
      }));

  it('starts identification of a member that has not aggregated', () =>
    pact
      .addInteraction()
      .given('created-mxbank-member')
      .uponReceiving('a request to start identification')
      .withRequest('POST', memberPath('/identify'), (request) => request.headers(requestHeaders))
      .willRespondWith(200, (response) => response.headers({ 'Content-Type': ATRIUM_JSON }).jsonBody({ member: { guid: fromProviderState('${member_guid}', EXAMPLE.member), is_being_aggregated: true } }))
      .executeTest(async (mockServer) => {
        const started = await client(mockServer).startIdentification(EXAMPLE.user, EXAMPLE.member);
        expect(started).toMatchObject({ alreadyRunning: false, member: { is_being_aggregated: true } });
      }));

  it('learns that identification already runs (202)', () =>
    pact
      .addInteraction()
      .given('identifying-mxbank-member')
      .uponReceiving('a request to start identification while it runs')
      .withRequest('POST', memberPath('/identify'), (request) => request.headers(requestHeaders))
      .willRespondWith(202, (response) => response.headers({ 'Content-Type': ATRIUM_JSON }).jsonBody({ member: { is_being_aggregated: true } }))
      .executeTest(async (mockServer) => {
        expect((await client(mockServer).startIdentification(EXAMPLE.user, EXAMPLE.member)).alreadyRunning).toBe(true);
      }));

  it('reads the owners identification found', () =>
    pact
      .addInteraction()
      .given('identified-mxbank-member')
      .uponReceiving('a request for the account owners of an identified member')
      .withRequest('GET', memberPath('/account_owners'), (request) => request.headers(requestHeaders))
      .willRespondWith(200, (response) =>
        response.headers({ 'Content-Type': ATRIUM_JSON }).jsonBody({
          account_owners: eachLike({ guid: regex(/^ACO-[0-9a-f-]{36}$/, 'ACO-e6c83b14-df2a-d6ca-5f3d-dea79549ef7b'), owner_name: like('Donnie Darko'), email: like('donnie@example.com') }),
        }),
      )
      .executeTest(async (mockServer) => {
        const owners = await client(mockServer).accountOwners(EXAMPLE.user, EXAMPLE.member);
        expect(owners[0].owner_name).toBe('Donnie Darko');
      }));
});
