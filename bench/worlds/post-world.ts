import { join } from 'node:path';
import { Atrium, atriumHeaders, inParallel, type Answer } from '../atrium.js';
import type { Bench } from '../bench.js';
import { startSimulator, type Server } from '../servers.js';

/**
 * Tenants the create-user script rotates over. Each is touched once at setup, so the load
 * measures creating users, not creating tenants (a first request to a tenant builds its world).
 */
export const POST_TENANTS = 1000;

export interface PostWorld {
  server: Server;
  load: string;
  /** A sample POST /users answer, what bare Express answers. */
  sample: Answer;
}

/**
 * A simulator for POST /users, in memory or with --state-file. --max-users is raised so that
 * however fast the code gets, no tenant ever reaches its limit during the bench; with 1,000
 * tenants each still holds only tens of users.
 */
export function postWorld(bench: Bench, storage: 'memory' | 'state-file'): Promise<PostWorld> {
  return bench.shared(`post-world:${storage}`, async () => {
    bench.log(`setup: simulator for POST /users (${storage === 'memory' ? 'in memory' : '--state-file'}), ${POST_TENANTS} tenants`);
    const flags = ['--max-users', '1000000', ...(storage === 'state-file' ? ['--state-file', join(bench.tmp, `post-users-state`)] : [])];
    const server = bench.track(await startSimulator(`simulator POST /users (${storage})`, flags));
    const prefix = 'post-';
    await inParallel(Array.from({ length: POST_TENANTS }, (_, i) => i), 8, (i) => new Atrium(server.origin, `${prefix}${i}`).expect(200, 'GET', '/users'));
    const sample = await new Atrium(server.origin, 'post-sample').expect(200, 'POST', '/users', { user: { identifier: 'bench-sample' } });
    const load = bench.addLoad({
      key: `sim-post-users:${storage}`,
      label: `simulator POST /users (${storage === 'memory' ? 'in memory' : '--state-file'})`,
      server,
      request: { kind: 'post-users', path: '/users', headers: atriumHeaders('post-0'), tenantPrefix: prefix, tenants: POST_TENANTS, tag: 'bench' },
    });
    return { server, load, sample };
  });
}
