import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../src/index.js';
import { entryArgs } from './support/entry.js';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, [...entryArgs('src/main.ts'), ...args], { cwd: process.cwd() });

describe('atrium-mock scenarios validate', () => {
  it('accepts the shipped scenarios and seed sets', async () => {
    const { stdout } = await cli('scenarios', 'validate');
    expect(stdout).toMatch(/^\d+ scenarios valid in .*scenarios \(\d+ with an expect script\); \d+ seed sets valid\.$/m);
  });

  it('exits 1 naming the file, the field and what was expected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'broken.yml'), 'name: Broken Name\ndescription: x\ntiming: { polls: 0 }\n');
    const failure = await cli('scenarios', 'validate', dir).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`Invalid scenario file ${join(dir, 'broken.yml')}`);
    expect(failure?.stderr).toContain('name: expected kebab-case');
    expect(failure?.stderr).toContain('timing');
  });
});

describe('atrium-mock identify', () => {
  it('runs the identification workflow against a base URL and prints the owners as JSON', async () => {
    const sim = await createSimulator();
    try {
      const { stdout } = await cli(
        'identify', '--base-url', sim.url, '--api-key', 'key', '--client-id', 'cli-identify',
        '--institution', 'mxbank', '--username', 'test_atrium', '--password', 'challenge', '--answers', 'challenge,correct',
        '--poll-interval', '0', '--json', '--quiet',
      );
      const result = JSON.parse(stdout) as { identified: boolean; member_guid: string; account_owners: { guid: string }[] };
      expect(result).toMatchObject({ identified: true, member_guid: expect.stringMatching(/^MBR-/) });
      expect(result.account_owners.length).toBeGreaterThan(0);
      expect(result.account_owners[0]!.guid).toMatch(/^ACO-/);
    } finally {
      await sim.close();
    }
  });
});

describe('atrium-mock verify-pacts', () => {
  const pact = (status: number) => ({
    consumer: { name: 'cli-test-consumer' },
    provider: { name: 'mx-atrium' },
    interactions: [
      {
        description: 'a request for MX Bank',
        request: { method: 'GET', path: '/institutions/mxbank', headers: { 'MX-API-Key': 'k', 'MX-Client-ID': 'c', Accept: 'application/vnd.mx.atrium.v1+json' } },
        response: { status, headers: { 'Content-Type': 'application/vnd.mx.atrium.v1+json' }, body: { institution: { code: 'mxbank', name: 'MX Bank' } } },
      },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  });

  it('exits 0 with a report when every interaction holds, and 1 naming what failed', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacts-'));
    writeFileSync(join(dir, 'good.json'), JSON.stringify(pact(200)));
    const { stdout } = await cli('verify-pacts', dir);
    expect(stdout).toContain('Pact verification against atrium-mock: PASSED (1 pact file(s), 1 interaction(s): 1 passed, 0 failed)');
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...pact(201), consumer: { name: 'another-consumer' } }));
    const failure = await cli('verify-pacts', join(dir, 'bad.json')).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain('FAILED');
    expect(failure?.stdout).toMatch(/status: expected 201, got 200/);
  });
});
