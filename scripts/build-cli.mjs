// The CLI entry (dist/main.js) as one ES module bundled by esbuild, in place of tsc's many files:
// a process then reads one file instead of resolving and loading about 600 modules, which is
// most of its start time (docs/performance.md). Runs after `tsc -p tsconfig.build.json`; the
// library entries (dist/index.js, dist/cjs/) stay as they are.
//
// External: native addons, packages that start worker threads from their own files (pino), and
// optional or contract-only packages, loaded from node_modules when a command needs them.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist/main.js');

await build({
  entryPoints: [join(root, 'src/main.ts')],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow
  mainFields: ['module', 'main'],
  external: ['better-sqlite3', 'pino', 'pino-pretty', 'thread-stream', '@pact-foundation/*', 'playwright-core', 'fsevents'],
  // bundled CommonJS packages call require(): give the module one
  banner: { js: "import { createRequire as __atriumMockCreateRequire } from 'node:module';\nconst require = __atriumMockCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
// tsc's map describes the file this one replaced
rmSync(`${outfile}.map`, { force: true });
