#!/usr/bin/env node
// The bin (dist/main.cjs): runs the bundled CLI (dist/cli.cjs) with what its build recorded of a
// warm start (scripts/build-cli.mjs):
// - V8's code cache: compiling the 4.7 MB bundle and the functions a start calls is about a
//   quarter of the start time, and Node 20 has no compile cache (module.enableCompileCache came in
//   22.1). V8 rejects a cache of another V8 version or other flags; the bundle then compiles as usual.
// - the checked values of the package's own data files, by their text (src/simulation/checked-data.ts).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
const cacheFile = `${bundle}.cache`;
const checkedFile = `${bundle}.checked.json`;
/** Set by the build: record a warm start and write both files when the process exits. */
const recording = process.env.ATRIUM_MOCK_RECORD_START === '1';

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The recorded table; a missing or damaged one is none (every file is then checked). */
function readChecked(): Map<string, string> | null {
  try {
    const entries = Object.entries(JSON.parse(readFileSync(checkedFile, 'utf8')) as Record<string, unknown>);
    return new Map(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return null;
  }
}

function writeAtomically(file: string, data: string | Buffer): void {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

const record = recording ? new Map<string, string>() : null;
(globalThis as Record<symbol, unknown>)[Symbol.for('atrium-mock.checked-data')] = { recall: recording ? null : readChecked(), record };

// the first line is the bundle's shebang, which a function body cannot hold
// latin1: the bundle is ASCII (esbuild escapes the rest; the build checks), and a one-byte read skips
// UTF-8 decoding of 3 MB
const source = readFileSync(bundle, 'latin1').replace(/^#!.*/, '');
const script = new Script(Module.wrap(source), {
  filename: bundle,
  // no import() callback: Node 20 drops it for a script compiled from a cache, so the bundle has none (scripts/build-cli.mjs)
  cachedData: recording ? undefined : readIfThere(cacheFile),
});
if (record) {
  // at exit every function the start and its requests ran is compiled, so the cache holds them
  process.once('exit', () => {
    writeAtomically(cacheFile, script.createCachedData());
    writeAtomically(checkedFile, JSON.stringify(Object.fromEntries(record)));
  });
}

const module = new Module(bundle);
module.filename = bundle;
const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
