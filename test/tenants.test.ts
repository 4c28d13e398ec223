import { describe, expect, it } from 'vitest';
import { createTestApp } from './support/test-app.js';

describe('tenants (MX-Client-ID)', () => {
  it('never shows one client the users or members of another', async () => {
    const app = createTestApp();
    const alice = app.as('client-alice');
    const bob = app.as('client-bob');
    const user = await alice.createUser({ identifier: 'shared-identifier' });
    const member = await alice.createMember(user);
    expect((await bob.get('/users').expect(200)).body.users).toEqual([]);
    await bob.get(`/users/${user}`).expect(404);
    await bob.get(`/users/${user}/members/${member.guid}/status`).expect(404);
    await bob.createUser({ identifier: 'shared-identifier' });
    expect((await alice.get('/users').expect(200)).body.users).toHaveLength(1);
  });

  it('gives each client its own deterministic ids, whatever the other clients do', async () => {
    const quiet = createTestApp().as('client-x');
    const quietGuid = await quiet.createUser({ identifier: 'a' });
    const busyApp = createTestApp();
    await busyApp.as('client-y').createUser({ identifier: 'b' });
    const busyGuid = await busyApp.as('client-x').createUser({ identifier: 'a' });
    expect(busyGuid).toBe(quietGuid);
  });
});
