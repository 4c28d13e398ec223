/**
 * The wire habits of the official C# SDK, mxenabled/atrium-csharp at commit 29503876 (2021-11-01,
 * "MX-Codegen/1.10.8/csharp", RestSharp 105.1.0 on HttpWebRequest, Newtonsoft.Json), as bytes,
 * read from src/atrium/Client/ApiClient.cs and the API classes (not run here: no .NET runtime).
 * RestSharp joins its base URL and the resource without doubling the slash (RestSharp 105.1.0
 * RestClient.cs:283-295), so a trailing slash in the base URL is harmless. HttpWebRequest adds
 * Expect: 100-continue to a request with a body, Accept-Encoding: gzip, deflate and Connection.
 */
import { describe, expect, it } from 'vitest';
import { MXBANK_LOGIN, MXBANK_PASSWORD, codes, http11, memberWithStatements, rawRequest, sharedSimulator, tenant, userWithMember } from './support.js';

const sim = sharedSimulator();

/** PrepareRequest and CallApi (ApiClient.cs:109-176): the header parameters, the body with its Content-Type, User-Agent (Configuration.cs:116). */
function csharp(clientId: string, method: string, path: string, body?: string) {
  const withBody = body !== undefined;
  const lines = [
    `${method} ${path} HTTP/1.1`,
    'Accept: application/vnd.mx.atrium.v1+json',
    'MX-API-Key: sdk-key',
    `MX-Client-ID: ${clientId}`,
    'User-Agent: MX-Codegen/1.10.8/csharp',
    ...(withBody ? ['Content-Type: application/json'] : []),
    'Host: {host}',
    ...(method === 'POST' || method === 'PUT' ? [`Content-Length: ${Buffer.byteLength(body ?? '')}`] : []),
    ...(withBody ? ['Expect: 100-continue'] : []),
    'Accept-Encoding: gzip, deflate',
    'Connection: Keep-Alive',
  ];
  return http11(lines, body ?? '');
}

describe('the official C# SDK (atrium-csharp 29503876) on the wire', () => {
  it('booleans as True and False (Convert.ToString, src/atrium/Client/ApiClient.cs:267; InstitutionsApi.cs:341): the identification filter works', async () => {
    const atrium = tenant(sim.url, 'csharp');
    const yes = await rawRequest(sim.url, csharp(atrium.clientId, 'GET', '/institutions?records_per_page=100&supports_account_identification=True'));
    expect(yes.status).toBe(200);
    expect(codes(yes.json())).toContain('mxbank');
    const no = await rawRequest(sim.url, csharp(atrium.clientId, 'GET', '/institutions?records_per_page=100&supports_account_identification=False'));
    expect(codes(no.json())).not.toContain('mxbank');
  });

  it('Expect: 100-continue on a request with a body (HttpWebRequest): answered 100 Continue, then the user and member are created', async () => {
    const atrium = tenant(sim.url, 'csharp');
    const user = await rawRequest(sim.url, csharp(atrium.clientId, 'POST', '/users', '{"user":{"identifier":"cs-user","is_disabled":false}}'));
    expect(user.status).toBe(200);
    const guid = user.json().user.guid as string;
    const member = await rawRequest(
      sim.url,
      csharp(atrium.clientId, 'POST', `/users/${guid}/members`, `{"member":{"credentials":[{"guid":"${MXBANK_LOGIN}","value":"test_atrium"},{"guid":"${MXBANK_PASSWORD}","value":"password"}],"institution_code":"mxbank","skip_aggregation":true}}`),
    );
    expect(member.status).toBe(202);
  });

  it('a job without a body: no Content-Type, Content-Length: 0 (localVarPostBody = null, src/atrium/Api/IdentityApi.cs:261): identify starts', async () => {
    const atrium = tenant(sim.url, 'csharp');
    const { user, member } = await userWithMember(atrium);
    const started = await rawRequest(sim.url, csharp(atrium.clientId, 'POST', `/users/${user}/members/${member}/identify`));
    expect(started.status).toBe(200);
  });

  it('reads a statement under the root key `user` (src/Atrium/Model/StatementResponseBody.cs:44): the simulator sends it', async () => {
    const atrium = tenant(sim.url, 'csharp');
    const { user, member, statement } = await memberWithStatements(atrium);
    const read = await rawRequest(sim.url, csharp(atrium.clientId, 'GET', `/users/${user}/members/${member}/statements/${statement}`));
    expect(read.json().user.guid).toBe(statement);
  });
});
