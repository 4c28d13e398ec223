import type { Bench } from '../bench.js';
import { fixedCeiling } from '../ceilings.js';
import { getHeaders, getLoad } from '../loads.js';
import type { Target } from '../plan.js';
import { memberWorld, type MemberWorld } from '../worlds/member-world.js';

/** The simulator's status load and bare Express serving the same bytes (shared with the Prism target). */
export function statusLoads(bench: Bench, world: MemberWorld): Promise<{ subject: string; reference: string; sameBytes: boolean }> {
  return bench.shared('loads:status', async () => {
    const subject = getLoad(bench, 'sim:status', 'simulator GET /users/{u}/members/{m}/status', world.server, world.status.path);
    const bare = await bench.bareExpress('bare Express (status)', 'GET', world.status.path, world.status.answer);
    const reference = getLoad(bench, 'bare:status', `bare Express, the same status bytes (${world.status.answer.text.length} B)`, bare.server, world.status.path);
    return { subject, reference, sameBytes: bare.sameBytes };
  });
}

/** Target 1: GET .../status of a CONNECTED member whose job is done, against bare Express serving the same bytes. */
export const statusTarget: Target = {
  name: 'status',
  async prepare(bench) {
    const world = await memberWorld(bench, 'strict');
    const { subject, reference, sameBytes } = await statusLoads(bench, world);
    const ceiling = await fixedCeiling(bench, 'small', world.status.answer.text, getHeaders('bench'));
    return {
      comparisons: [
        { target: 'status', label: 'GET member status / bare Express', subject, reference, goal: 0.8, ceiling, ...(sameBytes ? {} : { note: 'bare Express did not answer the same bytes' }) },
      ],
    };
  },
};
