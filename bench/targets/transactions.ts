import { Atrium } from '../atrium.js';
import { fixedCeiling } from '../ceilings.js';
import { getHeaders, getLoad } from '../loads.js';
import type { Target } from '../plan.js';
import { startSimulator } from '../servers.js';

/**
 * Target 5: a page of 25 transactions after extend_history (24 months), against bare Express
 * serving the same bytes. The goal "at most 2x bare Express's latency" is judged as a
 * throughput ratio >= 0.5 (at a fixed number of connections, latency is its inverse).
 */
export const transactionsTarget: Target = {
  name: 'transactions',
  async prepare(bench) {
    bench.log('setup: simulator with an MX Bank member after extend_history');
    const server = bench.track(await startSimulator('simulator (transactions)'));
    const atrium = new Atrium(server.origin, 'bench');
    const user = await atrium.createUser('bench-user');
    const member = await atrium.createConnectedMember(user);
    await atrium.extendHistory(user, member);
    const now = new Date((await atrium.expect(200, 'GET', '/__mock/clock')).body.now as string);
    const from = new Date(Date.UTC(now.getUTCFullYear() - 2, now.getUTCMonth(), now.getUTCDate())).toISOString().slice(0, 10);
    const path = `/users/${user}/members/${member}/transactions?from_date=${from}&records_per_page=25`;
    const answer = await atrium.expect(200, 'GET', path);
    const history = answer.body.pagination.total_entries as number;
    if (answer.body.transactions.length !== 25) throw new Error(`expected a page of 25 transactions, got ${answer.body.transactions.length}`);
    const subject = getLoad(bench, 'sim:transactions', 'simulator GET .../members/{m}/transactions (2 years, page of 25)', server, path);
    const bare = await bench.bareExpress('bare Express (transactions)', 'GET', path, answer);
    const reference = getLoad(bench, 'bare:transactions', `bare Express, the same transactions bytes (${answer.text.length} B)`, bare.server, path);
    const ceiling = await fixedCeiling(bench, 'large', answer.text, getHeaders('bench'));
    return {
      comparisons: [
        {
          target: 'transactions',
          label: 'GET member transactions after extend_history / bare Express',
          subject,
          reference,
          goal: 0.5,
          ceiling,
          note: `history: ${history.toLocaleString('en-US')} transactions (total_entries) since ${from}${bare.sameBytes ? '' : '; bare Express did not answer the same bytes'}`,
        },
      ],
    };
  },
};
