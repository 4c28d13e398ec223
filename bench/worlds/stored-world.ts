import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench } from '../bench.js';
import { startSimulator } from '../servers.js';
import { populateTenants, tenantTemplate, type TenantTemplate } from './populate.js';

export interface StoredWorld {
  file: string;
  template: TenantTemplate | null;
  /** Tenants stored (tenant-0 .. tenant-(stored-1)). */
  stored: number;
  stoppedBecause: string | null;
  /** How the last save went: the server's exit code on SIGTERM and how long it took. */
  saveExitCode: number | null;
  saveS: number;
  saveError: string | null;
}

/** "SQLite", "JSON" or what the file starts with. */
export function stateFileFormat(file: string): string {
  try {
    const head = Buffer.alloc(16);
    const fd = openSync(file, 'r');
    readSync(fd, head, 0, 16, 0);
    closeSync(fd);
    if (head.toString('latin1').startsWith('SQLite format 3')) return 'SQLite';
    if (head.toString('utf8').trimStart().startsWith('{')) return 'JSON';
    return 'unknown format';
  } catch {
    return 'no file';
  }
}

export function fileSizeMb(file: string): number {
  try {
    return statSync(file).size / 2 ** 20;
  } catch {
    return 0;
  }
}

/** The gist of the last log lines: a fatal V8 error or an error message if there is one, else pino's messages. */
function describeLog(text: string): string {
  const lines = text.split('\n').filter(Boolean);
  const fatal = lines.find((line) => /FATAL ERROR|heap out of memory|^\w*Error\b/.test(line));
  if (fatal) return fatal.trim().slice(0, 300);
  const gist = lines.slice(-5).map((line) => {
    try {
      const entry = JSON.parse(line) as { msg?: string; err?: { message?: string } };
      return [entry.msg, entry.err?.message].filter(Boolean).join(': ');
    } catch {
      return line;
    }
  });
  return gist.join(' | ').slice(0, 300) || '(nothing logged)';
}

/** The state file grows as targets ask for more stored tenants; each growth starts the CLI with --state-file and stops it with SIGTERM. */
const worlds = new Map<string, StoredWorld>();

export async function storedWorld(bench: Bench, tenants: number, extraFlags: string[] = []): Promise<StoredWorld> {
  const file = join(bench.tmp, 'durable-state');
  const world: StoredWorld = worlds.get(file) ?? { file, template: null, stored: 0, stoppedBecause: null, saveExitCode: null, saveS: 0, saveError: null };
  worlds.set(file, world);
  if (world.stored >= tenants || world.stoppedBecause) return world;
  bench.log(`setup: storing ${tenants.toLocaleString('en-US')} tenants with --state-file (PUT /__mock/state), then SIGTERM`);
  // errors logged, so a failed save says why
  // room for the template's own tenant beside the wanted ones (the default --max-tenants is 10,000)
  const server = await startSimulator('simulator (--state-file)', ['--state-file', file, '--log-level', 'error', '--max-tenants', String(tenants + 1), ...extraFlags]);
  try {
    world.template ??= await tenantTemplate(server);
    const populated = await populateTenants(server, world.template, { from: world.stored, to: tenants }, {
      // the budget is per BENCH_TENANTS tenants: storing 100,000 gets ten times that of 10,000
      budgetS: bench.settings.setupBudgetS * Math.max(1, (tenants - world.stored) / bench.settings.tenants),
      maxRssBytes: bench.settings.maxRssMb * 2 ** 20,
      log: (message) => bench.log(message),
    });
    world.stored = populated.reached;
    world.stoppedBecause = populated.stoppedBecause;
  } finally {
    const stopping = process.hrtime.bigint();
    world.saveExitCode = await server.stop('SIGTERM', 600_000);
    world.saveS = Number(process.hrtime.bigint() - stopping) / 1e9;
    const how = world.saveExitCode === null ? 'the server died on SIGTERM' : `the server exited ${world.saveExitCode} on SIGTERM`;
    world.saveError = world.saveExitCode === 0 ? null : `${how} after ${world.saveS.toFixed(0)} s, no state file: ${describeLog(server.stderr())}`;
  }
  bench.log(`  stored ${world.stored.toLocaleString('en-US')} tenants; ${world.saveError ?? `${stateFileFormat(file)} ${fileSizeMb(file).toFixed(0)} MB, saved in ${world.saveS.toFixed(1)} s`}`);
  return world;
}
