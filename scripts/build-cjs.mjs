// The CommonJS build of the library entry (dist/cjs/), beside tsc's ES build in dist/, so that
// `require('atrium-mock')` works, plain Jest included. Runs after `tsc -p tsconfig.build.json`.
//
// - dist/cjs/index.js: src/index.ts bundled by esbuild. Dependencies that CommonJS can require stay
//   external; ESM-only ones (@faker-js/faker) are bundled in, because Jest's module system cannot
//   require an ES module. import.meta.url comes from __filename (src/paths.ts finds the package root
//   from there).
// - dist/cjs/**/*.d.ts: tsc's declarations, copied; dist/cjs/package.json says "type": "commonjs",
//   so TypeScript reads them as CommonJS declarations (the "require" condition's types).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/cjs');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const require = createRequire(join(root, 'package.json'));

/** A dependency CommonJS can load: not "type": "module", or its exports offer a "require" condition. */
function requirable(name) {
  let pkg;
  try {
    pkg = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
  } catch {
    return true; // not installed (an optional dependency): leave it to run time
  }
  if (pkg.type !== 'module') return true;
  const entry = typeof pkg.exports === 'object' && pkg.exports !== null ? (pkg.exports['.'] ?? pkg.exports) : undefined;
  return JSON.stringify(entry ?? {}).includes('"require"');
}

const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies });
const external = dependencies.filter(requirable);

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src/index.ts')],
  outfile: join(out, 'index.js'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: external.flatMap((name) => [name, `${name}/*`]),
  define: { 'import.meta.url': '__atriumMockModuleUrl' },
  banner: { js: 'const __atriumMockModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  // import('@pact-foundation/pact') becomes a require: Jest cannot import() from CommonJS
  supported: { 'dynamic-import': false },
  legalComments: 'none',
  logLevel: 'warning',
});

// the declarations tsc wrote next to the ES build, read as CommonJS below dist/cjs/
if (!existsSync(join(root, 'dist/index.d.ts'))) throw new Error('dist/index.d.ts is missing: run tsc -p tsconfig.build.json first');
function copyDeclarations(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (source === out) continue;
    if (entry.isDirectory()) copyDeclarations(source, join(to, entry.name));
    else if (entry.name.endsWith('.d.ts')) {
      mkdirSync(to, { recursive: true });
      copyFileSync(source, join(to, entry.name));
    }
  }
}
copyDeclarations(join(root, 'dist'), out);
writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
