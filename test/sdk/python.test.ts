/**
 * The wire habits of the official Python SDK, mxenabled/atrium-python at commit ed16ed5e
 * (2021-11-01, "MX-Codegen/2.11.7/python"), as bytes. The requests below are what the SDK sent
 * when it was run (with urllib3) against a capture server: header names, order and values, the
 * query string and json.dumps' spaced bodies; `atrium.AtriumClient(key, client_id,
 * "http://localhost:8080/")` joins that base URL and every path by plain concatenation.
 */
import { describe, expect, it } from 'vitest';
import { MXBANK_LOGIN, MXBANK_PASSWORD, codes, http11, isUtf8, memberWithStatements, rawRequest, settle, sharedSimulator, tenant, userWithMember } from './support.js';

const sim = sharedSimulator();
const JSON_TYPE = 'application/vnd.mx.atrium.v1+json';

/** A request as atrium/rest.py hands it to urllib3: Content-Type on every request (rest.py:157-158), Content-Length only with a body. */
function python(clientId: string, method: string, path: string, options: { body?: string; accept?: string } = {}) {
  const accept = options.accept ?? JSON_TYPE;
  const identity = ['User-Agent: MX-Codegen/2.11.7/python', 'MX-API-Key: sdk-key', `MX-Client-ID: ${clientId}`];
  const withBody = method === 'POST' || method === 'PUT';
  const lines = withBody
    ? [`${method} ${path} HTTP/1.1`, 'Host: {host}', 'Accept-Encoding: identity', `Content-Length: ${Buffer.byteLength(options.body ?? '')}`, `Accept: ${accept}`, 'Content-Type: application/json', ...identity]
    : [`${method} ${path} HTTP/1.1`, 'Host: {host}', 'Accept-Encoding: identity', `Accept: ${accept}`, ...identity, 'Content-Type: application/json'];
  return http11(lines, options.body ?? '');
}

describe('the official Python SDK (atrium-python ed16ed5e) on the wire', () => {
  it('a base URL with a trailing slash: POST //users (atrium/api_client.py:132 `host + resource_path`) creates the user', async () => {
    const atrium = tenant(sim.url, 'python');
    const created = await rawRequest(sim.url, python(atrium.clientId, 'POST', '//users', { body: '{"user": {"identifier": "py-user", "metadata": "{\\"a\\": 1}"}}' }));
    expect(created.status).toBe(200);
    expect(created.json().user).toMatchObject({ identifier: 'py-user', metadata: '{"a": 1}', is_disabled: false });
  });

  it('booleans as True and False (a Python bool through urllib3 urlencode, atrium/rest.py:214-218): the identification filter works', async () => {
    const atrium = tenant(sim.url, 'python');
    const yes = await rawRequest(sim.url, python(atrium.clientId, 'GET', '//institutions?records_per_page=100&supports_account_identification=True'));
    expect(yes.status).toBe(200);
    expect(codes(yes.json())).toContain('mxbank');
    expect(yes.json().institutions.every((institution: { supports_account_identification: boolean }) => institution.supports_account_identification)).toBe(true);
    const no = await rawRequest(sim.url, python(atrium.clientId, 'GET', '//institutions?records_per_page=100&supports_account_identification=False'));
    expect(no.status).toBe(200);
    expect(codes(no.json())).not.toContain('mxbank');
  });

  it('json.dumps bodies with spaced separators (atrium/rest.py:168): creates a member with skip_aggregation', async () => {
    const atrium = tenant(sim.url, 'python');
    const user = (await atrium.call('POST', '/users', { user: { identifier: 'py' } })).body.user.guid as string;
    const body = `{"member": {"credentials": [{"guid": "${MXBANK_LOGIN}", "value": "test_atrium"}, {"guid": "${MXBANK_PASSWORD}", "value": "password"}], "institution_code": "mxbank", "skip_aggregation": true}}`;
    const created = await rawRequest(sim.url, python(atrium.clientId, 'POST', `//users/${user}/members`, { body }));
    expect(created.status).toBe(202);
    expect(created.json().member).toMatchObject({ institution_code: 'mxbank', connection_status: 'CREATED', is_being_aggregated: false });
  });

  it('a job without a body: Content-Length: 0 with Content-Type: application/json (atrium/rest.py:166-172): identify starts', async () => {
    const atrium = tenant(sim.url, 'python');
    const { user, member } = await userWithMember(atrium);
    const started = await rawRequest(sim.url, python(atrium.clientId, 'POST', `//users/${user}/members/${member}/identify`));
    expect(started.status).toBe(200);
    expect(started.json().member).toMatchObject({ guid: member, is_being_aggregated: true, status: 'INITIATED' });
  });

  it('Content-Type: application/json on a DELETE without a body (atrium/rest.py:157-158): the member is deleted', async () => {
    const atrium = tenant(sim.url, 'python');
    const { user, member } = await userWithMember(atrium);
    expect((await rawRequest(sim.url, python(atrium.clientId, 'DELETE', `//users/${user}/members/${member}`))).status).toBe(204);
  });

  it('a datetime in from_date goes out as isoformat (atrium/api_client.py:113 and 180-181): its date is used', async () => {
    const atrium = tenant(sim.url, 'python');
    const { user, member } = await userWithMember(atrium);
    await atrium.call('POST', `/users/${user}/members/${member}/aggregate`);
    await settle(atrium, user, member);
    const byDate = (await atrium.call('GET', `/users/${user}/transactions?from_date=2000-01-01&to_date=2100-01-31`)).body;
    const sent = await rawRequest(sim.url, python(atrium.clientId, 'GET', `//users/${user}/transactions?from_date=2000-01-01T00%3A00%3A00%2B00%3A00&to_date=2100-01-31`));
    expect(sent.status).toBe(200);
    expect(sent.json()).toEqual(byDate);
    expect(byDate.pagination.total_entries).toBeGreaterThan(0);
  });

  it('reads a statement under the root key `user` (atrium/models/statement_response_body.py:29-33): the simulator sends it', async () => {
    const atrium = tenant(sim.url, 'python');
    const { user, member, statement } = await memberWithStatements(atrium);
    const read = await rawRequest(sim.url, python(atrium.clientId, 'GET', `//users/${user}/members/${member}/statements/${statement}`));
    expect(read.status).toBe(200);
    expect(read.json().user).toMatchObject({ guid: statement, member_guid: member });
    expect(read.json().statement).toEqual(read.json().user);
  });

  it('the statement PDF: a real PDF, which download_statement_pdf cannot return against any server (it decodes every body as UTF-8, atrium/rest.py:228-229)', async () => {
    const atrium = tenant(sim.url, 'python');
    const { user, member, statement } = await memberWithStatements(atrium);
    const pdf = await rawRequest(sim.url, python(atrium.clientId, 'GET', `//users/${user}/members/${member}/statements/${statement}.pdf`, { accept: 'application/vnd.mx.atrium.v1+pdf' }));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/vnd.mx.atrium.v1+pdf');
    expect(pdf.body.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    // PDFs carry binary bytes (the second line is a binary comment), so the SDK's decode raises
    // UnicodeDecodeError; an all-ASCII body would still fail writing str to a binary file (api_client.py:513-514)
    expect(isUtf8(pdf.body)).toBe(false);
  });

  it('an empty ConnectWidgetRequestBody is sent as {} (atrium/api_client.py:128-129): the defaults', async () => {
    const atrium = tenant(sim.url, 'python');
    const user = (await atrium.call('POST', '/users', { user: { identifier: 'py' } })).body.user.guid as string;
    const widget = await rawRequest(sim.url, python(atrium.clientId, 'POST', `//users/${user}/connect_widget_url`, { body: '{}' }));
    expect(widget.status).toBe(200);
    expect(widget.json().user).toEqual({ guid: user, connect_widget_url: expect.stringContaining('/connect/') });
  });
});
