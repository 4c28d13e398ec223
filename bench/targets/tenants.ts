import { Atrium } from '../atrium.js';
import { tenantsCeiling } from '../ceilings.js';
import { getHeaders } from '../loads.js';
import type { Target } from '../plan.js';
import { statusPathOf, tenantGuids, tenantId } from '../worlds/populate.js';
import { tenantWorld } from '../worlds/tenant-world.js';

/** Target 7: GET status round-robin over 10,000 tenants against the same request to one tenant, on one server. */
export const tenantsTarget: Target = {
  name: 'tenants',
  async prepare(bench) {
    const world = await tenantWorld(bench);
    const many = world.reached.toLocaleString('en-US');
    const label = `GET status round-robin over ${many} tenants / 1 tenant`;
    if (world.reached < 2 || world.server.exited()) {
      return { rows: [{ target: 'tenants', label, measured: 'no data', goal: '>= 0.80x', verdict: 'FAIL', note: world.stoppedBecause ?? world.problem ?? 'setup failed' }] };
    }
    const headers = getHeaders('tenant-0');
    const subject = bench.addLoad({ key: 'sim-tenants:all', label: `simulator GET status, round-robin over ${many} tenants`, server: world.server, request: { kind: 'tenants', headers, requestsFile: world.requestsFile } });
    const reference = bench.addLoad({ key: 'sim-tenants:one', label: 'simulator GET status, 1 tenant (same server, same script)', server: world.server, request: { kind: 'tenants', headers, requestsFile: world.oneTenantFile } });
    const status = await new Atrium(world.server.origin, tenantId(0)).expect(200, 'GET', statusPathOf(tenantGuids(world.template, 0)));
    const ceiling = await tenantsCeiling(bench, status.text, headers, world.requestsFile, world.reached);
    const short = world.reached < world.wanted ? `only ${many} of ${world.wanted.toLocaleString('en-US')} tenants could be set up: ${world.stoppedBecause}` : null;
    const problem = world.problem ?? short;
    return {
      comparisons: [
        {
          target: 'tenants',
          label,
          subject,
          reference,
          goal: 0.8,
          ceiling,
          note: `setup ${Math.round(world.seconds)} s (${(world.reached / world.seconds).toFixed(0)} tenants/s)`,
          ...(problem ? { failure: problem } : {}),
        },
      ],
    };
  },
};
