/**
 * The wire habits of the official Java SDK, mxenabled/atrium-java at commit 4f2189e7 (2021-11-01,
 * okhttp 2.7.5, Gson), as bytes, read from src/main/java/com/mx/atrium/ApiClient.java and the API
 * classes (the SDK was not run here: its okhttp 2 and Gson jars are not reachable). okhttp adds
 * Host, Connection, Accept-Encoding: gzip and, for any request body, its own Content-Type with
 * `; charset=utf-8` and a Content-Length.
 */
import { describe, expect, it } from 'vitest';
import { MXBANK_LOGIN, MXBANK_PASSWORD, codes, http11, memberWithStatements, rawRequest, sharedSimulator, tenant, userWithMember } from './support.js';

const sim = sharedSimulator();

/** buildRequest (ApiClient.java:963-1006): Accept and Content-Type from the API class, User-Agent (:84), the API keys; a body on POST and PUT always (:989). */
function java(clientId: string, method: string, path: string, body?: string) {
  const withBody = method === 'POST' || method === 'PUT';
  const lines = [
    `${method} ${path} HTTP/1.1`,
    'Accept: application/vnd.mx.atrium.v1+json',
    `Content-Type: application/json${withBody ? '; charset=utf-8' : ''}`,
    'MX-API-Key: sdk-key',
    `MX-Client-ID: ${clientId}`,
    'User-Agent: Swagger-Codegen/2.10.7/java',
    ...(withBody ? [`Content-Length: ${Buffer.byteLength(body ?? '')}`] : []),
    'Host: {host}',
    'Connection: Keep-Alive',
    'Accept-Encoding: gzip',
  ];
  return http11(lines, body ?? '');
}

describe('the official Java SDK (atrium-java 4f2189e7) on the wire', () => {
  it('a base path with a trailing slash: GET //institutions (ApiClient.java:1017 `url.append(basePath).append(path)`) with lowercase booleans (String.valueOf, :504)', async () => {
    const atrium = tenant(sim.url, 'java');
    const listed = await rawRequest(sim.url, java(atrium.clientId, 'GET', '//institutions?records_per_page=100&supports_account_identification=true'));
    expect(listed.status).toBe(200);
    expect(codes(listed.json())).toContain('mxbank');
  });

  it('Content-Type: application/json on a GET without a body (InstitutionsApi.java:106 puts it on every call): answered normally', async () => {
    const atrium = tenant(sim.url, 'java');
    expect((await rawRequest(sim.url, java(atrium.clientId, 'GET', '//institutions/mxbank'))).json().institution.code).toBe('mxbank');
  });

  it('a JSON body typed application/json; charset=utf-8 (ApiClient.java:745, okhttp adds the charset): creates the user and the member', async () => {
    const atrium = tenant(sim.url, 'java');
    const user = await rawRequest(sim.url, java(atrium.clientId, 'POST', '//users', '{"user":{"identifier":"java-user","is_disabled":false}}'));
    expect(user.status).toBe(200);
    const guid = user.json().user.guid as string;
    const member = await rawRequest(
      sim.url,
      java(atrium.clientId, 'POST', `//users/${guid}/members`, `{"member":{"credentials":[{"guid":"${MXBANK_LOGIN}","value":"test_atrium"},{"guid":"${MXBANK_PASSWORD}","value":"password"}],"institution_code":"mxbank","skip_aggregation":true}}`),
    );
    expect(member.status).toBe(202);
  });

  it('a job without a body sends an empty one: Content-Length: 0 and application/json; charset=utf-8 (ApiClient.java:983-990): identify starts', async () => {
    const atrium = tenant(sim.url, 'java');
    const { user, member } = await userWithMember(atrium);
    const started = await rawRequest(sim.url, java(atrium.clientId, 'POST', `//users/${user}/members/${member}/identify`));
    expect(started.status).toBe(200);
    expect(started.json().member.status).toBe('INITIATED');
  });

  it('reads a statement under the root key `user` (src/main/java/com/mx/model/StatementResponseBody.java:30): the simulator sends it', async () => {
    const atrium = tenant(sim.url, 'java');
    const { user, member, statement } = await memberWithStatements(atrium);
    const read = await rawRequest(sim.url, java(atrium.clientId, 'GET', `//users/${user}/members/${member}/statements/${statement}`));
    expect(read.json().user.guid).toBe(statement);
  });

  it('a DELETE has no body (ApiClient.java:984-986): deleted', async () => {
    const atrium = tenant(sim.url, 'java');
    const { user } = await userWithMember(atrium);
    expect((await rawRequest(sim.url, java(atrium.clientId, 'DELETE', `//users/${user}`))).status).toBe(204);
  });
});
