/**
 * Out-of-range pages and page sizes, as MX documents records_per_page ("Defaults to 25. The valid
 * range is from 10 to 100 [1000 on most lists]. If the value exceeds 100 [1000], the default value
 * of 25 will be used instead.", docs.mx.com Platform API reference) and as docs/pagination.md
 * describes what MX leaves open. Never an error.
 */
import { describe, expect, it } from 'vitest';
import { createTestApp, type AtriumAgent } from './support/test-app.js';

const perPage = async (atrium: AtriumAgent, path: string, size: string) =>
  (await atrium.get(`${path}${path.includes('?') ? '&' : '?'}records_per_page=${size}`).expect(200)).body.pagination.per_page as number;

describe('page sizes and pages out of range', () => {
  it('uses records_per_page from 10 to 1000 on lists such as users, members, accounts and transactions', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    for (const path of ['/users', `/users/${user}/members`, `/users/${user}/accounts`, `/users/${user}/transactions`, '/merchants']) {
      expect(await perPage(atrium, path, '10'), path).toBe(10);
      expect(await perPage(atrium, path, '1000'), path).toBe(1000);
    }
  });

  it('reads a page size above 1000 as the default 25, as MX documents', async () => {
    const atrium = createTestApp().as();
    expect(await perPage(atrium, '/users', '1001')).toBe(25);
    expect(await perPage(atrium, '/users', '99999999999')).toBe(25);
  });

  it('reads a page size below 10 (0, negative, 1 to 9) as the default 25 too', async () => {
    const atrium = createTestApp().as();
    for (const size of ['0', '-5', '1', '9']) expect(await perPage(atrium, '/users', size), size).toBe(25);
  });

  it('takes 10 to 100 institutions per page, and reads more as 25', async () => {
    const atrium = createTestApp().as();
    expect(await perPage(atrium, '/institutions', '100')).toBe(100);
    expect(await perPage(atrium, '/institutions', '101')).toBe(25);
    expect(await perPage(atrium, '/institutions', '1000')).toBe(25);
    expect(await perPage(atrium, '/institutions', '5')).toBe(25);
  });

  it('reads page 0 and negative pages as page 1, and answers a page past the last one with an empty list', async () => {
    const atrium = createTestApp().as();
    for (let i = 0; i < 3; i += 1) await atrium.createUser({ identifier: `p${i}` });
    const first = (await atrium.get('/users').expect(200)).body;
    expect((await atrium.get('/users?page=0').expect(200)).body).toEqual(first);
    expect((await atrium.get('/users?page=-1').expect(200)).body).toEqual(first);
    expect((await atrium.get('/users?page=7&records_per_page=10').expect(200)).body).toEqual({ users: [], pagination: { current_page: 7, per_page: 10, total_entries: 3, total_pages: 1 } });
  });

  it('still answers 400 for a page or page size that is not a whole number', async () => {
    const atrium = createTestApp().as();
    for (const query of ['page=two', 'records_per_page=2.5', 'records_per_page=']) {
      const refused = await atrium.get(`/users?${query}`).expect(400);
      expect(refused.body.error.message, query).toMatch(/query parameter (page|records_per_page) must be integer/);
    }
  });
});
