import { describe, expect, it } from 'vitest';
import { createTestApp } from './support/test-app.js';

describe('snapshots at the documented limits', () => {
  it('restores and streams back a tenant of 100 users with 25 aggregated members each', async () => {
    const app = createTestApp({ timing: 'instant' });
    const atrium = app.as('at-limits');
    const user = await atrium.createUser({ identifier: 'template' });
    for (let i = 0; i < 25; i += 1) {
      const member = await atrium.createMember(user, 'password', { username: `owner-${i}` });
      await atrium.get(`/users/${user}/members/${member.guid}/status`).expect(200);
    }
    const template = (await atrium.get('/__mock/state').expect(200)).body;
    const userJson = JSON.stringify(template.state.users[user]);
    const users: Record<string, unknown> = {};
    for (let i = 0; i < 100; i += 1) {
      const guid = `USR-${String(i).padStart(8, '0')}-0000-0000-0000-000000000000`;
      users[guid] = JSON.parse(userJson.replaceAll(user, guid).replace('"identifier":"template"', `"identifier":"user-${i}"`));
    }
    const full = { ...template, state: { ...template.state, users, links: {} } };
    expect(JSON.stringify(full).length).toBeGreaterThan(5_000_000);

    expect((await atrium.put('/__mock/state', full).expect(200)).body).toEqual({ restored: true, users: 100 });
    const streamed = await atrium.get('/__mock/state').buffer(true).expect(200);
    expect(streamed.headers['transfer-encoding']).toBe('chunked');
    expect(streamed.headers['content-length']).toBeUndefined();
    expect(streamed.body).toEqual({ ...full, state: { ...full.state, tenant_id: 'at-limits' } });
    // and the tenant answers Atrium reads across all of it
    expect((await atrium.get('/users?records_per_page=100').expect(200)).body.users).toHaveLength(100);
    const last = 'USR-00000099-0000-0000-0000-000000000000';
    expect((await atrium.get(`/users/${last}/members?records_per_page=100`).expect(200)).body.members).toHaveLength(25);
    expect((await atrium.get(`/users/${last}/transactions?records_per_page=1000`).expect(200)).body.pagination.total_entries).toBeGreaterThan(1000);
    await atrium.get('/__mock/health').expect(200);
  }, 120_000);
});
