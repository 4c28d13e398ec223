import { Atrium } from '../atrium.js';
import { fixedCeiling } from '../ceilings.js';
import { getHeaders, getLoad } from '../loads.js';
import type { Comparison, Target } from '../plan.js';
import { startSimulator } from '../servers.js';

const MEMBERS = 25;

/** Target 6: user-level lists (transactions, accounts) of a user with 25 connected members against a user with 1. */
export const userListsTarget: Target = {
  name: 'user-lists',
  async prepare(bench) {
    bench.log(`setup: simulator with a user of ${MEMBERS} connected members and a user of 1`);
    const server = bench.track(await startSimulator('simulator (user lists)'));
    const atrium = new Atrium(server.origin, 'bench');
    const many = await atrium.createUser('many-members');
    for (let i = 0; i < MEMBERS; i += 1) await atrium.createConnectedMember(many, `bench-${i}`);
    const one = await atrium.createUser('one-member');
    await atrium.createConnectedMember(one, 'bench-0');
    const comparisons: Comparison[] = [];
    for (const list of ['transactions', 'accounts'] as const) {
      const paths = { many: `/users/${many}/${list}?records_per_page=25`, one: `/users/${one}/${list}?records_per_page=25` };
      const [manyAnswer, oneAnswer] = [await atrium.expect(200, 'GET', paths.many), await atrium.expect(200, 'GET', paths.one)];
      const total = (answer: typeof manyAnswer) => (answer.body.pagination.total_entries as number).toLocaleString('en-US');
      const subject = getLoad(bench, `sim:user-${list}:${MEMBERS}`, `simulator GET /users/{u}/${list}, ${MEMBERS} members`, server, paths.many);
      const reference = getLoad(bench, `sim:user-${list}:1`, `simulator GET /users/{u}/${list}, 1 member`, server, paths.one);
      const ceiling = await fixedCeiling(bench, 'large', manyAnswer.text, getHeaders('bench'));
      comparisons.push({
        target: 'user-lists',
        label: `GET /users/{u}/${list}: ${MEMBERS} members / 1 member`,
        subject,
        reference,
        goal: 0.5,
        ceiling,
        note: `${total(manyAnswer)} vs ${total(oneAnswer)} ${list} (total_entries), pages of ${manyAnswer.body[list].length} and ${oneAnswer.body[list].length}`,
      });
    }
    return { comparisons };
  },
};
