import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Atrium } from '../atrium.js';
import type { Bench } from '../bench.js';
import { fixedCeiling } from '../ceilings.js';
import { getHeaders, getLoad } from '../loads.js';
import type { Comparison, Target } from '../plan.js';
import { ROOT, startSimulator } from '../servers.js';

const MEMBERS = 25;
/** MX's smallest page (docs/pagination.md): a smaller records_per_page is read as 25. */
const SMALLEST_PAGE = 10;
/** MX Bank's 4 accounts with copies of its checking account: one member fills the smallest page. */
const ONE_MEMBER_ACCOUNTS = 12;
/** 25 members may cost at most twice one member, on a page of the same size. */
const GOAL = 0.5;

/** The project's fixtures with an MX Bank of ONE_MEMBER_ACCOUNTS accounts; returns the directory. */
function fixturesWithMoreAccounts(bench: Bench): string {
  const dir = join(bench.tmp, 'user-lists-fixtures');
  cpSync(join(ROOT, 'fixtures'), dir, { recursive: true });
  const file = join(dir, 'mxbank.json');
  const mxbank = JSON.parse(readFileSync(file, 'utf8')) as { accounts: Record<string, unknown>[] };
  const checking = mxbank.accounts[0]!;
  for (let n = mxbank.accounts.length + 1; n <= ONE_MEMBER_ACCOUNTS; n += 1) {
    const number = String(5600 + n);
    mxbank.accounts.push({ ...checking, name: `Test Checking Account ${n}`, account_number: number, full_account_number: `100012345${number}` });
  }
  writeFileSync(file, JSON.stringify(mxbank));
  return dir;
}

/**
 * Target 6: user-level lists (transactions, accounts) of a user with 25 connected members against
 * a user with 1, on pages of the same size, so the ratio is what the members cost.
 */
export const userListsTarget: Target = {
  name: 'user-lists',
  async prepare(bench) {
    bench.log(`setup: simulator whose MX Bank has ${ONE_MEMBER_ACCOUNTS} accounts, with a user of ${MEMBERS} connected members and a user of 1`);
    const server = bench.track(await startSimulator('simulator (user lists)', ['--fixtures-dir', fixturesWithMoreAccounts(bench)]));
    const atrium = new Atrium(server.origin, 'bench');
    const many = await atrium.createUser('many-members');
    for (let i = 0; i < MEMBERS; i += 1) await atrium.createConnectedMember(many, `bench-${i}`);
    const one = await atrium.createUser('one-member');
    await atrium.createConnectedMember(one, 'bench-0');
    const comparisons: Comparison[] = [];
    const compare = async (list: 'transactions' | 'accounts', perPage: number) => {
      const paths = { many: `/users/${many}/${list}?records_per_page=${perPage}`, one: `/users/${one}/${list}?records_per_page=${perPage}` };
      const [manyAnswer, oneAnswer] = [await atrium.expect(200, 'GET', paths.many), await atrium.expect(200, 'GET', paths.one)];
      const total = (answer: typeof manyAnswer) => (answer.body.pagination.total_entries as number).toLocaleString('en-US');
      const [manyPage, onePage] = [manyAnswer.body[list].length as number, oneAnswer.body[list].length as number];
      const pages = manyPage === onePage ? `pages of ${manyPage}` : `pages of ${manyPage} and ${onePage}`;
      const subject = getLoad(bench, `sim:user-${list}:${MEMBERS}:${perPage}`, `simulator GET /users/{u}/${list}, ${MEMBERS} members, ${manyPage} per page`, server, paths.many);
      const reference = getLoad(bench, `sim:user-${list}:1:${perPage}`, `simulator GET /users/{u}/${list}, 1 member, ${onePage} per page`, server, paths.one);
      const ceiling = await fixedCeiling(bench, 'large', manyAnswer.text, getHeaders('bench'));
      comparisons.push({
        target: 'user-lists',
        label: `GET /users/{u}/${list}: ${MEMBERS} members / 1 member`,
        subject,
        reference,
        goal: GOAL,
        ceiling,
        note: `${total(manyAnswer)} vs ${total(oneAnswer)} ${list} (total_entries), ${pages}`,
        ...(manyPage !== onePage ? { failure: `the pages differ (${manyPage} and ${onePage} records), so the ratio would measure bytes, not members` } : {}),
      });
    };
    await compare('transactions', 25);
    // pages of 10 of 12 and of 300 accounts: the same bytes on both sides, so the ratio is what 25 members cost
    await compare('accounts', SMALLEST_PAGE);
    return { comparisons };
  },
};
