import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const ACCOUNT_TYPES = [
  'ANY', 'CHECKING', 'SAVINGS', 'LOAN', 'CREDIT_CARD', 'INVESTMENT', 'LINE_OF_CREDIT',
  'MORTGAGE', 'PROPERTY', 'CASH', 'INSURANCE', 'PREPAID', 'CHECKING_LINE_OF_CREDIT',
] as const;

const money = z.number().finite();

/** A fixture account: what MX documents or what the data set must pin; factories fill the rest. */
export const accountTemplateSchema = z.strictObject({
  guid: z.string().optional(),
  name: z.string().min(1),
  type: z.enum(ACCOUNT_TYPES),
  subtype: z.string().nullable(),
  balance: money,
  available_balance: money.optional(),
  available_credit: money.optional(),
  credit_limit: money.optional(),
  account_number: z.string().regex(/^\d{4}$/),
  full_account_number: z.string().regex(/^\d{4,17}$/),
  routing_number: z.string().regex(/^\d{9,14}$/).optional(),
  apr: money.optional(),
  apy: money.optional(),
  interest_rate: money.optional(),
  minimum_balance: money.optional(),
  minimum_payment: money.optional(),
  day_payment_is_due: z.int().min(1).max(31).optional(),
  cash_balance: money.optional(),
  holdings_value: money.optional(),
  total_account_value: money.optional(),
  original_balance: money.optional(),
});
export type AccountTemplate = z.infer<typeof accountTemplateSchema>;

const ownerSchema = z.strictObject({
  guid: z.string(),
  account_guid: z.string(),
  owner_name: z.string(),
  address: z.string(),
  city: z.string(),
  state: z.string(),
  postal_code: z.string(),
  country: z.string(),
  email: z.string(),
  phone: z.string(),
});

const testAtriumSchema = z.strictObject({
  description: z.string(),
  timestamp: z.string(),
  user: z.strictObject({ guid: z.string(), identifier: z.string().nullable(), is_disabled: z.boolean(), metadata: z.string().nullable() }),
  member: z.strictObject({
    guid: z.string(),
    institution_code: z.string(),
    identifier: z.string().nullable(),
    metadata: z.string().nullable(),
    credentials: z.array(z.strictObject({ guid: z.string(), value: z.string() })),
  }),
  accounts: z.array(accountTemplateSchema.required({ guid: true, routing_number: true })),
  account_owners: z.array(ownerSchema),
});
export type TestAtriumFixture = z.infer<typeof testAtriumSchema>;

const mxbankSchema = z.strictObject({ description: z.string(), accounts: z.array(accountTemplateSchema).min(1) });

/** The exact data sets checked into fixtures/, validated once at startup. */
export interface DataSets {
  mxbankAccounts: AccountTemplate[];
  testAtrium: TestAtriumFixture;
}

/** Reads a JSON fixture and fails loudly with the file and every bad field. */
export function readFixture<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid fixture file ${file}:\n  - ${problems.join('\n  - ')}`);
  }
  return parsed.data;
}

export function loadDataSets(fixturesDirectory: string): DataSets {
  return {
    mxbankAccounts: readFixture(join(fixturesDirectory, 'mxbank.json'), mxbankSchema).accounts,
    testAtrium: readFixture(join(fixturesDirectory, 'test-atrium.json'), testAtriumSchema),
  };
}
