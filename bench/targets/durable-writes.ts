import { postCeiling } from '../ceilings.js';
import { atriumHeaders } from '../atrium.js';
import { notAvailable, type Target } from '../plan.js';
import { POST_TENANTS, postWorld } from '../worlds/post-world.js';

/** Target 10c: POST /users throughput with --state-file against in memory. */
export const durableWritesTarget: Target = {
  name: 'durable-writes',
  async prepare(bench) {
    const label = 'POST /users: --state-file / in memory';
    if (!bench.supportsFlag('--state-file')) return { rows: [notAvailable('durable-writes', label, '>= 0.80x', '--state-file')] };
    const [stored, memory] = await Promise.all([postWorld(bench, 'state-file'), postWorld(bench, 'memory')]);
    const ceiling = await postCeiling(bench, memory.sample.text, atriumHeaders('post-0'));
    return { comparisons: [{ target: 'durable-writes', label, subject: stored.load, reference: memory.load, goal: 0.8, ceiling, note: `${POST_TENANTS} tenants, unique identifiers` }] };
  },
};
