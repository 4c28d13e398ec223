import { Atrium, type Answer } from '../atrium.js';
import type { Bench } from '../bench.js';
import { startSimulator, type Server } from '../servers.js';

/** MX Bank gives a member 4 accounts: 7 members make 28, so a page of 25 is full. */
const MEMBERS_FOR_25_ACCOUNTS = 7;

export interface MemberWorld {
  server: Server;
  atrium: Atrium;
  user: string;
  member: string;
  status: { path: string; answer: Answer };
  accounts: { path: string; answer: Answer };
}

/**
 * A simulator (response validation `mode`) with one user whose 7 connected MX Bank members
 * have 28 accounts; `status` is the first member's (CONNECTED, job done). Targets that name the
 * same `owner` share the simulator.
 */
export function memberWorld(bench: Bench, mode: 'strict' | 'off', owner = 'shared'): Promise<MemberWorld> {
  return bench.shared(`member-world:${owner}:${mode}`, async () => {
    bench.log(`setup: simulator with --response-validation ${mode} (${owner}), a user with ${MEMBERS_FOR_25_ACCOUNTS} connected members`);
    const server = bench.track(await startSimulator(`simulator (validation ${mode}, ${owner})`, ['--response-validation', mode]));
    const atrium = new Atrium(server.origin, 'bench');
    const user = await atrium.createUser('bench-user');
    const members: string[] = [];
    for (let i = 0; i < MEMBERS_FOR_25_ACCOUNTS; i += 1) members.push(await atrium.createConnectedMember(user, `bench-${i}`));
    const member = members[0]!;
    const statusPath = `/users/${user}/members/${member}/status`;
    const accountsPath = `/users/${user}/accounts?records_per_page=25`;
    const status = await atrium.expect(200, 'GET', statusPath);
    const accounts = await atrium.expect(200, 'GET', accountsPath);
    if (accounts.body.accounts.length !== 25) throw new Error(`expected a page of 25 accounts, got ${accounts.body.accounts.length}`);
    return { server, atrium, user, member, status: { path: statusPath, answer: status }, accounts: { path: accountsPath, answer: accounts } };
  });
}
