import { Atrium, atriumHeaders, inParallel } from '../atrium.js';
import { rssBytes } from '../proc.js';
import type { Server } from '../servers.js';

/** One tenant's state as a client builds it (a user with a connected MX Bank member), to copy into many tenants. */
export interface TenantTemplate {
  snapshot: string;
  user: string;
  member: string;
}

export async function tenantTemplate(server: Server, clientId = 'template'): Promise<TenantTemplate> {
  const atrium = new Atrium(server.origin, clientId);
  const user = await atrium.createUser('bench-user');
  const member = await atrium.createConnectedMember(user);
  const snapshot = (await atrium.expect(200, 'GET', '/__mock/state')).text;
  return { snapshot, user, member };
}

/** The guids of tenant `index`: the template's with the last 12 hex digits replaced, so every tenant has its own paths. */
export function tenantGuids(template: TenantTemplate, index: number): { user: string; member: string } {
  const hex = index.toString(16).padStart(12, '0');
  return { user: `${template.user.slice(0, -12)}${hex}`, member: `${template.member.slice(0, -12)}${hex}` };
}

export function tenantId(index: number): string {
  return `tenant-${index}`;
}

export function statusPathOf(guids: { user: string; member: string }): string {
  return `/users/${guids.user}/members/${guids.member}/status`;
}

export interface Populated {
  /** Tenants that exist, 0..reached-1. */
  reached: number;
  seconds: number;
  /** Why it stopped before `to`, if it did. */
  stoppedBecause: string | null;
}

/**
 * Restores the template into tenants from..to-1 with PUT /__mock/state (the public control
 * plane), each with its own guids, a few at a time; stops early at the time budget, at the
 * memory guard (this machine is shared) or when the server dies.
 */
export async function populateTenants(
  server: Server,
  template: TenantTemplate,
  range: { from: number; to: number },
  limits: { budgetS: number; maxRssBytes: number; log: (message: string) => void },
): Promise<Populated> {
  const started = Date.now();
  let next = range.from;
  let reached = range.from;
  let stoppedBecause: string | null = null;
  const done = new Set<number>();
  let lastLog = Date.now();
  const worker = async () => {
    while (next < range.to && !stoppedBecause) {
      const index = next;
      next += 1;
      const guids = tenantGuids(template, index);
      const body = template.snapshot.replaceAll(template.user, guids.user).replaceAll(template.member, guids.member);
      try {
        const response = await fetch(`${server.origin}/__mock/state`, { method: 'PUT', headers: atriumHeaders(tenantId(index)), body, signal: AbortSignal.timeout(60_000) });
        const text = await response.text();
        if (response.status !== 200) throw new Error(`PUT /__mock/state answered ${response.status}: ${text.slice(0, 200)}`);
      } catch (error) {
        stoppedBecause ??= server.exited() ? `the server exited: ${server.stderr().split('\n').slice(-3).join(' ').slice(0, 300)}` : `tenant ${index}: ${(error as Error).message}`;
        return;
      }
      done.add(index);
      while (done.has(reached)) done.delete(reached++);
      if ((Date.now() - started) / 1000 > limits.budgetS) stoppedBecause ??= `the setup budget of ${limits.budgetS} s ran out (BENCH_SETUP_BUDGET)`;
      const rss = index % 100 === 0 ? rssBytes(server.pid) : null;
      if (rss !== null && rss > limits.maxRssBytes) stoppedBecause ??= `the server's RSS passed the ${Math.round(limits.maxRssBytes / 2 ** 20)} MB guard (BENCH_MAX_RSS_MB)`;
      if (Date.now() - lastLog > 10_000) {
        lastLog = Date.now();
        limits.log(`  ${reached - range.from} of ${range.to - range.from} tenants, ${Math.round((Date.now() - started) / 1000)} s, server RSS ${Math.round((rssBytes(server.pid) ?? 0) / 2 ** 20)} MB`);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { reached, seconds: (Date.now() - started) / 1000, stoppedBecause };
}

/** Checks that `count` tenants spread over 0..reached-1 answer their status with 200. */
export async function checkTenants(server: Server, template: TenantTemplate, reached: number, count = 20): Promise<string | null> {
  const indexes = Array.from({ length: Math.min(count, reached) }, (_, i) => Math.floor((i * reached) / Math.min(count, reached)));
  const problems = await inParallel(indexes, 4, async (index) => {
    const answer = await new Atrium(server.origin, tenantId(index)).call('GET', statusPathOf(tenantGuids(template, index)));
    return answer.status === 200 ? null : `tenant ${index} answered ${answer.status}`;
  });
  return problems.find((problem) => problem !== null) ?? null;
}
