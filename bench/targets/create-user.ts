import { atriumHeaders } from '../atrium.js';
import { postCeiling } from '../ceilings.js';
import type { Target } from '../plan.js';
import { POST_TENANTS, postWorld } from '../worlds/post-world.js';

/** Target 3: POST /users, a unique identifier per request over 1,000 tenants, against bare Express answering the same JSON. */
export const createUserTarget: Target = {
  name: 'create-user',
  async prepare(bench) {
    const world = await postWorld(bench, 'memory');
    const bare = await bench.bareExpress('bare Express (POST /users)', 'POST', '/users', world.sample);
    const reference = bench.addLoad({
      key: 'bare:post-users',
      label: 'bare Express POST /users (express.json, the same answer)',
      server: bare.server,
      request: { kind: 'post-users', path: '/users', headers: atriumHeaders('post-0'), tenantPrefix: 'post-', tenants: POST_TENANTS, tag: 'bare' },
    });
    const ceiling = await postCeiling(bench, world.sample.text, atriumHeaders('post-0'));
    return {
      comparisons: [
        {
          target: 'create-user',
          label: `POST /users (${POST_TENANTS} tenants) / bare Express`,
          subject: world.load,
          reference,
          goal: 0.8,
          ceiling,
          ...(bare.sameBytes ? {} : { note: 'bare Express did not answer the same bytes' }),
        },
      ],
    };
  },
};
