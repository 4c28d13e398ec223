/**
 * The wire habits of the official PHP SDK, mxenabled/atrium-php at commit 640f7021 (2021-11-01,
 * "MX-Codegen/1.0.0/php", guzzlehttp/guzzle ^6.2), as bytes, read from lib/ (not run here: Debian
 * ships Guzzle 7, whose psr7 2.x spells booleans differently from the psr7 1.x Guzzle 6 installs).
 * Query strings go through guzzlehttp/psr7 1.x Query::build, which rawurlencodes each value: PHP's
 * true becomes `1` and false the empty string (psr7 only casts booleans to 1/0 from 2.0, commit
 * 52152e3, 2021). Guzzle adds Host and, on a POST without a body, Content-Length: 0.
 */
import { describe, expect, it } from 'vitest';
import { codes, http11, memberWithStatements, rawRequest, settle, sharedSimulator, tenant, userWithMember } from './support.js';

const sim = sharedSimulator();

/** The headers array of each *Request method (e.g. lib/api/InstitutionsApi.php:321-382): User-Agent, Accept, Content-Type (always, lib/HeaderSelector.php:86-93), the API keys. */
function php(clientId: string, method: string, path: string, body?: string) {
  const lines = [
    `${method} ${path} HTTP/1.1`,
    'Host: {host}',
    'User-Agent: MX-Codegen/1.0.0/php',
    'Accept: application/vnd.mx.atrium.v1+json',
    'Content-Type: application/json',
    'MX-API-Key: sdk-key',
    `MX-Client-ID: ${clientId}`,
    ...(method === 'POST' || method === 'PUT' ? [`Content-Length: ${Buffer.byteLength(body ?? '')}`] : []),
  ];
  return http11(lines, body ?? '');
}

describe('the official PHP SDK (atrium-php 640f7021) on the wire', () => {
  it('a host with a trailing slash: GET //institutions (lib/api/InstitutionsApi.php:387 `getHost() . $resourcePath`), true sent as 1 (:303, :384): the filter works', async () => {
    const atrium = tenant(sim.url, 'php');
    const listed = await rawRequest(sim.url, php(atrium.clientId, 'GET', '//institutions?records_per_page=100&supports_account_identification=1'));
    expect(listed.status).toBe(200);
    expect(codes(listed.json())).toContain('mxbank');
    expect(listed.json().institutions.every((institution: { supports_account_identification: boolean }) => institution.supports_account_identification)).toBe(true);
  });

  it('false sent as an empty value (rawurlencode(false) in psr7 1.x Query::build): read as not given, as Rails reads a blank as nil', async () => {
    const atrium = tenant(sim.url, 'php');
    const unfiltered = (await atrium.call('GET', '/institutions?records_per_page=100')).body;
    const sent = await rawRequest(sim.url, php(atrium.clientId, 'GET', '//institutions?records_per_page=100&supports_account_identification='));
    expect(sent.status).toBe(200);
    expect(codes(sent.json())).toEqual(codes(unfiltered));
  });

  it('a DateTime in from_date goes out as DATE_ATOM (lib/ObjectSerializer.php:162-169): its date is used', async () => {
    const atrium = tenant(sim.url, 'php');
    const { user, member } = await userWithMember(atrium);
    await atrium.call('POST', `/users/${user}/members/${member}/aggregate`);
    await settle(atrium, user, member);
    const byDate = (await atrium.call('GET', `/users/${user}/transactions?from_date=2000-01-01&to_date=2100-01-31`)).body;
    const sent = await rawRequest(sim.url, php(atrium.clientId, 'GET', `//users/${user}/transactions?from_date=2000-01-01T00%3A00%3A00%2B00%3A00&to_date=2100-01-31T00%3A00%3A00-07%3A00`));
    expect(sent.status).toBe(200);
    expect(sent.json()).toEqual(byDate);
  });

  it('a job without a body: $httpBody = \'\' (lib/api/IdentityApi.php:273), Content-Type: application/json, Content-Length: 0: identify starts', async () => {
    const atrium = tenant(sim.url, 'php');
    const { user, member } = await userWithMember(atrium);
    const started = await rawRequest(sim.url, php(atrium.clientId, 'POST', `//users/${user}/members/${member}/identify`));
    expect(started.status).toBe(200);
  });

  it('json_encode escapes slashes in bodies (\\/): the metadata is stored as sent', async () => {
    const atrium = tenant(sim.url, 'php');
    const created = await rawRequest(sim.url, php(atrium.clientId, 'POST', '//users', '{"user":{"identifier":"php","metadata":"{\\"site\\":\\"https:\\/\\/example.com\\"}"}}'));
    expect(created.status).toBe(200);
    expect(created.json().user.metadata).toBe('{"site":"https://example.com"}');
  });

  it('reads a statement under the root key `user` (lib/model/StatementResponseBody.php:86): the simulator sends it', async () => {
    const atrium = tenant(sim.url, 'php');
    const { user, member, statement } = await memberWithStatements(atrium);
    const read = await rawRequest(sim.url, php(atrium.clientId, 'GET', `//users/${user}/members/${member}/statements/${statement}`));
    expect(read.json().user.guid).toBe(statement);
  });
});
