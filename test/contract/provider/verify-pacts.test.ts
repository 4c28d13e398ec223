import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MatchersV3, PactV4 } from '@pact-foundation/pact';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPactsQuietly } from './verify-quietly.js';
import { addExchange, ATRIUM_JSON, executeSettled, stateGuid, statePath, type Exchange } from '../support.js';

const { like } = MatchersV3;

/** Pacts of a made-up team: kept in temp directories, never in pacts/. */
const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});
function tempDir(): string {
  const directory = mkdtempSync(join(tmpdir(), 'atrium-mock-pacts-'));
  directories.push(directory);
  return directory;
}

const EXAMPLE_MEMBER_PATH = '/users/USR-c0401d6c-b9d7-902b-c3df-b8cd586cc1c2/members/MBR-34c5274a-3741-f914-2995-44220991db9e';
const memberPath = (rest: string) => statePath(`/users/\${user_guid}/members/\${member_guid}${rest}`, `${EXAMPLE_MEMBER_PATH}${rest}`);

/** Writes the team's pact by sending each exchange's example request to the Pact mock server with plain fetch. */
async function teamPact(exchanges: Exchange[]): Promise<string> {
  const dir = tempDir();
  const pact = new PactV4({ consumer: 'team-app', provider: 'mx-atrium', dir, logLevel: 'error' });
  const last = exchanges.map((exchange) => addExchange(pact, exchange)).at(-1)!;
  await executeSettled(pact, last, async (server) => {
    for (const exchange of exchanges) {
      const path = typeof exchange.path === 'string' ? exchange.path : String(exchange.path.value);
      const query = exchange.query ? `?${new URLSearchParams(exchange.query)}` : '';
      await fetch(`${server.url}${path}${query}`, {
        method: exchange.method,
        headers: { 'MX-API-Key': 'team-key', 'MX-Client-ID': 'team-client', Accept: ATRIUM_JSON, ...(exchange.body ? { 'Content-Type': 'application/json' } : {}) },
        ...(exchange.body ? { body: JSON.stringify(exchange.body) } : {}),
      });
    }
  });
  return dir;
}

const readMxBank: Exchange = {
  description: 'a request for MX Bank',
  method: 'GET',
  path: '/institutions/mxbank',
  status: 200,
  response: { institution: { code: 'mxbank', supports_account_identification: true } },
};

describe('verifyPacts: a team verifies its own pacts against the simulator', () => {
  it('fails a pact that expects identify to answer 201 with a field Atrium does not send, and says so readably', async () => {
    const dir = await teamPact([
      readMxBank,
      {
        description: 'a request to start identification',
        states: ['created-mxbank-member'],
        method: 'POST',
        path: memberPath('/identify'),
        status: 201,
        response: { member: { guid: stateGuid('member_guid', 'MBR', 'MBR-34c5274a-3741-f914-2995-44220991db9e'), identification_score: like(0.97) } },
      },
    ]);
    const { passed, report } = await verifyPactsQuietly({ pactDir: dir });
    expect(passed).toBe(false);
    expect(report).toMatch(/^Pact verification against atrium-mock: FAILED \(1 pact file\(s\), 2 interaction\(s\): 1 passed, 1 failed\)/);
    expect(report).toContain(`${join(dir, 'team-app-mx-atrium.json')}: team-app -> mx-atrium, 2 interaction(s)`);
    expect(report).toContain('  ok       a request for MX Bank\n');
    expect(report).toContain('  FAILED   a request to start identification (given "created-mxbank-member")\n');
    expect(report).toContain('- status: expected 201, got 200');
    expect(report).toMatch(/- body \$\.member: .*missing the following keys: identification_score/);
    expect(report).toContain('"created-mxbank-member": seed set created-mxbank-member');
  });

  it('fails only the interaction that fails when several share a description under different provider states', async () => {
    const dir = tempDir();
    const readMxBankGiven = (states: string[], status: number) => ({
      description: 'a request for MX Bank',
      providerStates: states.map((name) => ({ name })),
      request: { method: 'GET', path: '/institutions/mxbank', headers: { 'MX-API-Key': 'team-key', 'MX-Client-ID': 'team-client' } },
      response: { status },
    });
    const interactions = [readMxBankGiven(['connected-mxbank-member'], 201), readMxBankGiven(['created-mxbank-member'], 200), readMxBankGiven(['created-mxbank-member', 'denied'], 201)];
    writeFileSync(join(dir, 'team-app-mx-atrium.json'), JSON.stringify({ consumer: { name: 'team-app' }, provider: { name: 'mx-atrium' }, interactions, metadata: { pactSpecification: { version: '3.0.0' } } }));
    const { passed, report } = await verifyPactsQuietly({ pactDir: dir });
    expect(passed).toBe(false);
    expect(report).toContain('3 interaction(s): 1 passed, 2 failed)');
    expect(report.split('\n').filter((line) => /^ {2}(FAILED|ok) /.test(line))).toEqual([
      '  FAILED   a request for MX Bank (given "connected-mxbank-member")',
      '  ok       a request for MX Bank (given "created-mxbank-member")',
      '  FAILED   a request for MX Bank (given "created-mxbank-member" and "denied")',
    ]);
  });

  it('points at the Content-Type when a pact expects plain application/json, as pact-js jsonBody() states by default', async () => {
    const dir = tempDir();
    const pact = new PactV4({ consumer: 'team-app', provider: 'mx-atrium', dir, logLevel: 'error' });
    const interaction = pact
      .addInteraction()
      .uponReceiving('a request for MX Bank')
      .withRequest('GET', '/institutions/mxbank', (request) => request.headers({ 'MX-API-Key': 'team-key', 'MX-Client-ID': 'team-client' }))
      .willRespondWith(200, (response) => response.jsonBody({ institution: { code: 'mxbank' } }));
    await executeSettled(pact, interaction, (server) => fetch(`${server.url}/institutions/mxbank`, { headers: { 'MX-API-Key': 'team-key', 'MX-Client-ID': 'team-client' } }));
    const { passed, report } = await verifyPactsQuietly({ pactDir: dir });
    expect(passed).toBe(false);
    expect(report).toContain('- header Content-Type: expected application/json, got application/vnd.mx.atrium.v1+json; charset=utf-8');
    expect(report).toContain('Hint: Atrium answers Content-Type application/vnd.mx.atrium.v1+json.');
  });

  it('refuses a provider state that is neither a scenario nor a seed set before sending any request, naming the known ones', async () => {
    const dir = await teamPact([{ ...readMxBank, states: ['a member with a pending payment'] }]);
    const { passed, report } = await verifyPactsQuietly({ pactFiles: [join(dir, 'team-app-mx-atrium.json')] });
    expect(passed).toBe(false);
    expect(report).toContain('FAILED (nothing was verified)');
    expect(report).toContain(
      `Provider state "a member with a pending payment" (used by "a request for MX Bank" in ${join(dir, 'team-app-mx-atrium.json')}) is neither a scenario nor a seed set, and no states file maps it.`,
    );
    expect(report).toMatch(/Known scenarios: .*identify-already-running/);
    expect(report).toMatch(/Known seed sets: .*connected-mxbank-member/);
  });

  it('maps the team state names through a states file onto seed sets, scenarios and inline steps, each in a fresh tenant', async () => {
    const dir = await teamPact([
      {
        description: 'a second identify while the first runs',
        states: ['a member in the middle of identification'],
        method: 'POST',
        path: memberPath('/identify'),
        status: 202,
        response: { member: { is_being_aggregated: true } },
      },
      {
        description: 'a status read of a member whose bank refuses the login',
        states: ['a member whose bank refuses the login'],
        method: 'GET',
        path: memberPath('/status'),
        status: 200,
        response: { member: { connection_status: 'DENIED', is_being_aggregated: false } },
      },
      {
        description: 'the users of a brand-new client',
        states: ['a brand-new client'],
        method: 'GET',
        path: '/users',
        status: 200,
        response: { users: [], pagination: { total_entries: 0 } },
      },
    ]);
    const states = join(tempDir(), 'states.yml');
    writeFileSync(
      states,
      [
        'a member in the middle of identification: identifying-mxbank-member',
        'a member whose bank refuses the login:',
        '  scenario: denied',
        '  steps:',
        '    - call: create_user',
        '    - call: create_member',
        '      with: { skip_aggregation: true }',
        '    - call: identify',
        'a brand-new client: {}',
        '',
      ].join('\n'),
    );
    const { passed, report } = await verifyPactsQuietly({ pactDir: dir, stateMap: states });
    expect(passed, report).toBe(true);
    expect(report).toContain('"a member in the middle of identification": states file: seed set identifying-mxbank-member');
    expect(report).toContain('"a member whose bank refuses the login": states file: scenario denied + 3 seed step(s)');
    expect(report).toContain('"a brand-new client": states file: nothing (a fresh tenant)');
  });

  it('refuses a states file with a bad field or an unknown seed set, naming the file and the field', async () => {
    const dir = await teamPact([{ ...readMxBank, states: ['connected'] }]);
    const states = join(tempDir(), 'states.yml');
    writeFileSync(states, 'connected:\n  seed: connected-mxbank-member\n  sed: typo\n');
    const typo = await verifyPactsQuietly({ pactDir: dir, stateMap: states });
    expect(typo.passed).toBe(false);
    expect(typo.report).toContain(`Invalid states file ${states}`);
    expect(typo.report).toMatch(/connected: .*sed/);

    const unknown = await verifyPactsQuietly({ pactDir: dir, stateMap: { connected: { seed: 'no-such-set' } } });
    expect(unknown.passed).toBe(false);
    expect(unknown.report).toContain('The states file maps "connected" to an unknown seed set "no-such-set".');
  });
});
