/**
 * Booleans and dates as vestibule (Rails) read them: the SDKs send `True` (Python, C#), `1` and
 * an empty value for false (PHP), and users pass date-times to from_date/to_date. The boolean and
 * date fields come from the spec (src/http/rails-casting.ts), so every operation reads them alike.
 */
import { describe, expect, it } from 'vitest';
import { MXBANK_PASSWORD, MXBANK_USERNAME, createTestApp } from './support/test-app.js';
import { connectedMember } from './support/data.js';

const codes = (body: { institutions: { code: string }[] }) => body.institutions.map((institution) => institution.code);

describe('boolean query parameters are read as Rails casts them', () => {
  it('reads True, t, 1 and on like true, and False, f, 0 and off like false, in any case', async () => {
    const atrium = createTestApp().as();
    const yes = codes((await atrium.get('/institutions?supports_account_identification=true&records_per_page=100').expect(200)).body);
    const no = codes((await atrium.get('/institutions?supports_account_identification=false&records_per_page=100').expect(200)).body);
    expect(yes).toContain('mxbank');
    expect(no).not.toContain('mxbank');
    for (const spelling of ['True', 'TRUE', 't', 'T', '1', 'on', 'ON']) {
      expect(codes((await atrium.get(`/institutions?supports_account_identification=${spelling}&records_per_page=100`).expect(200)).body), spelling).toEqual(yes);
    }
    for (const spelling of ['False', 'FALSE', 'f', '0', 'off', 'Off']) {
      expect(codes((await atrium.get(`/institutions?supports_account_identification=${spelling}&records_per_page=100`).expect(200)).body), spelling).toEqual(no);
    }
  });

  it('reads a blank value as not given, as Rails reads it as nil (the PHP SDK sends false that way)', async () => {
    const atrium = createTestApp().as();
    const unfiltered = (await atrium.get('/institutions?records_per_page=100').expect(200)).body;
    const blank = (await atrium.get('/institutions?supports_account_identification=&records_per_page=100').expect(200)).body;
    expect(codes(blank)).toEqual(codes(unfiltered));
  });

  it('answers 400 naming the accepted spellings for anything else', async () => {
    const atrium = createTestApp().as();
    const refused = await atrium.get('/institutions?supports_account_identification=yes').expect(400);
    expect(refused.body).toEqual({
      error: { message: 'Invalid request: query parameter supports_account_identification must be true or false (also t/f, 1/0, on/off, in any case); got "yes".' },
    });
  });

  it('reads the skip_aggregation query parameter of oauth_window_uri the same way', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    const member = (await atrium.post(`/users/${user}/members`, { member: { institution_code: 'mx_bank_oauth', is_oauth: true } }).expect(202)).body.member.guid;
    await atrium.get(`/users/${user}/members/${member}/oauth_window_uri?skip_aggregation=True`).expect(200);
    const refused = await atrium.get(`/users/${user}/members/${member}/oauth_window_uri?skip_aggregation=sometimes`).expect(400);
    expect(refused.body.error.message).toContain('query parameter skip_aggregation must be true or false');
  });
});

describe('boolean body fields are read as Rails casts them', () => {
  it('creates a member with skip_aggregation "true" or "1" without aggregating it', async () => {
    const atrium = createTestApp().as();
    const user = await atrium.createUser();
    for (const [username, skip] of [['first', 'true'], ['second', '1'], ['third', 'On']] as const) {
      const created = await atrium
        .post(`/users/${user}/members`, {
          member: { institution_code: 'mxbank', skip_aggregation: skip, credentials: [{ guid: MXBANK_USERNAME, value: username }, { guid: MXBANK_PASSWORD, value: 'password' }] },
        })
        .expect(202);
      expect(created.body.member, skip).toMatchObject({ connection_status: 'CREATED', is_being_aggregated: false });
    }
    const aggregating = await atrium
      .post(`/users/${user}/members`, {
        member: { institution_code: 'mxbank', skip_aggregation: 'false', credentials: [{ guid: MXBANK_USERNAME, value: 'fourth' }, { guid: MXBANK_PASSWORD, value: 'password' }] },
      })
      .expect(202);
    expect(aggregating.body.member).toMatchObject({ is_being_aggregated: true });
  });

  it('reads user.is_disabled "false" and "True" (the docs type it as a string) and the numbers 0 and 1', async () => {
    const atrium = createTestApp().as();
    const created = await atrium.post('/users', { user: { identifier: 'docs-reader', is_disabled: 'false' } }).expect(200);
    expect(created.body.user.is_disabled).toBe(false);
    const guid = created.body.user.guid as string;
    expect((await atrium.put(`/users/${guid}`, { user: { is_disabled: 'True' } }).expect(200)).body.user.is_disabled).toBe(true);
    expect((await atrium.put(`/users/${guid}`, { user: { is_disabled: 0 } }).expect(200)).body.user.is_disabled).toBe(false);
    expect((await atrium.put(`/users/${guid}`, { user: { is_disabled: 1 } }).expect(200)).body.user.is_disabled).toBe(true);
  });

  it('answers 400 naming the field and the accepted spellings for anything else, and still refuses other types', async () => {
    const atrium = createTestApp().as();
    const word = await atrium.post('/users', { user: { identifier: 'x', is_disabled: 'nope' } }).expect(400);
    expect(word.body.error.message).toBe('Invalid request: request body user.is_disabled must be true or false (also t/f, 1/0, on/off, in any case); got "nope".');
    const number = await atrium.post('/users', { user: { identifier: 'x', is_disabled: 2 } }).expect(400);
    expect(number.body.error.message).toContain('request body user.is_disabled must be true or false');
    const list = await atrium.post('/users', { user: { identifier: 'x', is_disabled: [true] } }).expect(400);
    expect(list.body.error.message).toContain('request body user.is_disabled must be boolean');
  });
});

describe('from_date and to_date read date-times as Rails Date.parse does, using the date as written', () => {
  it('answers a date-time exactly like its date', async () => {
    const atrium = createTestApp().as();
    const { user } = await connectedMember(atrium);
    const byDate = (await atrium.get(`/users/${user}/transactions?from_date=2025-12-01&to_date=2025-12-31&records_per_page=1000`).expect(200)).body;
    expect(byDate.transactions.length).toBeGreaterThan(0);
    for (const [from, to] of [
      ['2025-12-01T00:00:00Z', '2025-12-31T00:00:00Z'],
      ['2025-12-01T00:00:00.000Z', '2025-12-31T23:59:59.999Z'],
      ['2025-12-01T00:00:00%2B00:00', '2025-12-31T00:00:00-05:00'],
      ['2025-12-01%2000:00:00%20UTC', '2025-12-31%2000:00:00%20%2B0000'],
      ['20251201', 'Wed,%2031%20Dec%202025%2000:00:00%20GMT'],
    ]) {
      const byDateTime = (await atrium.get(`/users/${user}/transactions?from_date=${from}&to_date=${to}&records_per_page=1000`).expect(200)).body;
      expect(byDateTime, `${from} .. ${to}`).toEqual(byDate);
    }
  });

  it('uses the date part as written, without moving it to UTC', async () => {
    const atrium = createTestApp().as();
    const { user } = await connectedMember(atrium);
    const day = (await atrium.get(`/users/${user}/transactions?from_date=2025-12-15&to_date=2025-12-15`).expect(200)).body;
    const late = (await atrium.get(`/users/${user}/transactions?from_date=2025-12-15T23:30:00-08:00&to_date=2025-12-15T23:30:00-08:00`).expect(200)).body;
    expect(late).toEqual(day);
  });

  it('answers 400 for garbage and impossible dates, naming the parameter and what it takes', async () => {
    const atrium = createTestApp().as();
    const { user } = await connectedMember(atrium);
    const garbage = await atrium.get(`/users/${user}/transactions?from_date=yesterday`).expect(400);
    expect(garbage.body.error.message).toBe(
      'Invalid request: query parameter from_date must be a date such as 2019-01-01, or a date-time such as 2019-01-01T00:00:00Z whose date is used; got "yesterday".',
    );
    const impossible = await atrium.get(`/users/${user}/accounts/x/transactions?to_date=2019-02-30T00:00:00Z`).expect(400);
    expect(impossible.body.error.message).toContain('query parameter to_date must be a date');
  });
});
