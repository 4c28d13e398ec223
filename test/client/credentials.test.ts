import { describe, expect, it } from 'vitest';
import { CredentialsMappingError, mapCredentials, type InstitutionCredential } from '../../src/client/index.js';

const field = (guid: string, field_name: string, label: string, type: InstitutionCredential['type'], display_order: number): InstitutionCredential => ({
  guid,
  field_name,
  label,
  type,
  display_order,
});

// The credential fields of two institutions of fixtures/institutions.json.
const bankOfAmerica = [field('CRD-1', 'LOGIN', 'Online ID', 'LOGIN', 0), field('CRD-2', 'PASSWORD', 'Passcode', 'PASSWORD', 1)];
const usBank = [field('CRD-3', 'LOGIN', 'Personal ID', 'LOGIN', 0), field('CRD-4', 'PASSWORD', 'Password', 'PASSWORD', 1), field('CRD-5', 'PIN', 'Security PIN', 'PASSWORD', 2)];

describe('mapCredentials', () => {
  it('maps username and password onto the LOGIN and PASSWORD fields, in the institution order', () => {
    expect(mapCredentials('bank_of_america', bankOfAmerica, { password: 'p', username: 'u' })).toEqual([
      { guid: 'CRD-1', value: 'u' },
      { guid: 'CRD-2', value: 'p' },
    ]);
  });

  it('matches field_name, label, guid and type regardless of case and punctuation', () => {
    expect(mapCredentials('bank_of_america', bankOfAmerica, { 'online-id': 'u', passcode: 'p' })).toEqual([
      { guid: 'CRD-1', value: 'u' },
      { guid: 'CRD-2', value: 'p' },
    ]);
    expect(mapCredentials('us_bank', usBank, { login: 'u', 'CRD-4': 'p', 'security pin': '1234' })).toEqual([
      { guid: 'CRD-3', value: 'u' },
      { guid: 'CRD-4', value: 'p' },
      { guid: 'CRD-5', value: '1234' },
    ]);
  });

  it('prefers the field_name over the type, so password is the PASSWORD field even with a PIN of type PASSWORD', () => {
    expect(mapCredentials('us_bank', usBank, { username: 'u', password: 'p', pin: '1' })[1]).toEqual({ guid: 'CRD-4', value: 'p' });
  });

  it('names the missing fields', () => {
    expect(() => mapCredentials('us_bank', usBank, { username: 'u', password: 'p' })).toThrow(new CredentialsMappingError('us_bank also needs PIN ("Security PIN").'));
  });

  it('refuses a name that could mean two fields, and a field given twice', () => {
    const twoLogins = [field('CRD-6', 'LOGIN', 'User ID', 'LOGIN', 0), field('CRD-7', 'LOGIN_EMAIL', 'Email', 'LOGIN', 1)];
    expect(() => mapCredentials('x', twoLogins, { username: 'u' })).toThrow('"username" could mean more than one credential of x');
    expect(() => mapCredentials('bank_of_america', bankOfAmerica, { username: 'u', login: 'v', password: 'p' })).toThrow('LOGIN ("Online ID") of bank_of_america was given twice.');
  });

  it('sends explicit [{ guid, value }] as given', () => {
    expect(mapCredentials('bank_of_america', bankOfAmerica, [{ guid: 'CRD-2', value: 'p' }])).toEqual([{ guid: 'CRD-2', value: 'p' }]);
  });
});
