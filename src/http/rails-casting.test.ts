import type { Document } from 'openapi-backend';
import { describe, expect, it } from 'vitest';
import { RailsCasting, railsBoolean, railsDate } from './rails-casting.js';

describe('railsBoolean reads the spellings Rails casts, in any case', () => {
  it('reads true, t, 1 and on as true, whatever their case (Python and C# send True)', () => {
    for (const word of ['true', 'True', 'TRUE', 't', 'T', '1', 'on', 'On', 'ON', ' true ']) expect(railsBoolean(word)).toBe(true);
  });

  it('reads false, f, 0 and off as false, whatever their case', () => {
    for (const word of ['false', 'False', 'FALSE', 'f', 'F', '0', 'off', 'Off', 'OFF']) expect(railsBoolean(word)).toBe(false);
  });

  it('reads the JSON numbers 1 and 0, and keeps real booleans', () => {
    expect(railsBoolean(1)).toBe(true);
    expect(railsBoolean(0)).toBe(false);
    expect(railsBoolean(true)).toBe(true);
    expect(railsBoolean(false)).toBe(false);
  });

  it('reads a blank value as not given (null), as Rails reads it as nil', () => {
    expect(railsBoolean('')).toBeNull();
    expect(railsBoolean('  ')).toBeNull();
  });

  it('refuses anything else (Rails would have read it as true)', () => {
    for (const value of ['yes', 'no', 'y', 'maybe', '2', 'truee', 2, -1, 0.5]) expect(railsBoolean(value)).toBeUndefined();
    expect(railsBoolean(null)).toBeUndefined();
    expect(railsBoolean({})).toBeUndefined();
  });
});

describe('railsDate reads the date part of dates and date-times, as Date.parse does', () => {
  it('reads ISO dates, with one or two digit months and days', () => {
    expect(railsDate('2019-01-01')).toBe('2019-01-01');
    expect(railsDate('2019-1-2')).toBe('2019-01-02');
    expect(railsDate('20190315')).toBe('2019-03-15');
  });

  it('reads the date-times SDKs and their languages produce, and keeps the date as written', () => {
    const cases: Record<string, string> = {
      '2019-01-01T00:00:00Z': '2019-01-01', // RFC 3339, Go time.RFC3339, Java Instant
      '2019-01-01T00:00:00.000Z': '2019-01-01', // JavaScript toISOString (mx-atrium passes Date through qs)
      '2019-01-01T00:00:00.0000000Z': '2019-01-01', // C# "o"
      '2019-01-01T00:00:00.123456': '2019-01-01', // Python datetime.isoformat, naive
      '2019-01-01T00:00:00+00:00': '2019-01-01', // PHP DateTime::ATOM, Python aware isoformat
      '2019-01-01T00:00:00+0000': '2019-01-01', // PHP DateTime::ISO8601
      '2019-01-01T00:00Z': '2019-01-01', // Java OffsetDateTime without seconds
      '2019-01-01T00:00Z[UTC]': '2019-01-01', // Java ZonedDateTime
      '2019-01-01 00:00:00 UTC': '2019-01-01', // Ruby Time#to_s (UTC)
      '2019-01-01 00:00:00 +0000': '2019-01-01', // Ruby Time#to_s
      '2019-01-01 00:00:00 +0000 UTC': '2019-01-01', // Go Time.String
      '2019-01-01 00:00:00Z': '2019-01-01', // C# "u"
      '2019-01-31T23:30:00-05:00': '2019-01-31', // the date as written, not moved to UTC
      'Tue, 01 Jan 2019 00:00:00 GMT': '2019-01-01', // RFC 1123: JavaScript toUTCString, C# "r"
      '1 Jan 2019': '2019-01-01',
      'Tue, 1 Jan 2019 13:05:00 -0700': '2019-01-01', // RFC 2822
    };
    for (const [text, date] of Object.entries(cases)) expect(railsDate(text), text).toBe(date);
  });

  it('refuses garbage, impossible dates and formats whose day and month are ambiguous', () => {
    for (const text of ['', 'yesterday', '2019-02-30', '2019-13-01', '2019-00-10', '01/02/2019', '2019/01/01', '2019-01-01T', '2019-01-01 garbage here', '32 Jan 2019', '1 Foo 2019', '2019-01-01T25']) {
      expect(railsDate(text), text).toBeUndefined();
    }
  });

  it('refuses very long input without looking at it', () => {
    expect(railsDate(`2019-01-01T00:00:00${' '.repeat(100)}`)).toBeUndefined();
  });

  it('knows leap years', () => {
    expect(railsDate('2020-02-29')).toBe('2020-02-29');
    expect(railsDate('2019-02-29')).toBeUndefined();
  });
});

const document = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        parameters: [
          { $ref: '#/components/parameters/shiny' },
          { name: 'from_date', in: 'query', schema: { type: 'string', format: 'rails-date' } },
          { name: 'page', in: 'query', schema: { type: 'integer' } },
          { name: 'id', in: 'path', schema: { type: 'boolean' } },
        ],
      },
      post: {
        operationId: 'createThing',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingRequest' } } } },
      },
    },
  },
  components: {
    parameters: { shiny: { name: 'shiny', in: 'query', schema: { type: 'boolean' } } },
    schemas: {
      ThingRequest: {
        type: 'object',
        properties: { thing: { $ref: '#/components/schemas/Thing' }, parts: { type: 'array', items: { type: 'object', properties: { spare: { type: 'boolean' } } } } },
      },
      Thing: { type: 'object', properties: { name: { type: 'string' }, is_disabled: { type: 'boolean' }, on: { type: 'string', format: 'rails-date' } } },
    },
  },
} as unknown as Document;

describe('RailsCasting finds the boolean and date fields in the spec and casts them', () => {
  const casting = new RailsCasting(document);

  it('finds query parameters (through $ref) and body properties (nested, in arrays) of type boolean or format rails-date', () => {
    expect(casting.fieldsOf('listThings')).toEqual({ query: ['shiny (boolean)', 'from_date (date)'], body: [] });
    expect(casting.fieldsOf('createThing')).toEqual({ query: [], body: ['thing.is_disabled (boolean)', 'thing.on (date)', 'parts.*.spare (boolean)'] });
  });

  it('casts query values and drops blank ones; other parameters are untouched', () => {
    expect(casting.cast('listThings', { shiny: 'True', from_date: '2019-01-01T00:00:00Z', page: '2' }, undefined)).toEqual({ ok: true, query: { shiny: true, from_date: '2019-01-01', page: '2' }, body: undefined });
    expect(casting.cast('listThings', { shiny: '', from_date: '' }, undefined)).toEqual({ ok: true, query: {}, body: undefined });
  });

  it('casts body fields in a copy, so the request as sent stays as it was', () => {
    const body = { thing: { name: 'a', is_disabled: 'false', on: '2019-03-04 10:00:00 UTC' }, parts: [{ spare: '1' }, { spare: 0 }, {}] };
    const result = casting.cast('createThing', {}, body);
    expect(result).toEqual({ ok: true, query: {}, body: { thing: { name: 'a', is_disabled: false, on: '2019-03-04' }, parts: [{ spare: true }, { spare: false }, {}] } });
    expect(body.thing.is_disabled).toBe('false');
  });

  it('names every value it cannot read, with the accepted spellings', () => {
    expect(casting.cast('listThings', { shiny: 'yes', from_date: 'soon' }, undefined)).toEqual({
      ok: false,
      message:
        'Invalid request: query parameter shiny must be true or false (also t/f, 1/0, on/off, in any case); got "yes"; query parameter from_date must be a date such as 2019-01-01, or a date-time such as 2019-01-01T00:00:00Z whose date is used; got "soon".',
    });
    const body = casting.cast('createThing', {}, { thing: { is_disabled: 'nope' }, parts: [{ spare: 2 }] });
    expect(body).toMatchObject({ ok: false, message: expect.stringContaining('request body thing.is_disabled must be true or false') });
    expect(body).toMatchObject({ message: expect.stringContaining('request body parts[0].spare must be true or false (also t/f, 1/0, on/off, in any case); got 2') });
  });

  it('leaves values of other types (arrays, objects, null) for the schema validator to refuse', () => {
    expect(casting.cast('listThings', { shiny: ['true', 'false'] }, undefined)).toEqual({ ok: true, query: { shiny: ['true', 'false'] }, body: undefined });
    expect(casting.cast('createThing', {}, { thing: { is_disabled: null } })).toEqual({ ok: true, query: {}, body: { thing: { is_disabled: null } } });
    expect(casting.cast('createThing', {}, 'not an object')).toEqual({ ok: true, query: {}, body: 'not an object' });
  });

  it('ignores operations it does not know', () => {
    expect(casting.cast('unknown', { a: 'True' }, { b: 'x' })).toEqual({ ok: true, query: { a: 'True' }, body: { b: 'x' } });
  });
});

describe('RailsCasting over the Atrium spec', () => {
  it('finds the boolean and date fields docs/sdk-compatibility.md lists', async () => {
    const { loadSpec } = await import('./openapi.js');
    const { atriumSpecJsonPath } = await import('../paths.js');
    const spec = loadSpec(atriumSpecJsonPath);
    const casting = new RailsCasting(spec.document);
    const found = Object.fromEntries(
      spec.routes.routes
        .map((route) => [route.operation.operationId!, casting.fieldsOf(route.operation.operationId!)] as const)
        .filter(([, fields]) => fields.query.length + fields.body.length > 0),
    );
    const transactions = { query: ['from_date (date)', 'to_date (date)'], body: [] };
    expect(found).toEqual({
      listInstitutions: { query: ['supports_account_identification (boolean)', 'supports_account_statement (boolean)', 'supports_account_verification (boolean)', 'supports_transaction_history (boolean)'], body: [] },
      readOAuthWindowURI: { query: ['skip_aggregation (boolean)'], body: [] },
      createUser: { query: [], body: ['user.is_disabled (boolean)'] },
      updateUser: { query: [], body: ['user.is_disabled (boolean)'] },
      createMember: { query: [], body: ['member.skip_aggregation (boolean)', 'member.is_oauth (boolean)'] },
      updateMember: { query: [], body: ['member.background_aggregation_is_disabled (boolean)'] },
      identifyMember: { query: [], body: ['include_transactions (boolean)', 'member.include_transactions (boolean)'] },
      verifyMember: { query: [], body: ['include_transactions (boolean)', 'member.include_transactions (boolean)'] },
      getConnectWidget: { query: [], body: ['disable_institution_search (boolean)', 'include_transactions (boolean)', 'is_mobile_webview (boolean)', 'update_credentials (boolean)', 'wait_for_full_aggregation (boolean)'] },
      listMemberTransactions: transactions,
      listAccountTransactions: transactions,
      listUserTransactions: transactions,
    });
  });
});
