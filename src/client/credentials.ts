/**
 * Turns a caller's credentials (`{ username: 'x', password: 'y' }`) into Atrium's
 * `[{ guid, value }]` for one institution, using the institution's credential fields.
 */
import type { CredentialRequest, InstitutionCredential } from './types.js';

/**
 * Either values by name, matched against each institution credential's guid, `field_name`,
 * `label` or `type` (case, spaces and punctuation ignored; `username`/`login`/`user_id` also
 * name the LOGIN field and `password` the PASSWORD field), or Atrium's own `[{ guid, value }]`,
 * sent as given.
 */
export type CredentialsInput = Readonly<Record<string, string>> | readonly CredentialRequest[];

export class CredentialsMappingError extends Error {
  override name = 'CredentialsMappingError';
}

const ALIASES: Record<string, string[]> = {
  LOGIN: ['username', 'login', 'user', 'userid', 'loginid'],
  PASSWORD: ['password', 'pass', 'passcode'],
};

const normalize = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Ways to name a field, most specific first: a key is matched at the first tier where it matches anything. */
function tiers(field: InstitutionCredential): string[][] {
  return [[field.guid], [field.field_name], [field.label], [field.type], ALIASES[field.type] ?? []].map((names) => names.map(normalize));
}

function describe(field: InstitutionCredential): string {
  return field.label === field.field_name ? field.field_name : `${field.field_name} ("${field.label}")`;
}

export function mapCredentials(institutionCode: string, fields: readonly InstitutionCredential[], input: CredentialsInput): CredentialRequest[] {
  if (Array.isArray(input)) return input.map(({ guid, value }) => ({ guid, value }));
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(input as Record<string, string>)) {
    const wanted = normalize(key);
    let matches: InstitutionCredential[] = [];
    for (let tier = 0; tier < 5 && matches.length === 0; tier += 1) {
      matches = fields.filter((field) => tiers(field)[tier]!.includes(wanted));
    }
    if (matches.length !== 1) {
      const known = fields.map(describe).join(', ');
      throw new CredentialsMappingError(
        matches.length === 0
          ? `"${key}" is not a credential of ${institutionCode}; its credentials are ${known}.`
          : `"${key}" could mean more than one credential of ${institutionCode} (${matches.map(describe).join(', ')}); use the field_name or guid.`,
      );
    }
    const field = matches[0]!;
    if (values.has(field.guid)) throw new CredentialsMappingError(`${describe(field)} of ${institutionCode} was given twice.`);
    values.set(field.guid, value);
  }
  const missing = fields.filter((field) => !values.has(field.guid));
  if (missing.length > 0) {
    throw new CredentialsMappingError(`${institutionCode} also needs ${missing.map(describe).join(', ')}.`);
  }
  return fields.map((field) => ({ guid: field.guid, value: values.get(field.guid)! }));
}
