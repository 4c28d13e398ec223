import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SpendingCatalog } from './catalog.js';

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

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);

/** A transaction the data set pins; `account` is the account's name, `days_ago` counts back from the simulated day. */
const transactionTemplateSchema = z.strictObject({
  guid: z.string().optional(),
  account: z.string(),
  days_ago: z.int().min(0),
  hour: z.int().min(0).max(23).optional(),
  amount: z.number().positive(),
  type: z.enum(['DEBIT', 'CREDIT']),
  status: z.enum(['POSTED', 'PENDING']).optional(),
  description: z.string().min(1),
  original_description: z.string().min(1),
  category: z.string(),
  merchant_category_code: z.int().optional(),
  merchant_guid: z.string().optional(),
  merchant_location_guid: z.string().optional(),
  memo: z.string().optional(),
  check_number: z.int().optional(),
});
export type TransactionTemplate = z.infer<typeof transactionTemplateSchema>;

const HOLDING_TYPES = [
  'ANNUITY', 'CASH', 'EQUITY', 'EXCHANGE_TRADED_FUND', 'FIXED_INCOME', 'HEDGE_FUND',
  'MONEY_MARKET', 'MUTUAL_FUND', 'OPTIONS', 'UNIT_INVESTMENT_TRUST', 'UNKNOWN_TYPE',
] as const;

const holdingTemplateSchema = z.strictObject({
  guid: z.string().optional(),
  account: z.string(),
  symbol: z.string().nullable(),
  description: z.string(),
  holding_type: z.enum(HOLDING_TYPES),
  cusip: z.string().nullable(),
  shares: z.number().positive(),
  market_value: money,
  cost_basis: money,
  purchase_price: money,
  daily_change: money,
});
export type HoldingTemplate = z.infer<typeof holdingTemplateSchema>;
export type HoldingType = HoldingTemplate['holding_type'];

const statementTemplateSchema = z
  .strictObject({
    guid: z.string(),
    account: z.string(),
    period_start: date,
    period_end: date,
    opening_balance: money,
    closing_balance: money,
    lines: z.array(z.strictObject({ date, description: z.string(), amount: money })),
  })
  .refine((statement) => Math.abs(statement.opening_balance + statement.lines.reduce((sum, line) => sum + line.amount, 0) - statement.closing_balance) < 0.005, {
    message: 'opening_balance plus the lines must equal closing_balance',
  });
export type StatementTemplate = z.infer<typeof statementTemplateSchema>;

const testAtriumSchema = z.strictObject({
  description: z.string(),
  timestamp,
  user: z.strictObject({ guid: z.string(), identifier: z.string().nullable(), is_disabled: z.boolean(), metadata: z.string().nullable() }),
  member: z.strictObject({
    guid: z.string(),
    institution_code: z.string(),
    identifier: z.string().nullable(),
    metadata: z.string().nullable(),
    credentials: z.array(z.strictObject({ guid: z.string(), value: z.string() })),
  }),
  accounts: z.array(accountTemplateSchema.required({ guid: true })),
  account_owners: z.array(ownerSchema),
  transactions: z.array(transactionTemplateSchema.required({ guid: true })),
  holdings: z.array(holdingTemplateSchema.required({ guid: true })),
  statements: z.array(statementTemplateSchema),
});
export type TestAtriumFixture = z.infer<typeof testAtriumSchema>;

const mxbankSchema = z.strictObject({
  description: z.string(),
  accounts: z.array(accountTemplateSchema).min(1),
  transactions: z.array(transactionTemplateSchema),
  holdings: z.array(holdingTemplateSchema),
});
export type MxBankFixture = z.infer<typeof mxbankSchema>;

const merchantLocationSchema = z.strictObject({
  guid: z.string().regex(/^MCL-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  street_address: z.string(),
  city: z.string(),
  state: z.string(),
  postal_code: z.string(),
  country: z.string(),
  phone_number: z.string(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  store_number: z.string(),
  updated_at: timestamp,
  /** How the bank shows a purchase at this location (original_description). */
  descriptor: z.string(),
});

const merchantSchema = z.strictObject({
  guid: z.string().regex(/^MCH-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  name: z.string(),
  website_url: z.url(),
  created_at: timestamp,
  updated_at: timestamp,
  logo_updated_at: timestamp,
  /** Whole words that identify the merchant in a raw description (upper case). */
  keywords: z.array(z.string().regex(/^[^a-z]+$/)).min(1),
  spending: z
    .strictObject({
      category: z.string(),
      merchant_category_code: z.int(),
      descriptor: z.string(),
      amount: z.tuple([z.number().positive(), z.number().positive()]),
      accounts: z.array(z.enum(ACCOUNT_TYPES)).min(1),
      /** Relative chance of being picked for a purchase on a given day. */
      weight: z.number().positive().optional(),
      /** A bill or subscription charged on this day of every month. */
      monthly_on: z.int().min(1).max(28).optional(),
      subscription: z.boolean().optional(),
      bill_pay: z.boolean().optional(),
    })
    .refine((spending) => (spending.weight === undefined) !== (spending.monthly_on === undefined), { message: 'give either weight or monthly_on' }),
  locations: z.array(merchantLocationSchema),
});
export type MerchantRecord = z.infer<typeof merchantSchema>;

export const CATEGORY_FLAGS = ['bill_pay', 'direct_deposit', 'overdraft_fee', 'payroll_advance', 'subscription', 'international'] as const;
export type CategoryFlag = (typeof CATEGORY_FLAGS)[number];

const categoriesSchema = z.strictObject({
  description: z.string(),
  categories: z.array(z.strictObject({ guid: z.string().regex(/^CAT-/), name: z.string(), parent: z.string().nullable() })).min(1),
  rules: z.array(z.strictObject({ keywords: z.array(z.string().regex(/^[^a-z]+$/)).min(1), category: z.string(), flags: z.array(z.enum(CATEGORY_FLAGS)).optional() })),
  merchant_category_codes: z.array(
    z.strictObject({
      codes: z.array(z.int()),
      range: z.tuple([z.int(), z.int()]).optional(),
      category: z.string(),
      flags: z.array(z.enum(CATEGORY_FLAGS)).optional(),
    }),
  ),
});
export type CategoriesFixture = z.infer<typeof categoriesSchema>;

/** The exact data sets checked into fixtures/, validated once at startup. */
export interface DataSets {
  mxbank: MxBankFixture;
  testAtrium: TestAtriumFixture;
  merchants: MerchantRecord[];
  categories: CategoriesFixture;
  /** Merchants and categories indexed for lookups and categorization. */
  catalog: SpendingCatalog;
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

/** Fails at startup when a fixture names a category, merchant or account that does not exist. */
function checkReferences(data: DataSets): void {
  const problems: string[] = [];
  const categories = new Set(data.categories.categories.map((category) => category.name));
  const merchants = new Map(data.merchants.map((merchant) => [merchant.guid, merchant]));
  const category = (where: string, name: string) => {
    if (!categories.has(name)) problems.push(`${where}: unknown category "${name}" (fixtures/categories.json)`);
  };
  for (const entry of data.categories.categories) {
    if (entry.parent !== null && !data.categories.categories.some((parent) => parent.name === entry.parent && parent.parent === null)) {
      problems.push(`categories.json: "${entry.name}" has an unknown top-level parent "${entry.parent}"`);
    }
  }
  for (const rule of [...data.categories.rules, ...data.categories.merchant_category_codes]) category('categories.json', rule.category);
  for (const merchant of data.merchants) category(`merchants.json ${merchant.name}`, merchant.spending.category);
  const templates = (file: string, accounts: { name: string }[], transactions: TransactionTemplate[], holdings: HoldingTemplate[]) => {
    const names = new Set(accounts.map((account) => account.name));
    for (const item of [...transactions, ...holdings]) {
      if (!names.has(item.account)) problems.push(`${file}: unknown account "${item.account}"`);
    }
    for (const transaction of transactions) {
      category(file, transaction.category);
      const merchant = transaction.merchant_guid === undefined ? undefined : merchants.get(transaction.merchant_guid);
      if (transaction.merchant_guid !== undefined && !merchant) problems.push(`${file}: unknown merchant ${transaction.merchant_guid}`);
      if (transaction.merchant_location_guid !== undefined && !merchant?.locations.some((location) => location.guid === transaction.merchant_location_guid)) {
        problems.push(`${file}: location ${transaction.merchant_location_guid} is not a location of ${transaction.merchant_guid ?? 'any merchant'}`);
      }
    }
  };
  templates('mxbank.json', data.mxbank.accounts, data.mxbank.transactions, data.mxbank.holdings);
  templates('test-atrium.json', data.testAtrium.accounts, data.testAtrium.transactions, data.testAtrium.holdings);
  if (problems.length > 0) throw new Error(`Invalid fixtures:\n  - ${problems.join('\n  - ')}`);
}

export function loadDataSets(fixturesDirectory: string): DataSets {
  const merchants = readFixture(join(fixturesDirectory, 'merchants.json'), z.strictObject({ description: z.string(), merchants: z.array(merchantSchema).min(1) })).merchants;
  const categories = readFixture(join(fixturesDirectory, 'categories.json'), categoriesSchema);
  const data: DataSets = {
    mxbank: readFixture(join(fixturesDirectory, 'mxbank.json'), mxbankSchema),
    testAtrium: readFixture(join(fixturesDirectory, 'test-atrium.json'), testAtriumSchema),
    merchants,
    categories,
    catalog: new SpendingCatalog(merchants, categories),
  };
  checkReferences(data);
  return data;
}
