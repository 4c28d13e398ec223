import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { entryArgs } from '../../support/entry.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'atrium-mock-verify-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `node --import tsx src/main.ts verify-pacts ...`. */
function verifyPactsCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...entryArgs('src/main.ts'), 'verify-pacts', ...args], { cwd: repoRoot, env: { ...process.env, PACT_DO_NOT_TRACK: 'true' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A V3 pact with one interaction reading MX Bank, expecting `status`. */
function pactFile(name: string, status: number): string {
  const file = join(dir, name);
  const interaction = {
    description: 'a request for MX Bank',
    request: { method: 'GET', path: '/institutions/mxbank', headers: { 'MX-API-Key': 'k', 'MX-Client-ID': 'c' } },
    response: { status },
  };
  writeFileSync(file, JSON.stringify({ consumer: { name: 'cli-app' }, provider: { name: 'mx-atrium' }, interactions: [interaction], metadata: { pactSpecification: { version: '3.0.0' } } }));
  return file;
}

const SEPARATOR = "======== atrium-mock verify-pacts report (the pact core's own output is above) ========";

describe('atrium-mock verify-pacts on the command line', () => {
  it("prints the report last on stdout, after a separator below the pact core's own output", async () => {
    const { code, stdout } = await verifyPactsCli(pactFile('failing.json', 201));
    expect(code).toBe(1);
    const [core, report] = stdout.split(`\n${SEPARATOR}\n\n`);
    expect(core).toContain('Verifying a pact between');
    expect(report).toMatch(/^Pact verification against atrium-mock: FAILED \(1 pact file\(s\), 1 interaction\(s\): 0 passed, 1 failed\)\n/);
    expect(report).toContain('  FAILED   a request for MX Bank\n             - status: expected 201, got 200\n');
    expect(report).not.toContain('Verifying a pact between');
  });

  it.each(['0', 'soon'])('refuses --timeout %s before verifying anything', async (timeout) => {
    const { code, stdout, stderr } = await verifyPactsCli('--timeout', timeout, pactFile('passing.json', 200));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`error: option '--timeout <ms>' argument '${timeout}' is invalid. --timeout must be a positive whole number of milliseconds.`);
  });
});
