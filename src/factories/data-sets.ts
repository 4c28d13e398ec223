import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { InstitutionCatalog } from '../domain/institutions.js';
import { checkedData } from '../simulation/checked-data.js';
import { DataFileError, describeMalformedJson } from '../simulation/data-file.js';
import { DEFAULT_CATEGORY, FLAG_TOP_LEVELS, SpendingCatalog } from './catalog.js';
import { CATEGORY } from './transactions.js';

const ACCOUNT_TYPES = [
  'ANY', 'CHECKING', 'SAVINGS', 'LOAN', 'CREDIT_CARD', 'INVESTMENT', 'LINE_OF_CREDIT',
  'MORTGAGE', 'PROPERTY', 'CASH', 'INSURANCE', 'PREPAID', 'CHECKING_LINE_OF_CREDIT',
] as const;

const HOLDING_TYPES = [
  'ANNUITY', 'CASH', 'EQUITY', 'EXCHANGE_TRADED_FUND', 'FIXED_INCOME', 'HEDGE_FUND',
  'MONEY_MARKET', 'MUTUAL_FUND', 'OPTIONS', 'UNIT_INVESTMENT_TRUST', 'UNKNOWN_TYPE',
] as const;

export const CATEGORY_FLAGS = ['bill_pay', 'direct_deposit', 'overdraft_fee', 'payroll_advance', 'subscription', 'international'] as const;
export type CategoryFlag = (typeof CATEGORY_FLAGS)[number];

/**
 * The fixture files' schemas, built on first use: a start that recalls its checked fixtures
 * (src/simulation/checked-data.ts) builds none, and zod schemas cost to build.
 */
function buildFixtureSchemas() {
  const money = z.number().finite();

  /** A fixture account: what MX documents or what the data set must pin; factories fill the rest. */
  const accountTemplateSchema = z.strictObject({
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

  const mxbankSchema = z.strictObject({
    description: z.string(),
    accounts: z.array(accountTemplateSchema).min(1),
    transactions: z.array(transactionTemplateSchema),
    holdings: z.array(holdingTemplateSchema),
  });

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
  return {
    accountTemplate: accountTemplateSchema,
    transactionTemplate: transactionTemplateSchema,
    holdingTemplate: holdingTemplateSchema,
    statementTemplate: statementTemplateSchema,
    testAtrium: testAtriumSchema,
    mxbank: mxbankSchema,
    merchant: merchantSchema,
    categories: categoriesSchema,
  };
}
type FixtureSchemas = ReturnType<typeof buildFixtureSchemas>;
let fixtureSchemas: FixtureSchemas | undefined;
const schemas = (): FixtureSchemas => (fixtureSchemas ??= buildFixtureSchemas());

export type AccountTemplate = z.infer<FixtureSchemas['accountTemplate']>;
export type TransactionTemplate = z.infer<FixtureSchemas['transactionTemplate']>;
export type HoldingTemplate = z.infer<FixtureSchemas['holdingTemplate']>;
export type HoldingType = HoldingTemplate['holding_type'];
export type StatementTemplate = z.infer<FixtureSchemas['statementTemplate']>;
export type TestAtriumFixture = z.infer<FixtureSchemas['testAtrium']>;
export type MxBankFixture = z.infer<FixtureSchemas['mxbank']>;
export type MerchantRecord = z.infer<FixtureSchemas['merchant']>;
export type CategoriesFixture = z.infer<FixtureSchemas['categories']>;

/** The exact data sets checked into fixtures/, validated once at startup. */
export interface DataSets {
  mxbank: MxBankFixture;
  testAtrium: TestAtriumFixture;
  merchants: MerchantRecord[];
  categories: CategoriesFixture;
  /** Merchants and categories indexed for lookups and categorization. */
  catalog: SpendingCatalog;
}

/** Reads a JSON fixture and fails loudly with the file and every bad field; `schema` is asked for only when the file is checked. */
export function readFixture<T>(file: string, schema: () => z.ZodType<T>): T {
  const text = readFileSync(file, 'utf8');
  // each fixture file has its own schema: its name says which
  return checkedData(`fixture ${basename(file)}`, text, () => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new DataFileError(file, [describeMalformedJson(text, 'the file')], 'fixture file');
    }
    const parsed = schema().safeParse(json);
    if (!parsed.success) throw new DataFileError(file, parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`), 'fixture file');
    return parsed.data;
  });
}

/** Two amounts of money agree to the cent. */
const sameMoney = (a: number, b: number) => Math.abs(a - b) < 0.005;

/**
 * Fails at startup, naming file and field, when a fixture names a category, merchant, account or
 * institution that does not exist, when holdings do not add up to their account's holdings_value,
 * or when a category the code relies on (generated transactions, categorization defaults) is
 * missing from fixtures/categories.json.
 */
function checkReferences(data: DataSets, institutions: InstitutionCatalog, fixturesDirectory: string): void {
  const problems: string[] = [];
  const categoryList = data.categories.categories;
  const categories = new Set(categoryList.map((category) => category.name));
  const merchants = new Map(data.merchants.map((merchant) => [merchant.guid, merchant]));
  const category = (where: string, name: string) => {
    if (!categories.has(name)) problems.push(`${where}: unknown category "${name}" (fixtures/categories.json)`);
  };
  const isTopLevel = (name: string) => categoryList.some((entry) => entry.name === name && entry.parent === null);
  for (const [index, entry] of categoryList.entries()) {
    if (entry.parent !== null && !isTopLevel(entry.parent)) {
      problems.push(`categories.json categories[${index}].parent: "${entry.name}" has an unknown top-level parent "${entry.parent}"`);
    }
  }
  data.categories.rules.forEach((rule, index) => category(`categories.json rules[${index}].category`, rule.category));
  data.categories.merchant_category_codes.forEach((entry, index) => category(`categories.json merchant_category_codes[${index}].category`, entry.category));
  data.merchants.forEach((merchant, index) => category(`merchants.json merchants[${index}].spending.category (${merchant.name})`, merchant.spending.category));
  for (const name of Object.values(CATEGORY)) category('the categories of generated transactions (src/factories/transactions.ts)', name);
  for (const name of Object.values(DEFAULT_CATEGORY)) category('the default categories of categorization (src/factories/catalog.ts)', name);
  for (const name of Object.values(FLAG_TOP_LEVELS)) {
    if (!isTopLevel(name)) problems.push(`the transaction flags (src/factories/catalog.ts): "${name}" is not a top-level category of fixtures/categories.json`);
  }

  const templates = (file: string, accounts: AccountTemplate[], transactions: TransactionTemplate[], holdings: HoldingTemplate[]) => {
    const names = new Set(accounts.map((account) => account.name));
    const account = (where: string, name: string) => {
      if (!names.has(name)) problems.push(`${file} ${where}: unknown account "${name}"`);
    };
    transactions.forEach((transaction, index) => {
      const where = `transactions[${index}]`;
      account(`${where}.account`, transaction.account);
      category(`${file} ${where}.category`, transaction.category);
      const merchant = transaction.merchant_guid === undefined ? undefined : merchants.get(transaction.merchant_guid);
      if (transaction.merchant_guid !== undefined && !merchant) problems.push(`${file} ${where}.merchant_guid: unknown merchant ${transaction.merchant_guid}`);
      if (transaction.merchant_location_guid !== undefined && !merchant?.locations.some((location) => location.guid === transaction.merchant_location_guid)) {
        problems.push(`${file} ${where}.merchant_location_guid: ${transaction.merchant_location_guid} is not a location of ${transaction.merchant_guid ?? 'any merchant'}`);
      }
    });
    holdings.forEach((holding, index) => account(`holdings[${index}].account`, holding.account));
    accounts.forEach((template, index) => {
      const positions = holdings.filter((holding) => holding.account === template.name);
      if (positions.length === 0 && template.holdings_value === undefined) return;
      const total = positions.reduce((sum, holding) => sum + holding.market_value, 0);
      if (!sameMoney(total, template.holdings_value ?? 0)) {
        problems.push(`${file} accounts[${index}].holdings_value: ${template.holdings_value ?? 'missing'}, but the market_value of the holdings of "${template.name}" adds up to ${Math.round(total * 100) / 100}`);
      }
    });
  };
  templates('mxbank.json', data.mxbank.accounts, data.mxbank.transactions, data.mxbank.holdings);

  const testAtrium = data.testAtrium;
  templates('test-atrium.json', testAtrium.accounts, testAtrium.transactions, testAtrium.holdings);
  const accountNames = new Set(testAtrium.accounts.map((account) => account.name));
  const accountGuids = new Set(testAtrium.accounts.map((account) => account.guid));
  testAtrium.statements.forEach((statement, index) => {
    if (!accountNames.has(statement.account)) problems.push(`test-atrium.json statements[${index}].account: unknown account "${statement.account}"`);
  });
  testAtrium.account_owners.forEach((owner, index) => {
    if (!accountGuids.has(owner.account_guid)) problems.push(`test-atrium.json account_owners[${index}].account_guid: no account has the guid "${owner.account_guid}"`);
  });
  const institution = institutions.find(testAtrium.member.institution_code);
  if (!institution) {
    problems.push(`test-atrium.json member.institution_code: unknown institution "${testAtrium.member.institution_code}" (fixtures/institutions.json)`);
  } else {
    const known = new Set(institution.credentials.map((credential) => credential.guid));
    testAtrium.member.credentials.forEach((credential, index) => {
      if (!known.has(credential.guid)) problems.push(`test-atrium.json member.credentials[${index}].guid: "${credential.guid}" is not a credential of "${institution.code}"`);
    });
  }
  if (problems.length > 0) throw new DataFileError(fixturesDirectory, problems, 'fixtures');
}

/** Reads every data set of fixtures/ and checks that they refer to each other (and to the institutions) correctly. */
export function loadDataSets(fixturesDirectory: string, institutions: InstitutionCatalog): DataSets {
  const merchants = readFixture(join(fixturesDirectory, 'merchants.json'), () => z.strictObject({ description: z.string(), merchants: z.array(schemas().merchant).min(1) })).merchants;
  const categories = readFixture(join(fixturesDirectory, 'categories.json'), () => schemas().categories);
  const data: DataSets = {
    mxbank: readFixture(join(fixturesDirectory, 'mxbank.json'), () => schemas().mxbank),
    testAtrium: readFixture(join(fixturesDirectory, 'test-atrium.json'), () => schemas().testAtrium),
    merchants,
    categories,
    catalog: new SpendingCatalog(merchants, categories),
  };
  checkReferences(data, institutions, fixturesDirectory);
  return data;
}
