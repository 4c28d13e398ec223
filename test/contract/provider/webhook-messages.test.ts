import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MatchersV3, PactV4 } from '@pact-foundation/pact';
import { afterAll, describe, expect, it } from 'vitest';
import { readPactFile } from '../../../src/contract/pact-files.js';
import { verifyPacts } from '../../../src/contract/verify-pacts.js';
import { UnknownWebhookMessageError, webhookForMessage } from '../../../src/contract/webhook-messages.js';
import { addExchange, ATRIUM_JSON, executeSettled } from '../support.js';
import { verifyPactsQuietly } from './verify-quietly.js';

const { like, integer } = MatchersV3;

const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});
function tempDir(): string {
  const directory = mkdtempSync(join(tmpdir(), 'atrium-mock-webhook-pacts-'));
  directories.push(directory);
  return directory;
}

const context = { values: { user_guid: 'USR-1', member_guid: 'MBR-1' }, nowMs: Date.UTC(2026, 0, 15, 12) };

describe('verifyPacts: webhook messages verified against the simulator payload builders', () => {
  it('builds the webhook a message names, about the member its provider state set up', () => {
    expect(webhookForMessage({ description: 'challenged', content: { type: 'CONNECTION_STATUS', connection_status: 'LOCKED' } }, context)).toMatchObject({
      connection_status: 'LOCKED',
      connection_status_id: 5,
      member_guid: 'MBR-1',
      user_guid: 'USR-1',
    });
    expect(webhookForMessage({ description: 'manual', content: { type: 'AGGREGATION', is_background: false } }, context)).toMatchObject({
      is_background: false,
      completed_at: 1768478400,
      member_guid: 'MBR-1',
    });
    expect(() => webhookForMessage({ description: 'owners', content: { type: 'IDENTIFICATION' } }, context)).toThrow(UnknownWebhookMessageError);
  });

  it("verifies a team's pact of HTTP interactions and webhook messages in one run, failing readably what MX does not send", async () => {
    const dir = tempDir();
    const pact = new PactV4({ consumer: 'team-app', provider: 'mx-atrium', dir, logLevel: 'error' });
    const message = (description: string, content: Record<string, unknown>) =>
      pact
        .addAsynchronousInteraction()
        .given('connected-mxbank-member')
        .expectsToReceive(description, (builder) => builder.withJSONContent(content))
        .executeTest(async () => undefined);
    await message('an AGGREGATION webhook', { type: 'AGGREGATION', member_guid: like('MBR-1'), transactions_created_count: integer(1) });
    await message('an AGGREGATION webhook with a total MX does not send', { type: 'AGGREGATION', member_guid: like('MBR-1'), transactions_count: integer(3) });
    await message('a BALANCE webhook with a date for completed_at', { type: 'BALANCE', completed_at: '2018-07-18' });
    await message('an IDENTIFICATION webhook', { type: 'IDENTIFICATION', member_guid: like('MBR-1') });
    const readMxBank = addExchange(pact, { description: 'a request for MX Bank', method: 'GET', path: '/institutions/mxbank', status: 200, response: { institution: { code: 'mxbank' } } });
    await executeSettled(pact, readMxBank, (server) => fetch(`${server.url}/institutions/mxbank`, { headers: { 'MX-API-Key': 'k', 'MX-Client-ID': 'c', Accept: ATRIUM_JSON } }));

    // in a child process: the pact core prints every interaction, the deliberate failures too, past vitest
    const { passed, report } = await verifyPactsQuietly({ pactDir: dir });
    expect(passed).toBe(false);
    expect(report).toContain('5 interaction(s): 2 passed, 3 failed)');
    expect(report).toContain('  ok       a request for MX Bank\n');
    expect(report).toContain('  ok       an AGGREGATION webhook (given "connected-mxbank-member")\n');
    expect(report).toContain(
      '  FAILED   an AGGREGATION webhook with a total MX does not send (given "connected-mxbank-member")\n             - body $: Actual map is missing the following keys: transactions_count\n',
    );
    expect(report).toMatch(/ {2}FAILED {3}a BALANCE webhook with a date for completed_at .*\n {13}- body \$\.completed_at: .*'2018-07-18' \(String\)/);
    expect(report).toContain(
      '  FAILED   an IDENTIFICATION webhook (given "connected-mxbank-member")\n             - The message "an IDENTIFICATION webhook" expects a payload whose "type" is "IDENTIFICATION"; atrium-mock sends the MX webhooks AGGREGATION, BALANCE, HISTORY, STATEMENT, VERIFICATION, CONNECTION_STATUS (and none for identification).\n',
    );
  });

  it('verifies a V3 message pact (a "messages" list)', async () => {
    const file = join(tempDir(), 'team-app-mx-webhooks.json');
    const messages = [
      {
        description: 'a CONNECTION_STATUS webhook for a member whose bank refused the login',
        providerStates: [{ name: 'connected-mxbank-member' }],
        contents: { type: 'CONNECTION_STATUS', connection_status: 'DENIED', connection_status_id: 2, member_guid: 'MBR-34c5274a-3741-f914-2995-44220991db9e' },
        matchingRules: { body: { '$.member_guid': { matchers: [{ match: 'type' }] } } },
        metadata: { contentType: 'application/json' },
      },
    ];
    writeFileSync(file, JSON.stringify({ consumer: { name: 'team-app' }, provider: { name: 'mx-webhooks' }, messages, metadata: { pactSpecification: { version: '3.0.0' } } }));
    expect(readPactFile(file)).toMatchObject({ interactions: [{ type: 'Asynchronous/Messages', content: { connection_status: 'DENIED' } }] });
    const { passed, report } = await verifyPactsQuietly({ pactFiles: [file] });
    expect(passed, report).toBe(true);
    expect(report).toContain('  ok       a CONNECTION_STATUS webhook for a member whose bank refused the login (given "connected-mxbank-member")\n');
  });

  it('refuses a synchronous message interaction before verifying anything', async () => {
    const file = join(tempDir(), 'team-app-sync.json');
    const interactions = [{ type: 'Synchronous/Messages', description: 'a request and a reply', request: { contents: {} }, response: [] }];
    writeFileSync(file, JSON.stringify({ consumer: { name: 'team-app' }, provider: { name: 'mx-atrium' }, interactions, metadata: { pactSpecification: { version: '4.0' } } }));
    const { passed, report } = await verifyPacts({ pactFiles: [file] });
    expect(passed).toBe(false);
    expect(report).toContain(
      `${file}: 1 interaction(s) are neither HTTP nor asynchronous messages (Synchronous/Messages, e.g. "a request and a reply"); the simulator verifies HTTP interactions and webhook messages (Asynchronous/Messages).`,
    );
  });
});
