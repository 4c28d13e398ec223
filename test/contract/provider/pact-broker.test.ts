import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyPacts } from '../../../src/contract/verify-pacts.js';
import { entryArgs } from '../../support/entry.js';
import { mxBankInteraction, startFakeBroker, type FakeBroker } from '../broker.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** `atrium-mock verify-pacts ...` in its own process (the pact core's output stays in its stdout). */
function verifyPactsCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...entryArgs('src/main.ts'), 'verify-pacts', ...args], { cwd: repoRoot, env: { ...process.env, PACT_DO_NOT_TRACK: 'true', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const brokers: FakeBroker[] = [];
afterEach(async () => {
  for (const broker of brokers.splice(0)) await broker.close();
});
async function broker(options: Parameters<typeof startFakeBroker>[0]): Promise<FakeBroker> {
  const started = await startFakeBroker(options);
  brokers.push(started);
  return started;
}

const report = (stdout: string) => stdout.slice(stdout.indexOf('Pact verification against atrium-mock'));

describe('verify-pacts with a Pact Broker', () => {
  it('verifies the pacts the broker selects and publishes each result with the provider version and branch', async () => {
    const pactBroker = await broker({
      provider: 'mx-atrium',
      authorization: 'Bearer s3cret',
      pacts: [
        { consumer: 'web-app', interactions: [mxBankInteraction(200)] },
        { consumer: 'batch-job', interactions: [mxBankInteraction(201, 'a request for MX Bank that expects 201')] },
      ],
    });
    const selectors = '[{"mainBranch":true},{"deployedOrReleased":true}]';
    const { code, stdout } = await verifyPactsCli(
      ['--broker-url', pactBroker.url, '--provider', 'mx-atrium', '--consumer-version-selectors', selectors, '--publish-verification-results', '--provider-version', '1.2.3', '--provider-version-branch', 'main'],
      { PACT_BROKER_TOKEN: 's3cret' },
    );
    expect(code).toBe(1);
    expect(report(stdout)).toMatch(/^Pact verification against atrium-mock: FAILED \(2 pact file\(s\), 2 interaction\(s\): 1 passed, 1 failed\)/);
    expect(report(stdout)).toContain(`${pactBroker.url}/pacts/provider/mx-atrium/consumer/web-app/`);
    expect(report(stdout)).toContain('  FAILED   a request for MX Bank that expects 201\n             - status: expected 201, got 200');

    // every request carried the token; atrium-mock reads the list once to plan, the pact core once to verify
    expect(new Set(pactBroker.requests.map((request) => request.authorization))).toEqual(new Set(['Bearer s3cret']));
    const asked = pactBroker.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/for-verification'));
    expect(asked.length).toBe(2);
    for (const request of asked) {
      expect(request.body).toEqual({ consumerVersionSelectors: [{ mainBranch: true }, { deployedOrReleased: true }], includePendingStatus: false, providerVersionBranch: 'main' });
    }
    expect(pactBroker.requests.some((request) => request.method === 'PUT' && request.path === '/pacticipants/mx-atrium/branches/main/versions/1.2.3')).toBe(true);
    expect(pactBroker.published['web-app']).toMatchObject({ success: true, providerApplicationVersion: '1.2.3' });
    expect(pactBroker.published['batch-job']).toMatchObject({ success: false, providerApplicationVersion: '1.2.3' });
  }, 60_000);

  it('signs in with a username and password, and a failing pending pact does not fail the run', async () => {
    const pactBroker = await broker({
      provider: 'atrium',
      authorization: `Basic ${Buffer.from('ci:pw').toString('base64')}`,
      pacts: [
        { consumer: 'web-app', interactions: [mxBankInteraction(200)] },
        { consumer: 'new-app', interactions: [mxBankInteraction(201)], pending: true },
      ],
    });
    const { code, stdout } = await verifyPactsCli(['--broker-url', pactBroker.url, '--broker-username', 'ci', '--broker-password', 'pw', '--provider', 'atrium', '--enable-pending']);
    expect(report(stdout)).toMatch(/^Pact verification against atrium-mock: PASSED \(2 pact file\(s\), 2 interaction\(s\): 1 passed, 0 failed, 1 pending\)/);
    expect(code).toBe(0);
    const asked = pactBroker.requests.find((request) => request.method === 'POST' && request.path.endsWith('/for-verification'));
    expect(asked?.body).toEqual({ consumerVersionSelectors: [], includePendingStatus: true });
    expect(pactBroker.published).toEqual({});
  }, 60_000);

  it('says what is wrong before verifying anything: a refused token, no pacts, a missing provider name or version, a bad selector', async () => {
    const pactBroker = await broker({ provider: 'mx-atrium', authorization: 'Bearer right', pacts: [] });
    const refused = await verifyPacts({ pactBrokerUrl: pactBroker.url, pactBrokerToken: 'wrong', provider: 'mx-atrium' });
    expect(refused.passed).toBe(false);
    expect(refused.report).toContain(`The Pact Broker answered 401 to GET ${pactBroker.url}: check --broker-token, or --broker-username and --broker-password.`);

    const none = await verifyPacts({ pactBrokerUrl: pactBroker.url, pactBrokerToken: 'right', provider: 'mx-atrium', consumerVersionSelectors: [{ branch: 'feature-x' }] });
    expect(none.report).toContain('The Pact Broker has no pacts for the provider "mx-atrium" with the consumer version selectors [{"branch":"feature-x"}].');

    const requestsBefore = pactBroker.requests.length;
    const unusable = await verifyPacts({
      pactBrokerUrl: pactBroker.url,
      publishVerificationResult: true,
      consumerVersionSelectors: [{ mainbranch: true } as never],
    });
    expect(unusable.report).toContain('pactBrokerUrl needs provider (--provider)');
    expect(unusable.report).toContain('publishVerificationResult needs providerVersion (--provider-version)');
    expect(unusable.report).toMatch(/consumerVersionSelectors\[0\] \{"mainbranch":true\}: Unrecognized key: "mainbranch"; a selector has mainBranch, branch, /);
    expect(pactBroker.requests.length).toBe(requestsBefore);

    const filesOnly = await verifyPacts({ pactFiles: [], publishVerificationResult: true });
    expect(filesOnly.report).toContain('publishVerificationResult needs pactBrokerUrl (--broker-url)');
  });

  it('refuses selectors that are not JSON on the command line', async () => {
    const { code, stderr } = await verifyPactsCli(['--broker-url', 'http://127.0.0.1:9', '--provider', 'p', '--consumer-version-selectors', '{mainBranch: true}']);
    expect(code).toBe(1);
    expect(stderr).toContain(`option '--consumer-version-selectors <json>' argument '{mainBranch: true}' is invalid. it must be JSON`);
  });
});
