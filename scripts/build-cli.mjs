// The CLI as one CommonJS bundle (dist/cli.cjs) made by esbuild, in place of tsc's many files: a
// process then reads one file instead of resolving and loading about 600 modules. The bin,
// dist/main.cjs, is src/cli-loader.ts: it runs the bundle from V8's code cache, and the checked
// values of the package's own data files, which this script records last by starting the CLI
// once and exercising it (docs/performance.md). Runs after
// `tsc -p tsconfig.build.json`; the library entries (dist/index.js, dist/cjs/) stay as they are.
//
// External: native addons, optional or contract-only packages, loaded from node_modules when a
// command needs them. pino is bundled: the simulator logs to a stream and never starts pino's
// transports (the worker threads that load pino's own files).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { chmodSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist/cli.cjs');
const bin = join(root, 'dist/main.cjs');
const cache = `${bundle}.cache`;
const checked = `${bundle}.checked.json`;

/**
 * Modules whose top level runs only when one of their exports is first read: a start that needs
 * none of them skips it (faker's locale data is about 10 ms, zod's 60 locales a few). Each import
 * of one becomes a CommonJS module of getters over a require() of it, which esbuild then wraps
 * to run on that first require. Their export names are read here, at build time. A module that
 * is a function (http-errors) becomes a function that loads it on its first call. None may be read
 * at load (assert and safe-regex2 are, by find-my-way).
 */
const LAZY_MODULES = [
  '@faker-js/faker/locale/en_US',
  // openapi-backend's definition checker and mocker: quick mode and the simulator use neither
  'openapi-schema-validator',
  'mock-json-schema',
  // raw-body's errors (its every status class, made at load) and the JSON-with-comments parser of data files: both only for a file or body that is wrong or not recalled
  'http-errors',
  'jsonc-parser',
  // zod's error messages in every language (its English messages are their own module)
  { importer: /node_modules\/zod\/v4\/(classic|core)\/[^/]+\.js$/, path: '../locales/index.js' },
  // node's decompressors (a compressed body) and TLS (an https webhook URL); the other built-ins it loads, a start calls (pino, listen, checked data)
  ...['https', 'zlib'].flatMap((name) => [name, `node:${name}`]),
];
const lazyModules = {
  name: 'lazy-modules',
  setup(lazy) {
    const named = LAZY_MODULES.map((entry) => (typeof entry === 'string' ? { importer: /./, path: entry } : entry));
    const filter = new RegExp(`^(${named.map(({ path }) => path.replace(/[/.]/g, '\\$&')).join('|')})$`);
    lazy.onResolve({ filter }, (args) => {
      // the getters' own require() resolves as usual
      if (args.namespace === 'lazy-module' || !named.some(({ importer, path }) => path === args.path && importer.test(args.importer))) return undefined;
      const target = args.path.startsWith('.') ? join(args.resolveDir, args.path) : args.path;
      return { path: target, namespace: 'lazy-module' };
    });
    lazy.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => {
      const real = require(args.path);
      const lines = [`let loaded;`, `const load = () => (loaded ??= require(${JSON.stringify(args.path)}));`];
      const callable = typeof real === 'function';
      if (callable) lines.push(`module.exports = function (...args) { return new.target ? Reflect.construct(load(), args, new.target) : load().apply(this, args); };`, `exports = module.exports;`);
      // a function's own length, name and prototype are its shell's
      for (const name of Object.getOwnPropertyNames(real).filter((name) => !callable || !['length', 'name', 'prototype', 'arguments', 'caller'].includes(name))) {
        // read by every importer at once (esbuild's and TypeScript's interop): a value, not a getter
        if (name === '__esModule') lines.push(`Object.defineProperty(exports, '__esModule', { value: ${JSON.stringify(real.__esModule)} });`);
        else lines.push(`Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => load()[${JSON.stringify(name)}] });`);
      }
      return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
    });
  },
};

await build({
  entryPoints: [join(root, 'src/main.ts')],
  plugins: [lazyModules],
  outfile: bundle,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow: its ES build
  alias: {
    'jsonc-parser': join(dirname(require.resolve('jsonc-parser/package.json')), 'lib/esm/main.js'),
    // one ajv: ajv-formats has its own copy (8.17.1, pinned for swagger-mock-validator), whose core would load at start beside ours
    ajv: dirname(require.resolve('ajv/package.json')),
  },
  external: ['better-sqlite3', 'pino-pretty', '@pact-foundation/*', 'playwright-core', 'fsevents'],
  define: { 'import.meta.url': '__atriumMockModuleUrl' },
  // import() of an external package becomes a require: Node 20 loses the import callback of a script
  // compiled from a code cache ("A dynamic import callback was not specified")
  supported: { 'dynamic-import': false },
  // whitespace and syntax only: names stay, so a stack trace still reads
  minifyWhitespace: true,
  minifySyntax: true,
  banner: { js: 'const __atriumMockModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: 'none',
  logLevel: 'warning',
});

// the loader reads the bundle as latin1, which is only right for ASCII (esbuild's default charset)
if (readFileSync(bundle).some((byte) => byte > 0x7f)) throw new Error('dist/cli.cjs is not ASCII; src/cli-loader.ts reads it as latin1');

// the loader takes the place of tsc's unbundled CLI
// CommonJS too: a main module that is an ES module costs Node 10-20 ms more to start (its loader and
// the facades of the built-ins it imports)
await build({
  entryPoints: [join(root, 'src/cli-loader.ts')],
  outfile: bin,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': '__loaderUrl' },
  banner: { js: 'const __loaderUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
});
chmodSync(bin, 0o755);
// tsc's unbundled CLI (dist/main.cjs) and the loader's own output: the bin and the bundle take their place
for (const file of ['main.js', 'main.js.map', 'main.d.ts', 'main.d.ts.map', 'cli-loader.js', 'cli-loader.js.map', 'cli-loader.d.ts', 'cli-loader.d.ts.map']) rmSync(join(root, 'dist', file), { force: true });

/** Starts the CLI with the cache asked for, makes the requests a start and a first workflow make, and stops it. */
async function writeCompileCache() {
  rmSync(cache, { force: true });
  rmSync(checked, { force: true });
  const child = spawn(process.execPath, [bin, 'start', '--port', '0', '--host', '127.0.0.1', '--log-level', 'info'], {
    cwd: root,
    env: { ...process.env, ATRIUM_MOCK_RECORD_START: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  // a CLI that hangs is stopped: the build goes on without the recording
  const hung = setTimeout(() => child.kill('SIGKILL'), 60_000);
  exited.then(() => clearTimeout(hung));
  const url = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const found = /"url":"([^"]+)"/.exec(line);
      if (found) resolve(found[1]);
    });
    exited.then((how) => reject(new Error(`the CLI stopped before it listened (${how})`)));
  });
  const headers = { 'MX-API-Key': 'build', 'MX-Client-ID': 'build', Accept: 'application/vnd.mx.atrium.v1+json', 'Content-Type': 'application/json' };
  const call = async (method, path, body) => {
    const response = await fetch(`${url}${path}`, { method, headers, body: body && JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  try {
    await call('GET', '/__mock/health');
    const { user } = await call('POST', '/users', { user: { identifier: 'build' } });
    await call('GET', '/users');
    await call('GET', '/institutions/mxbank/credentials');
    await call('GET', `/users/${user.guid}/accounts`);
  } finally {
    child.kill('SIGTERM');
  }
  const how = await exited;
  if (how !== 0 || !existsSync(cache) || !existsSync(checked)) throw new Error(`it exited with ${how} and left no cache`);
  return statSync(cache).size;
}

// without the recording the CLI works, only starts slower: a build where it cannot run says so and goes on
// (test/cli-start.test.ts fails when the recording is missing)
try {
  const size = await writeCompileCache();
  console.log(`dist/cli.cjs with its compile cache (${(size / 1e6).toFixed(1)} MB) and ${Object.keys(JSON.parse(readFileSync(checked, 'utf8'))).length} checked data files`);
} catch (error) {
  rmSync(cache, { force: true });
  rmSync(checked, { force: true });
  console.warn(`warning: could not record the CLI's warm start (${error.message}); dist/main.cjs runs without a compile cache, about twice as slow to start`);
}
