import { join } from 'node:path';
import { z } from 'zod';
import { compareNames } from '../factories/compare.js';
import { readFixture } from '../factories/data-sets.js';
import type { Credential, Institution } from '../spec/wire.js';
import { notFound } from './errors.js';
import { MAX_INSTITUTIONS_PER_PAGE, paginate, type PageQuery } from './pagination.js';

// built on first use (z.lazy): a start that recalls the checked institutions.json builds neither
const credentialSchema = z.lazy(() =>
  z.strictObject({
    display_order: z.int().min(0),
    field_name: z.string().min(1),
    guid: z.string().regex(/^CRD-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
    label: z.string().min(1),
    type: z.enum(['LOGIN', 'PASSWORD', 'TEXT', 'OPTIONS']),
    options: z.array(z.strictObject({ label: z.string(), value: z.string() })).min(1).optional(),
  }),
);

export const ACCOUNT_PROFILES = ['retail_bank', 'online_bank', 'credit_union', 'card_issuer', 'brokerage', 'mortgage_lender'] as const;
export type AccountProfile = (typeof ACCOUNT_PROFILES)[number];

const institutionSchema = z.lazy(() =>
  z.strictObject({
    code: z.string().regex(/^[a-z0-9_]+$/),
    name: z.string().min(1),
    url: z.string().nullable(),
    small_logo_url: z.string().nullable(),
    medium_logo_url: z.string().nullable(),
    supports_account_identification: z.boolean(),
    supports_account_statement: z.boolean(),
    supports_account_verification: z.boolean(),
    supports_oauth: z.boolean(),
    supports_transaction_history: z.boolean(),
    credentials: z.array(credentialSchema),
    /** Minimum seconds between standard aggregations (MX default 3 h; none for mxbank). */
    aggregation_throttle_seconds: z.int().min(0),
    /** Which kinds of accounts a member of this institution discovers. */
    account_profile: z.enum(ACCOUNT_PROFILES),
  }),
);

export type InstitutionRecord = z.infer<typeof institutionSchema>;

export interface InstitutionFilter extends PageQuery {
  name?: string | undefined;
  supports_account_identification?: boolean | undefined;
  supports_account_statement?: boolean | undefined;
  supports_account_verification?: boolean | undefined;
  supports_transaction_history?: boolean | undefined;
}

const FLAGS = [
  'supports_account_identification',
  'supports_account_statement',
  'supports_account_verification',
  'supports_transaction_history',
] as const;

export class InstitutionCatalog {
  readonly #byCode: Map<string, InstitutionRecord>;
  readonly #records: InstitutionRecord[];
  /** By name, for lists: sorted on first use (the collator it needs is not a start's work). */
  #sorted: InstitutionRecord[] | undefined;

  constructor(institutions: InstitutionRecord[]) {
    this.#records = institutions;
    this.#byCode = new Map(institutions.map((institution) => [institution.code, institution]));
  }

  static load(fixturesDirectory: string): InstitutionCatalog {
    const schema = () => z.strictObject({ institutions: z.array(institutionSchema).min(1) });
    return new InstitutionCatalog(readFixture(join(fixturesDirectory, 'institutions.json'), schema).institutions);
  }

  find(code: string): InstitutionRecord | undefined {
    return this.#byCode.get(code);
  }

  get(code: string): InstitutionRecord {
    const institution = this.#byCode.get(code);
    if (!institution) throw notFound(`institution "${code}"`);
    return institution;
  }

  list(filter: InstitutionFilter): ReturnType<typeof paginate<Institution>> {
    const name = filter.name?.trim().toLowerCase();
    this.#sorted ??= [...this.#records].sort((a, b) => compareNames(a.name, b.name));
    const matching = this.#sorted.filter(
      (institution) =>
        (!name || institution.name.toLowerCase().includes(name) || institution.code.includes(name)) &&
        FLAGS.every((flag) => filter[flag] === undefined || institution[flag] === filter[flag]),
    );
    return paginate(matching.map(toInstitution), filter, MAX_INSTITUTIONS_PER_PAGE);
  }
}

export function toInstitution(record: InstitutionRecord): Institution {
  return {
    code: record.code,
    medium_logo_url: record.medium_logo_url,
    name: record.name,
    small_logo_url: record.small_logo_url,
    supports_account_identification: record.supports_account_identification,
    supports_account_statement: record.supports_account_statement,
    supports_account_verification: record.supports_account_verification,
    supports_oauth: record.supports_oauth,
    supports_transaction_history: record.supports_transaction_history,
    url: record.url,
  };
}

export function toCredentials(record: InstitutionRecord): Credential[] {
  return [...record.credentials].sort((a, b) => a.display_order - b.display_order);
}
