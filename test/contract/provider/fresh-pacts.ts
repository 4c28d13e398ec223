import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPactFiles } from '../../../src/contract/pact-files.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What the pacts are written from: the consumer tests, their helpers and the client they drive. */
export const PACT_SOURCES = ['test/contract/consumer', 'test/contract/support.ts', 'test/client/helpers.ts', 'src/client'].map((path) => join(ROOT, path));

/** The most recently modified file under the paths. */
function newestFile(paths: readonly string[]): { path: string; mtimeMs: number } | undefined {
  let newest: { path: string; mtimeMs: number } | undefined;
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (!newest || stat.mtimeMs > newest.mtimeMs) {
      newest = { path, mtimeMs: stat.mtimeMs };
    }
  };
  for (const path of paths) visit(path);
  return newest;
}

const RUN_CONSUMER = 'Run the pact-consumer project first: npx vitest run --project pact-consumer (a plain npx vitest run runs it before the provider tests).';

/**
 * The pact files the consumer project wrote, or an Error saying why they cannot be verified: there
 * are none, or a source they are written from changed after them (verifying them would pass or
 * fail on contracts the consumer tests no longer state).
 */
export function freshPactFiles(pactDir: string, sources: readonly string[] = PACT_SOURCES): string[] {
  const { files } = findPactFiles([pactDir]);
  if (files.length === 0) throw new Error(`No pact files in ${pactDir}. ${RUN_CONSUMER}`);
  const source = newestFile(sources);
  const stale = files.filter((file) => source && statSync(file).mtimeMs < source.mtimeMs);
  if (source && stale.length > 0) {
    throw new Error(
      `The pact files are older than ${relative(ROOT, source.path) || source.path} (${stale.map((file) => relative(ROOT, file) || file).join(', ')}): ` +
        `they would verify what the consumer tests used to state. ${RUN_CONSUMER}`,
    );
  }
  return files;
}
