import { fixedCeiling } from '../ceilings.js';
import { getHeaders, getLoad } from '../loads.js';
import type { Target } from '../plan.js';
import { memberWorld } from '../worlds/member-world.js';

/** Target 2: GET /users/{u}/accounts, a page of 25 records, against bare Express serving the same bytes. */
export const accountsTarget: Target = {
  name: 'accounts',
  async prepare(bench) {
    const world = await memberWorld(bench, 'strict');
    const subject = getLoad(bench, 'sim:accounts', 'simulator GET /users/{u}/accounts (25 records)', world.server, world.accounts.path);
    const bare = await bench.bareExpress('bare Express (accounts)', 'GET', world.accounts.path, world.accounts.answer);
    const reference = getLoad(bench, 'bare:accounts', `bare Express, the same accounts bytes (${world.accounts.answer.text.length} B)`, bare.server, world.accounts.path);
    const ceiling = await fixedCeiling(bench, 'large', world.accounts.answer.text, getHeaders('bench'));
    return {
      comparisons: [
        {
          target: 'accounts',
          label: 'GET user accounts, 25 records / bare Express',
          subject,
          reference,
          goal: 0.8,
          ceiling,
          ...(bare.sameBytes ? {} : { note: 'bare Express did not answer the same bytes' }),
        },
      ],
    };
  },
};
