import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshPactFiles } from './fresh-pacts.js';

const root = mkdtempSync(join(tmpdir(), 'atrium-mock-fresh-pacts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A pact directory and a consumer source, each file with the modification time given (seconds). */
function layout(name: string, times: { pact?: number; source: number }) {
  const pacts = join(root, name, 'pacts');
  const sources = join(root, name, 'consumer');
  mkdirSync(pacts, { recursive: true });
  mkdirSync(sources, { recursive: true });
  writeFileSync(join(sources, 'identification.test.ts'), '');
  utimesSync(join(sources, 'identification.test.ts'), times.source, times.source);
  if (times.pact !== undefined) {
    writeFileSync(join(pacts, 'client-provider.json'), '{}');
    utimesSync(join(pacts, 'client-provider.json'), times.pact, times.pact);
  }
  return { pacts, sources };
}

describe('the provider tests refuse pacts the consumer project did not just write', () => {
  it('answers the pact files written after every consumer source', () => {
    const { pacts, sources } = layout('fresh', { pact: 2_000, source: 1_000 });
    expect(freshPactFiles(pacts, [sources])).toEqual([join(pacts, 'client-provider.json')]);
  });

  it('fails telling to run the consumer project when a consumer source changed after the pacts', () => {
    const { pacts, sources } = layout('stale', { pact: 1_000, source: 2_000 });
    expect(() => freshPactFiles(pacts, [sources])).toThrow(/^The pact files are older than .*identification\.test\.ts .*Run the pact-consumer project first: npx vitest run --project pact-consumer/);
  });

  it('fails telling to run the consumer project when there are no pact files', () => {
    const { pacts, sources } = layout('missing', { source: 1_000 });
    expect(() => freshPactFiles(pacts, [sources])).toThrow(`No pact files in ${pacts}. Run the pact-consumer project first`);
    expect(() => freshPactFiles(join(root, 'no-such-dir'), [sources])).toThrow('No pact files in');
  });
});
