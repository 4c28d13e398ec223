/**
 * The wire habits of the official Ruby SDK, mxenabled/atrium-ruby at commit 7a6328af (2021-11-01,
 * gem atrium-ruby 2.10.7, "MX-Codegen/2.10.7/ruby"), as bytes. The requests below are what the SDK
 * sent through Typhoeus/libcurl when it was run against a capture server. Unlike most SDKs it
 * never sends `//`: it drops the trailing slash of its host and squeezes the path
 * (lib/atrium-ruby/configuration.rb:164-177, lib/atrium-ruby/api_client.rb:261-265).
 */
import { describe, expect, it } from 'vitest';
import { codes, http11, memberWithStatements, rawRequest, settle, sharedSimulator, tenant, userWithMember } from './support.js';

const sim = sharedSimulator();

/** Typhoeus' request: the SDK's default headers first (api_client.rb:30-34), Content-Length only with a method that has a body. */
function ruby(clientId: string, method: string, path: string, body?: string) {
  const lines = [
    `${method} ${path} HTTP/1.1`,
    'Host: {host}',
    'User-Agent: MX-Codegen/2.10.7/ruby',
    'Content-Type: application/json',
    'Accept: application/vnd.mx.atrium.v1+json',
    'MX-API-Key: sdk-key',
    `MX-Client-ID: ${clientId}`,
    ...(method === 'POST' || method === 'PUT' ? [`Content-Length: ${Buffer.byteLength(body ?? '')}`] : []),
  ];
  return http11(lines, body ?? '');
}

describe('the official Ruby SDK (atrium-ruby 7a6328af) on the wire', () => {
  it('Content-Type: application/json on every request, GET included (lib/atrium-ruby/api_client.rb:31-34): answered normally', async () => {
    const atrium = tenant(sim.url, 'ruby');
    const listed = await rawRequest(sim.url, ruby(atrium.clientId, 'GET', '/users'));
    expect(listed.status).toBe(200);
    expect(listed.json()).toEqual({ users: [], pagination: { current_page: 1, per_page: 25, total_entries: 0, total_pages: 1 } });
  });

  it('booleans as true and false (Typhoeus params, api_client.rb:101): the identification filter works', async () => {
    const atrium = tenant(sim.url, 'ruby');
    const yes = await rawRequest(sim.url, ruby(atrium.clientId, 'GET', '/institutions?records_per_page=100&supports_account_identification=true'));
    expect(codes(yes.json())).toContain('mxbank');
    const no = await rawRequest(sim.url, ruby(atrium.clientId, 'GET', '/institutions?supports_account_identification=false'));
    expect(no.status).toBe(200);
    expect(codes(no.json())).not.toContain('mxbank');
  });

  it('a job without a body: Content-Length: 0 with Content-Type: application/json (post_body = nil, lib/atrium-ruby/api/identity_api.rb:72-78): identify starts', async () => {
    const atrium = tenant(sim.url, 'ruby');
    const { user, member } = await userWithMember(atrium);
    const started = await rawRequest(sim.url, ruby(atrium.clientId, 'POST', `/users/${user}/members/${member}/identify`));
    expect(started.status).toBe(200);
    expect(started.json().member).toMatchObject({ guid: member, status: 'INITIATED' });
  });

  it('a Time in from_date goes out as Time#to_s, 2000-01-01 00:00:00 UTC (Typhoeus params): its date is used', async () => {
    const atrium = tenant(sim.url, 'ruby');
    const { user, member } = await userWithMember(atrium);
    await atrium.call('POST', `/users/${user}/members/${member}/aggregate`);
    await settle(atrium, user, member);
    const byDate = (await atrium.call('GET', `/users/${user}/transactions?from_date=2000-01-01&to_date=2100-01-31`)).body;
    const sent = await rawRequest(sim.url, ruby(atrium.clientId, 'GET', `/users/${user}/transactions?from_date=2000-01-01%2000%3A00%3A00%20UTC&to_date=2100-01-31`));
    expect(sent.status).toBe(200);
    expect(sent.json()).toEqual(byDate);
    // DateTime#to_s is ISO 8601 with an offset
    const dateTime = await rawRequest(sim.url, ruby(atrium.clientId, 'GET', `/users/${user}/transactions?from_date=2000-01-01T00%3A00%3A00%2B00%3A00&to_date=2100-01-31`));
    expect(dateTime.json()).toEqual(byDate);
  });

  it('a boolean model field given as a string stays a string (the models do not convert; MX docs type is_disabled as String): read as Rails would', async () => {
    const atrium = tenant(sim.url, 'ruby');
    const created = await rawRequest(sim.url, ruby(atrium.clientId, 'POST', '/users', '{"user":{"identifier":"rb","is_disabled":"false"}}'));
    expect(created.status).toBe(200);
    expect(created.json().user).toMatchObject({ identifier: 'rb', is_disabled: false });
  });

  it('reads a statement under the root key `user` (lib/atrium-ruby/models/statement_response_body.rb:18): the simulator sends it', async () => {
    const atrium = tenant(sim.url, 'ruby');
    const { user, member, statement } = await memberWithStatements(atrium);
    const read = await rawRequest(sim.url, ruby(atrium.clientId, 'GET', `/users/${user}/members/${member}/statements/${statement}`));
    expect(read.json().user).toMatchObject({ guid: statement });
  });

  it('an empty ConnectWidgetRequestBody is sent as {} (object_to_http_body, lib/atrium-ruby/api/connect_widget_api.rb:67): the defaults', async () => {
    const atrium = tenant(sim.url, 'ruby');
    const user = (await atrium.call('POST', '/users', { user: { identifier: 'rb' } })).body.user.guid as string;
    const widget = await rawRequest(sim.url, ruby(atrium.clientId, 'POST', `/users/${user}/connect_widget_url`, '{}'));
    expect(widget.status).toBe(200);
  });
});
