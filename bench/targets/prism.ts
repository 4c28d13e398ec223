import { Atrium, atriumHeaders } from '../atrium.js';
import { fixedCeiling, postCeiling } from '../ceilings.js';
import { getHeaders, getLoad } from '../loads.js';
import type { Comparison, Target } from '../plan.js';
import { ensurePrism, startPrism } from '../prism.js';
import { memberWorld } from '../worlds/member-world.js';
import { statusLoads } from './status.js';
import { postWorld } from '../worlds/post-world.js';

/** Target 4: the same requests against Prism mocking src/spec/atrium.openapi.yml. */
export const prismTarget: Target = {
  name: 'prism',
  async prepare(bench) {
    const cli = ensurePrism((message) => bench.log(message));
    if (!cli) {
      return { rows: [{ target: 'prism', label: 'GET member status / Prism', measured: 'n/a: Prism could not be installed (npm ci in bench/prism)', goal: '>= 5.00x', verdict: 'n/a' }] };
    }
    bench.log('setup: Prism mocking src/spec/atrium.openapi.yml');
    const [world, posts, prism] = await Promise.all([memberWorld(bench, 'strict'), postWorld(bench, 'memory'), startPrism(cli).then((server) => bench.track(server))]);
    const atPrism = new Atrium(prism.origin, 'bench');
    for (const path of [world.status.path, world.accounts.path]) await atPrism.expect(200, 'GET', path);
    await atPrism.expect(200, 'POST', '/users', { user: { identifier: 'prism-check' } });

    const { subject: simStatus, reference: bareStatus } = await statusLoads(bench, world);
    const simAccounts = getLoad(bench, 'sim:accounts', 'simulator GET /users/{u}/accounts (25 records)', world.server, world.accounts.path);
    const prismStatus = getLoad(bench, 'prism:status', 'Prism GET .../status (its example)', prism, world.status.path);
    const prismAccounts = getLoad(bench, 'prism:accounts', 'Prism GET /users/{u}/accounts (its example)', prism, world.accounts.path);
    const prismPost = bench.addLoad({
      key: 'prism:post-users',
      label: 'Prism POST /users (same script)',
      server: prism,
      request: { kind: 'post-users', path: '/users', headers: atriumHeaders('post-0'), tenantPrefix: 'post-', tenants: 1000, tag: 'prism' },
    });
    const small = await fixedCeiling(bench, 'small', world.status.answer.text, getHeaders('bench'));
    const large = await fixedCeiling(bench, 'large', world.accounts.answer.text, getHeaders('bench'));
    const post = await postCeiling(bench, posts.sample.text, atriumHeaders('post-0'));
    const comparisons: Comparison[] = [
      { target: 'prism', label: 'GET member status / Prism', subject: simStatus, reference: prismStatus, goal: 5, ceiling: small },
      { target: 'prism', label: 'GET user accounts / Prism', subject: simAccounts, reference: prismAccounts, goal: null, ceiling: large, note: 'Prism answers its one-record example' },
      { target: 'prism', label: 'POST /users / Prism', subject: posts.load, reference: prismPost, goal: null, ceiling: post },
    ];
    comparisons.push({ target: 'prism', label: 'bare Express status / Prism', subject: bareStatus, reference: prismStatus, goal: null, ceiling: small });
    return { comparisons };
  },
};
