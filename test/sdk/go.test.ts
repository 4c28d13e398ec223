/**
 * The wire habits of the official Go SDK, mxenabled/atrium-go at commit e10b811b (2021-11-01,
 * module github.com/mxenabled/atrium-go/v2, "MX-Codegen/2.12.1/go"), as bytes, read from client.go,
 * configuration.go and the api_*.go files (not run here: no Go toolchain). net/http writes header
 * names in canonical form (Mx-Api-Key, Mx-Client-Id), adds Accept-Encoding: gzip, and sends
 * Content-Length: 0 on a POST without a body.
 */
import { describe, expect, it } from 'vitest';
import { MXBANK_LOGIN, MXBANK_PASSWORD, codes, http11, memberWithStatements, rawRequest, sharedSimulator, tenant, userWithMember } from './support.js';

const sim = sharedSimulator();

/** prepareRequest (client.go:190-333): the API class's Content-Type and Accept, User-Agent (:298), the API keys as default headers (:328-330). */
function go(clientId: string, method: string, path: string, options: { body?: string; contentType?: boolean; accept?: string } = {}) {
  const withBody = method === 'POST' || method === 'PUT';
  const lines = [
    `${method} ${path} HTTP/1.1`,
    'Host: {host}',
    'User-Agent: MX-Codegen/2.12.1/go',
    ...(withBody ? [`Content-Length: ${Buffer.byteLength(options.body ?? '')}`] : []),
    `Accept: ${options.accept ?? 'application/vnd.mx.atrium.v1+json'}`,
    ...(options.contentType ? ['Content-Type: application/json'] : []),
    'Mx-Api-Key: sdk-key',
    `Mx-Client-Id: ${clientId}`,
    'Accept-Encoding: gzip',
  ];
  return http11(lines, options.body ?? '');
}

describe('the official Go SDK (atrium-go e10b811b) on the wire', () => {
  it('a base path with a trailing slash: GET //institutions (api_institutions.go:64 `BasePath + "/institutions"`), query keys sorted by url.Values.Encode (client.go:271)', async () => {
    const atrium = tenant(sim.url, 'go');
    const listed = await rawRequest(sim.url, go(atrium.clientId, 'GET', '//institutions?page=1&records_per_page=100&supports_account_identification=true'));
    expect(listed.status).toBe(200);
    expect(codes(listed.json())).toContain('mxbank');
    expect(listed.json().pagination).toMatchObject({ current_page: 1, per_page: 100 });
  });

  it('canonical header names Mx-Api-Key and Mx-Client-Id (http.Header.Add, client.go:329): the tenant is the client id', async () => {
    const atrium = tenant(sim.url, 'go');
    await atrium.call('POST', '/users', { user: { identifier: 'seen-by-go' } });
    const listed = await rawRequest(sim.url, go(atrium.clientId, 'GET', '//users'));
    expect(listed.json().users.map((user: { identifier: string }) => user.identifier)).toEqual(['seen-by-go']);
  });

  it('json.Encoder bodies end with a newline (client.go:387): creates the user and the member', async () => {
    const atrium = tenant(sim.url, 'go');
    const user = await rawRequest(sim.url, go(atrium.clientId, 'POST', '//users', { body: '{"user":{"identifier":"go-user"}}\n', contentType: true }));
    expect(user.status).toBe(200);
    const guid = user.json().user.guid as string;
    const body = `{"member":{"credentials":[{"guid":"${MXBANK_LOGIN}","value":"test_atrium"},{"guid":"${MXBANK_PASSWORD}","value":"password"}],"institution_code":"mxbank","skip_aggregation":true}}\n`;
    expect((await rawRequest(sim.url, go(atrium.clientId, 'POST', `//users/${guid}/members`, { body, contentType: true }))).status).toBe(202);
  });

  it('a job without a body: Content-Type: application/json and Content-Length: 0 (api_identity.go:55-61, http.NewRequest with a nil body, client.go:277): identify starts', async () => {
    const atrium = tenant(sim.url, 'go');
    const { user, member } = await userWithMember(atrium);
    const started = await rawRequest(sim.url, go(atrium.clientId, 'POST', `//users/${user}/members/${member}/identify`, { contentType: true }));
    expect(started.status).toBe(200);
    expect(started.json().member.status).toBe('INITIATED');
  });

  it('an empty ConnectWidgetRequestBody struct is sent as {} plus a newline (api_connect_widget.go:71): the defaults', async () => {
    const atrium = tenant(sim.url, 'go');
    const user = (await atrium.call('POST', '/users', { user: { identifier: 'go' } })).body.user.guid as string;
    expect((await rawRequest(sim.url, go(atrium.clientId, 'POST', `//users/${user}/connect_widget_url`, { body: '{}\n', contentType: true }))).status).toBe(200);
  });

  it('reads a statement under `user` (model_statement_response_body.go:12): sent; the PDF arrives, but DownloadStatementPdf returns a nil file against any server', async () => {
    const atrium = tenant(sim.url, 'go');
    const { user, member, statement } = await memberWithStatements(atrium);
    const read = await rawRequest(sim.url, go(atrium.clientId, 'GET', `//users/${user}/members/${member}/statements/${statement}`));
    expect(read.json().user.guid).toBe(statement);
    const pdf = await rawRequest(sim.url, go(atrium.clientId, 'GET', `//users/${user}/members/${member}/statements/${statement}.pdf`, { accept: 'application/vnd.mx.atrium.v1+pdf' }));
    expect(pdf.status).toBe(200);
    // decode (client.go:335-347) knows only XML and JSON: "undefined response type" for a PDF,
    // after which DownloadStatementPdf returns its nil *os.File with no error (api_statements.go:119-145)
    expect(pdf.headers['content-type']).toBe('application/vnd.mx.atrium.v1+pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
