import { describe, expect, it } from 'vitest';
import { MXBANK_PASSWORD, MXBANK_USERNAME, createTestApp } from './support/test-app.js';

describe('institutions', () => {
  it('lists only institutions that support identification when asked', async () => {
    const atrium = createTestApp().as();
    const all = await atrium.get('/institutions?records_per_page=100').expect(200);
    const identifying = await atrium.get('/institutions?supports_account_identification=true&records_per_page=100').expect(200);
    expect(all.body.institutions.length).toBeGreaterThanOrEqual(15);
    expect(identifying.body.institutions.length).toBeGreaterThan(0);
    expect(identifying.body.institutions.length).toBeLessThan(all.body.institutions.length);
    expect(identifying.body.institutions.every((institution: { supports_account_identification: boolean }) => institution.supports_account_identification)).toBe(true);
    expect(identifying.body.pagination.total_entries).toBe(identifying.body.institutions.length);
  });

  it('lists institutions without identification when the filter is false', async () => {
    const atrium = createTestApp().as();
    const response = await atrium.get('/institutions?supports_account_identification=false&records_per_page=100').expect(200);
    expect(response.body.institutions.length).toBeGreaterThan(0);
    expect(response.body.institutions.every((institution: { supports_account_identification: boolean }) => !institution.supports_account_identification)).toBe(true);
  });

  it('filters by name substring, case-insensitively, and by the other feature flags together', async () => {
    const atrium = createTestApp().as();
    const byName = await atrium.get('/institutions?name=mx%20bank').expect(200);
    expect(byName.body.institutions.map((institution: { code: string }) => institution.code).sort()).toEqual(['mx_bank_oauth', 'mxbank']);
    const combined = await atrium
      .get('/institutions?supports_account_verification=true&supports_transaction_history=true&supports_account_statement=true&records_per_page=100')
      .expect(200);
    for (const institution of combined.body.institutions) {
      expect(institution).toMatchObject({ supports_account_verification: true, supports_transaction_history: true, supports_account_statement: true });
    }
  });

  it('refuses a non-boolean feature filter with 400', async () => {
    const atrium = createTestApp().as();
    const response = await atrium.get('/institutions?supports_account_identification=maybe').expect(400);
    expect(response.body.error.message).toContain('query parameter supports_account_identification');
  });

  it('reads MX Bank and its documented credential guids', async () => {
    const atrium = createTestApp().as();
    const institution = await atrium.get('/institutions/mxbank').expect(200);
    expect(institution.body.institution).toMatchObject({ code: 'mxbank', name: 'MX Bank', supports_account_identification: true, supports_oauth: false });
    const credentials = await atrium.get('/institutions/mxbank/credentials').expect(200);
    expect(credentials.body.credentials).toEqual([
      { display_order: 0, field_name: 'LOGIN', guid: MXBANK_USERNAME, label: 'Username', type: 'LOGIN' },
      { display_order: 1, field_name: 'PASSWORD', guid: MXBANK_PASSWORD, label: 'Password', type: 'PASSWORD' },
    ]);
  });

  it('offers at least one OAuth institution', async () => {
    const atrium = createTestApp().as();
    const response = await atrium.get('/institutions?records_per_page=100').expect(200);
    expect(response.body.institutions.some((institution: { supports_oauth: boolean }) => institution.supports_oauth)).toBe(true);
  });

  it('answers 404 with an MX error body for an unknown institution code', async () => {
    const atrium = createTestApp().as();
    const response = await atrium.get('/institutions/no_such_bank/credentials').expect(404);
    expect(response.body).toEqual({ error: { message: 'We were unable to find the record you requested: institution "no_such_bank".' } });
  });
});
