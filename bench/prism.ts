import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, ROOT, spawnServer, waitForAnswer, type Server } from './servers.js';
import { atriumHeaders } from './atrium.js';

const PRISM_DIR = join(import.meta.dirname, 'prism');
const PRISM_CLI = join(PRISM_DIR, 'node_modules/@stoplight/prism-cli/dist/index.js');

/** Installs the pinned Prism into bench/prism/ (its own package.json and lockfile) on first use. */
export function ensurePrism(log: (message: string) => void): string | null {
  if (existsSync(PRISM_CLI)) return PRISM_CLI;
  log('installing Prism into bench/prism/ (npm ci, first run only) ...');
  const result = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: PRISM_DIR,
    env: { ...process.env, SCARF_ANALYTICS: 'false' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return result.status === 0 && existsSync(PRISM_CLI) ? PRISM_CLI : null;
}

/**
 * Prism mocking the simulator's own OpenAPI document, in its fastest setup: static examples,
 * logging silenced (the simulator runs with --log-level silent too), one process.
 */
export async function startPrism(cli: string): Promise<Server> {
  const port = await freePort();
  const server = spawnServer('prism', process.execPath, [cli, 'mock', '-h', '127.0.0.1', '-p', String(port), '-v', 'silent', join(ROOT, 'src/spec/atrium.openapi.yml')], port);
  await waitForAnswer(`${server.origin}/institutions`, server, { headers: atriumHeaders('prism'), timeoutMs: 120_000, intervalMs: 100 });
  return server;
}
