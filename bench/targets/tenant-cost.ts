import type { Row, Target } from '../plan.js';
import { tenantWorld } from '../worlds/tenant-world.js';

const GOAL_KB = 50;

/** A memory figure the health document may offer (heap or RSS, in bytes), found by name. */
function memoryField(health: Record<string, unknown>): string | null {
  const names = Object.keys(health).filter((name) => typeof health[name] === 'number' && /heap_used|heap|rss|memory/i.test(name));
  return names.find((name) => /heap_used/i.test(name)) ?? names.find((name) => /heap/i.test(name)) ?? names[0] ?? null;
}

/**
 * Target 10e: resident memory per tenant holding one connected member, from building the
 * 10,000-tenant world: a health field for heap or memory when the simulator has one, else
 * the server's RSS (VmRSS) delta over the tenants.
 */
export const tenantCostTarget: Target = {
  name: 'tenant-cost',
  async prepare(bench) {
    const world = await tenantWorld(bench);
    const label = 'resident memory per tenant (one connected member)';
    const goal = `<= ${GOAL_KB} KB`;
    const counted = world.reached - world.warmTenants;
    if (counted < 100) return { rows: [{ target: 'tenant-cost', label, measured: 'no data', goal, verdict: 'FAIL', note: world.stoppedBecause ?? world.problem ?? 'too few tenants' }] };
    const field = memoryField(world.health);
    const before = field ? Number(world.healthBefore[field]) : world.rssBeforeBytes;
    const after = field ? Number(world.health[field]) : world.rssAfterBytes;
    const perTenantKb = (after - before) / counted / 1024;
    const source = field ? `health field ${field}` : 'server VmRSS';
    const row: Row = {
      target: 'tenant-cost',
      label,
      measured: `${perTenantKb.toFixed(1)} KB`,
      goal,
      verdict: perTenantKb <= GOAL_KB ? 'PASS' : 'FAIL',
      note: `${source}: ${Math.round(before / 2 ** 20)} -> ${Math.round(after / 2 ** 20)} MB over ${counted.toLocaleString('en-US')} tenants${world.reached < world.wanted ? ` (${world.stoppedBecause})` : ''}`,
    };
    return { rows: [row] };
  },
};
