import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AtriumBadRequestError,
  AtriumConflictError,
  AtriumError,
  AtriumForbiddenError,
  AtriumMethodNotAllowedError,
  AtriumNetworkError,
  AtriumNotAcceptableError,
  AtriumNotFoundError,
  AtriumRateLimitError,
  AtriumServerError,
  AtriumTimeoutError,
  AtriumUnauthorizedError,
  createAtriumClient,
  type AtriumClientOptions,
} from '../../src/client/index.js';
import { existingMember, failureOf, pollUntilIdle, recordingClient, sharedSimulator, withSimulator } from './support.js';

const sim = sharedSimulator();

/** The AtriumError a call rejects with. */
async function rejection(call: Promise<unknown>): Promise<AtriumError> {
  const error = await failureOf(call);
  if (!(error instanceof AtriumError)) throw new Error(`expected an AtriumError, got ${String(error)}`);
  return error;
}

/** A client on a fetch that answers one canned response and records what it was asked. */
function canned(status: number, body: ConstructorParameters<typeof Response>[0], headers: Record<string, string> = {}, options: Partial<AtriumClientOptions> = {}) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    requests.push({ url: String(input), init });
    return new Response(body, { status, headers });
  };
  return { client: createAtriumClient({ baseUrl: 'http://atrium.test', apiKey: 'k', clientId: 'c', fetch, ...options }), requests };
}

/** A fetch that never answers until its request is aborted. */
const hanging: typeof globalThis.fetch = (_input, init) =>
  new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));

describe('the reference client', () => {
  it('sends the MX headers and the body in MX wire names, and answers the parsed body', async () => {
    const { client, calls } = recordingClient(sim.url);
    const { user } = await client.createUser({ body: { user: { identifier: 'steven', metadata: '{"first_name":"Steven"}' } } });
    expect(user).toEqual({ guid: expect.stringMatching(/^USR-/), identifier: 'steven', is_disabled: false, metadata: '{"first_name":"Steven"}' });
    const headers = calls[0]!.headers;
    expect(headers.get('MX-API-Key')).toBe('test-api-key');
    expect(headers.get('MX-Client-ID')).toBe(client.clientId);
    expect(headers.get('Accept')).toBe('application/vnd.mx.atrium.v1+json');
    expect(headers.get('Content-Type')).toBe('application/json');
  });

  it("sends its MX headers and Accept once, whatever case the caller's own headers use", async () => {
    const users = '{"users":[],"pagination":{"current_page":1,"per_page":25,"total_entries":0,"total_pages":1}}';
    const { client, requests } = canned(200, users, {}, { headers: { accept: 'text/html', 'mx-client-id': 'someone-else', 'User-Agent': 'team-app/1.0' } });
    await client.listUsers({}, { headers: { 'mx-api-key': 'another-key', 'user-agent': 'team-app/2.0' } });
    const sent = new Headers(requests[0]!.init.headers);
    expect(sent.get('Accept')).toBe('application/vnd.mx.atrium.v1+json');
    expect(sent.get('MX-Client-ID')).toBe('c');
    expect(sent.get('MX-API-Key')).toBe('k');
    expect(sent.get('User-Agent')).toBe('team-app/2.0');
  });

  it('fills path parameters and sends the other parameters as the query', async () => {
    const { client, requests } = canned(200, '{"institutions":[],"pagination":{"current_page":2,"per_page":5,"total_entries":0,"total_pages":1}}', {}, { baseUrl: 'http://atrium.test/' });
    await client.listInstitutions({ name: 'mx bank', supports_account_identification: true, page: 2, records_per_page: 5 });
    await client.readMember({ user_guid: 'USR 1/2', member_guid: 'test_atrium_member' });
    expect(requests.map((request) => request.url)).toEqual([
      'http://atrium.test/institutions?name=mx+bank&supports_account_identification=true&page=2&records_per_page=5',
      'http://atrium.test/users/USR%201%2F2/members/test_atrium_member',
    ]);
    expect(new Headers(requests[0]!.init.headers).has('Content-Type')).toBe(false);
  });

  it('answers a status read and the test GUIDs straight from the simulator', async () => {
    const { client } = recordingClient(sim.url);
    const { member } = await client.readMemberStatus({ user_guid: 'test_atrium', member_guid: 'test_atrium_member' });
    expect(member).toMatchObject({ guid: 'test_atrium_member', connection_status: 'CONNECTED', is_being_aggregated: false });
  });

  it('answers null for 204: a delete, and challenges of a member that is not CHALLENGED', async () => {
    const { client } = recordingClient(sim.url);
    const { user_guid: user, member_guid: member } = await existingMember(client, { skipAggregation: true });
    expect(await client.listMemberMFAChallenges({ user_guid: user, member_guid: member })).toBeNull();
    expect(await client.deleteMember({ user_guid: user, member_guid: member })).toBeNull();
  });

  it('tells 200 from 202 through request(), with the request id', async () => {
    const { client } = recordingClient(sim.url);
    const { user_guid: user, member_guid: member } = await existingMember(client, { skipAggregation: true });
    const first = await client.request('identifyMember', { user_guid: user, member_guid: member });
    const again = await client.request('identifyMember', { user_guid: user, member_guid: member });
    expect([first.status, again.status]).toEqual([200, 202]);
    expect(again.data.member).toMatchObject({ guid: member, is_being_aggregated: true });
    expect(again.requestId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('downloads the statement PDF as bytes with the PDF Accept header', async () => {
    const { client, requests } = canned(200, new Uint8Array([0x25, 0x50, 0x44, 0x46]), { 'Content-Type': 'application/vnd.mx.atrium.v1+pdf' });
    const pdf = await client.downloadStatementPdf({ user_guid: 'USR-1', member_guid: 'MBR-1', statement_guid: 'STA-1' });
    expect(pdf).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(requests[0]!.url).toBe('http://atrium.test/users/USR-1/members/MBR-1/statements/STA-1.pdf');
    expect(new Headers(requests[0]!.init.headers).get('Accept')).toBe('application/vnd.mx.atrium.v1+pdf');
  });

  it('downloads a statement PDF from the simulator after fetch_statements', async () => {
    const { client } = recordingClient(sim.url);
    const ids = await existingMember(client, { skipAggregation: true });
    await client.fetchStatements(ids);
    await pollUntilIdle(client, ids);
    const [statement] = (await client.listMemberStatements(ids)).statements;
    expect((await client.readMemberStatement({ ...ids, statement_guid: statement!.guid })).statement).toEqual(statement);
    const pdf = await client.downloadStatementPdf({ ...ids, statement_guid: statement!.guid });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('refuses a call without a required path parameter before sending it', async () => {
    const { client, requests } = canned(200, '{}');
    // @ts-expect-error member_guid is required
    await expect(client.readMember({ user_guid: 'USR-1' })).rejects.toThrow('readMember: the path parameter "member_guid" is required.');
    expect(requests).toHaveLength(0);
  });
});

describe('typed errors', () => {
  it('401 with a key the simulator does not know: AtriumUnauthorizedError with MX message, request id, method and path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atrium-clients-'));
    const clientsFile = join(dir, 'clients.json');
    writeFileSync(clientsFile, JSON.stringify({ 'known-client': 'right-key' }));
    const error = await withSimulator({ clientsFile }, (guarded) =>
      rejection(createAtriumClient({ baseUrl: guarded.url, apiKey: 'wrong-key', clientId: 'known-client' }).listUsers()),
    ).finally(() => rmSync(dir, { recursive: true }));
    expect(error).toBeInstanceOf(AtriumUnauthorizedError);
    expect(error).toMatchObject({ status: 401, method: 'GET', path: '/users', operationId: 'listUsers', mockError: false });
    expect(error.message).toMatch(/MX-API-Key/);
    expect(error.requestId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('404 for an unknown member: AtriumNotFoundError naming the call', async () => {
    const { client } = recordingClient(sim.url);
    const { user_guid: user } = await existingMember(client, { skipAggregation: true });
    const error = await rejection(client.readMember({ user_guid: user, member_guid: 'MBR-00000000-0000-0000-0000-000000000000' }));
    expect(error).toBeInstanceOf(AtriumNotFoundError);
    expect(error).toMatchObject({ status: 404, method: 'GET', path: `/users/${user}/members/MBR-00000000-0000-0000-0000-000000000000`, operationId: 'readMember' });
    expect(error.body).toEqual({ error: { message: error.message } });
    expect(error.describe()).toBe(`404 GET /users/${user}/members/MBR-00000000-0000-0000-0000-000000000000: ${error.message} (request ${error.requestId})`);
  });

  it('409 for a duplicate user identifier: AtriumConflictError', async () => {
    const { client } = recordingClient(sim.url);
    await client.createUser({ body: { user: { identifier: 'twice' } } });
    const error = await rejection(client.createUser({ body: { user: { identifier: 'twice' } } }));
    expect(error).toBeInstanceOf(AtriumConflictError);
    expect(error).toMatchObject({ status: 409, method: 'POST', path: '/users' });
    expect(error.message).toContain('twice');
  });

  it('400 for an empty user object: AtriumBadRequestError', async () => {
    const { client } = recordingClient(sim.url);
    const error = await rejection(client.createUser({ body: { user: {} } }));
    expect(error).toBeInstanceOf(AtriumBadRequestError);
    expect(error.status).toBe(400);
    expect(error.message).toContain('must not be empty');
  });

  it('403 for a member of a disabled user: AtriumForbiddenError', async () => {
    const { client } = recordingClient(sim.url);
    const { user_guid: user } = await existingMember(client, { skipAggregation: true });
    await client.updateUser({ user_guid: user, body: { user: { is_disabled: true } } });
    const error = await rejection(client.aggregateMember({ user_guid: user, member_guid: (await client.listMembers({ user_guid: user })).members[0]!.guid }));
    expect(error).toBeInstanceOf(AtriumForbiddenError);
    expect(error.status).toBe(403);
  });

  it('405 for resuming a member that is not CHALLENGED: AtriumMethodNotAllowedError', async () => {
    const { client } = recordingClient(sim.url);
    const { user_guid: user, member_guid: member } = await existingMember(client, { skipAggregation: true });
    const error = await rejection(
      client.resumeMember({ user_guid: user, member_guid: member, body: { member: { challenges: [{ guid: 'CRD-1', value: 'correct' }] } } }),
    );
    expect(error).toBeInstanceOf(AtriumMethodNotAllowedError);
    expect(error).toMatchObject({ status: 405, method: 'PUT', path: `/users/${user}/members/${member}/resume` });
  });

  it('429 for a sixth balance aggregation in two hours: AtriumRateLimitError with retryAfter in seconds', async () => {
    const { client } = recordingClient(sim.url);
    const { user_guid: user, member_guid: member } = await existingMember(client, { skipAggregation: true });
    const ids = { user_guid: user, member_guid: member };
    for (let start = 0; start < 5; start += 1) {
      await client.aggregateMemberBalances(ids);
      await pollUntilIdle(client, ids);
    }
    const error = await rejection(client.aggregateMemberBalances(ids));
    expect(error).toBeInstanceOf(AtriumRateLimitError);
    expect((error as AtriumRateLimitError).retryAfter).toBe(7200);
  });

  it('5xx: AtriumServerError, with mockError when the simulator says it is at fault', async () => {
    const { client } = canned(500, '{"error":{"message":"Response failed validation.","mock_error":true}}', { 'X-Mock-Error': 'true', 'X-Request-Id': 'abc' });
    const error = await rejection(client.listUsers());
    expect(error).toBeInstanceOf(AtriumServerError);
    expect(error).toMatchObject({ status: 500, message: 'Response failed validation.', mockError: true, requestId: 'abc' });
    const plain = await rejection(canned(503, 'down for maintenance').client.listUsers());
    expect(plain).toBeInstanceOf(AtriumServerError);
    expect(plain).toMatchObject({ status: 503, mockError: false, body: 'down for maintenance' });
  });

  it('406 maps to AtriumNotAcceptableError (the client itself always sends a valid Accept)', async () => {
    const error = await rejection(canned(406, '{"error":{"message":"You must specify a valid API version in the Accept header."}}').client.listUsers());
    expect(error).toBeInstanceOf(AtriumNotAcceptableError);
  });

  it('a status without its own class is a plain AtriumError', async () => {
    const error = await rejection(canned(422, '{"error":{"message":"Unprocessable."}}').client.listUsers());
    expect(error.constructor).toBe(AtriumError);
    expect(error).toMatchObject({ status: 422, message: 'Unprocessable.' });
  });

  it('a 2xx answer without a JSON body is an AtriumError saying what came instead', async () => {
    const error = await rejection(canned(200, 'OK').client.listUsers());
    expect(error.constructor).toBe(AtriumError);
    expect(error).toMatchObject({ status: 200, message: 'Expected a JSON body with 200, got "OK".' });
  });

  it('a refused connection is an AtriumNetworkError naming the call and the cause', async () => {
    // Port 0 is never listened on (listening on 0 picks another port), so the connection is always refused.
    const client = createAtriumClient({ baseUrl: 'http://127.0.0.1:0', apiKey: 'k', clientId: 'c' });
    const error = await failureOf(client.readUser({ user_guid: 'USR-1' }));
    expect(error).toBeInstanceOf(AtriumNetworkError);
    expect(error).not.toBeInstanceOf(AtriumTimeoutError);
    expect(error).toMatchObject({ operationId: 'readUser', method: 'GET', path: '/users/USR-1' });
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  it('no answer within the timeout is an AtriumTimeoutError', async () => {
    const client = createAtriumClient({ baseUrl: 'http://atrium.test', apiKey: 'k', clientId: 'c', fetch: hanging, timeout: 1 });
    const error = await failureOf(client.listUsers());
    expect(error).toBeInstanceOf(AtriumTimeoutError);
    expect(error).toMatchObject({ timeout: 1, method: 'GET', path: '/users' });
  });

  it("the caller's own abort is passed through unchanged", async () => {
    const client = createAtriumClient({ baseUrl: 'http://atrium.test', apiKey: 'k', clientId: 'c', fetch: hanging, timeout: 0 });
    const controller = new AbortController();
    const pending = failureOf(client.listUsers({}, { signal: controller.signal }));
    controller.abort(new Error('stop'));
    expect(await pending).toEqual(new Error('stop'));
  });
});
