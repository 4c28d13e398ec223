import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench } from '../bench.js';
import { rssBytes } from '../proc.js';
import { sleep, startSimulator, type Server } from '../servers.js';
import { checkTenants, populateTenants, statusPathOf, tenantGuids, tenantId, tenantTemplate, type Populated, type TenantTemplate } from './populate.js';

/** Tenants restored before the memory baseline, so JIT and first-use costs are not counted per tenant. */
const WARM_TENANTS = 50;

export interface TenantWorld extends Populated {
  server: Server;
  template: TenantTemplate;
  wanted: number;
  /** Tenants restored before the memory baseline was taken. */
  warmTenants: number;
  /** "<client id> <path>" for every tenant, and for the first one only. */
  requestsFile: string;
  oneTenantFile: string;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  /** The health document after setup (a field for memory is used when the simulator offers one). */
  health: Record<string, unknown>;
  healthBefore: Record<string, unknown>;
  problem: string | null;
}

async function health(server: Server): Promise<Record<string, unknown>> {
  return (await (await fetch(`${server.origin}/__mock/health`)).json()) as Record<string, unknown>;
}

/** The lowest RSS over a few samples a moment apart (garbage from setup bodies is freed meanwhile). */
export async function settledRss(pid: number): Promise<number> {
  let lowest = Infinity;
  for (let i = 0; i < 6; i += 1) {
    await sleep(500);
    lowest = Math.min(lowest, rssBytes(pid) ?? Infinity);
  }
  return lowest;
}

/** A simulator holding BENCH_TENANTS tenants, each with its own user and connected MX Bank member. */
export function tenantWorld(bench: Bench): Promise<TenantWorld> {
  return bench.shared('tenant-world', async () => {
    const wanted = bench.settings.tenants;
    bench.log(`setup: simulator with ${wanted.toLocaleString('en-US')} tenants (PUT /__mock/state of one built tenant, each with its own guids)`);
    // room for the template's own tenant beside the wanted ones (the default --max-tenants is 10,000)
    const server = bench.track(await startSimulator(`simulator (${wanted} tenants)`, ['--max-tenants', String(wanted + 1)]));
    const template = await tenantTemplate(server);
    const limits = { budgetS: bench.settings.setupBudgetS, maxRssBytes: bench.settings.maxRssMb * 2 ** 20, log: (message: string) => bench.log(message) };
    const warm = await populateTenants(server, template, { from: 0, to: Math.min(WARM_TENANTS, wanted) }, limits);
    const healthBefore = await health(server);
    const rssBeforeBytes = await settledRss(server.pid);
    const rest = warm.stoppedBecause ? warm : await populateTenants(server, template, { from: warm.reached, to: wanted }, limits);
    const rssAfterBytes = await settledRss(server.pid);
    const reached = rest.reached;
    const lines = Array.from({ length: reached }, (_, i) => `${tenantId(i)} ${statusPathOf(tenantGuids(template, i))}`);
    const requestsFile = join(bench.tmp, 'tenants.txt');
    const oneTenantFile = join(bench.tmp, 'one-tenant.txt');
    writeFileSync(requestsFile, `${lines.join('\n')}\n`);
    writeFileSync(oneTenantFile, `${lines[0]}\n`);
    const problem = server.exited() ? 'the server exited' : await checkTenants(server, template, reached);
    bench.log(`  ${reached.toLocaleString('en-US')} tenants in ${Math.round(warm.seconds + rest.seconds)} s${rest.stoppedBecause ? ` (stopped: ${rest.stoppedBecause})` : ''}`);
    return {
      server,
      template,
      wanted,
      warmTenants: warm.reached,
      requestsFile,
      oneTenantFile,
      rssBeforeBytes,
      rssAfterBytes,
      reached,
      seconds: warm.seconds + rest.seconds,
      stoppedBecause: rest.stoppedBecause,
      health: server.exited() ? {} : await health(server),
      healthBefore,
      problem,
    };
  });
}
