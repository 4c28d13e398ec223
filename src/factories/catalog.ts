import { compareNames, compareText } from './compare.js';
import type { CategoriesFixture, CategoryFlag, MerchantRecord } from './data-sets.js';

export interface CategoryInfo {
  guid: string;
  name: string;
  top_level: string;
}

/** How a description was categorized, most specific evidence first. */
export type CategorizedBy = 'merchant' | 'merchant_category_code' | 'description' | 'default';

export interface Classification {
  category: CategoryInfo;
  merchant: MerchantRecord | null;
  flags: CategoryFlag[];
  by: CategorizedBy;
}

export interface TransactionFlags {
  is_bill_pay: boolean;
  is_direct_deposit: boolean;
  is_expense: boolean | null;
  is_fee: boolean;
  is_income: boolean | null;
  is_international: boolean | null;
  is_overdraft_fee: boolean;
  is_payroll_advance: boolean;
  is_subscription: boolean;
}

interface KeywordRule<T> {
  pattern: RegExp;
  length: number;
  target: T;
}

function wholeWord(keyword: string): RegExp {
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Z0-9])${escaped}(?![A-Z0-9])`);
}

/** What categorization falls back to without other evidence; loadDataSets checks both against fixtures/categories.json. */
export const DEFAULT_CATEGORY = { credit: 'Income', other: 'Uncategorized' } as const;

/** The top-level categories that decide a transaction's `is_*` flags; loadDataSets checks them too. */
export const FLAG_TOP_LEVELS = { transfer: 'Transfer', investments: 'Investments', income: 'Income', bills: 'Bills & Utilities', fees: 'Fees & Charges' } as const;

/** Top-level categories that move money without spending it. */
const NOT_EXPENSES = new Set<string>([FLAG_TOP_LEVELS.transfer, FLAG_TOP_LEVELS.investments, FLAG_TOP_LEVELS.income]);

/** Prefixes that card processors put before the merchant's own name. */
const PROCESSOR_PREFIXES = /^(?:POS |DEBIT CARD PURCHASE |CHECKCARD \d+ |PURCHASE AUTHORIZED ON \S+ |SQ \*|SQ\*|TST\* ?|PP\*|PAYPAL \*|ACH )+/;
/** ACH and card-network noise after the payee's name: everything from the first marker on is dropped. */
const NOISE = /\s(?:DIR DEP|DIRECT DEP(?:OSIT)?|PPD|CCD|WEB ID|WEB PMT|ID:|DES:|INDN:|CO ID|ACH)(?=\s|$).*$/;

/**
 * Merchants (fixtures/merchants.json) and the category table (fixtures/categories.json) indexed
 * once at startup: lookups by guid and name, and the deterministic categorization that both
 * cleanse_and_categorize and generated transactions use.
 */
export class SpendingCatalog {
  readonly #records: MerchantRecord[];
  #sorted: MerchantRecord[] | undefined;
  readonly #merchants: Map<string, MerchantRecord>;
  readonly #categories: Map<string, CategoryInfo>;
  readonly #merchantRules: KeywordRule<MerchantRecord>[];
  readonly #descriptionRules: KeywordRule<{ category: string; flags: CategoryFlag[] }>[];
  readonly #codes = new Map<number, { category: string; flags: CategoryFlag[] }>();
  readonly #codeRanges: { from: number; to: number; category: string; flags: CategoryFlag[] }[] = [];

  constructor(merchants: MerchantRecord[], categories: CategoriesFixture) {
    this.#records = merchants;
    this.#merchants = new Map(merchants.map((merchant) => [merchant.guid, merchant]));
    this.#categories = new Map(
      categories.categories.map((entry) => [entry.name, { guid: entry.guid, name: entry.name, top_level: entry.parent ?? entry.name }]),
    );
    // the longest keyword wins among merchants ("WHOLE FOODS" before "FOODS")
    this.#merchantRules = merchants
      .flatMap((merchant) => merchant.keywords.map((keyword) => ({ pattern: wholeWord(keyword), length: keyword.length, target: merchant })))
      .sort((a, b) => b.length - a.length);
    // description rules keep the file's order: the first match wins
    this.#descriptionRules = categories.rules.flatMap((rule) =>
      rule.keywords.map((keyword) => ({ pattern: wholeWord(keyword), length: keyword.length, target: { category: rule.category, flags: rule.flags ?? [] } })),
    );
    for (const entry of categories.merchant_category_codes) {
      const target = { category: entry.category, flags: entry.flags ?? [] };
      for (const code of entry.codes) this.#codes.set(code, target);
      if (entry.range) this.#codeRanges.push({ from: entry.range[0], to: entry.range[1], ...target });
    }
  }

  /** Alphabetical by name, then guid: the order of GET /merchants (sorted on first use). */
  get merchants(): MerchantRecord[] {
    return (this.#sorted ??= [...this.#records].sort((a, b) => compareNames(a.name, b.name) || compareText(a.guid, b.guid)));
  }

  merchant(guid: string): MerchantRecord | undefined {
    return this.#merchants.get(guid);
  }

  /** A category by name; an unknown name is a bug in a fixture or a factory. */
  category(name: string): CategoryInfo {
    const category = this.#categories.get(name);
    if (!category) throw new Error(`Unknown category "${name}": add it to fixtures/categories.json.`);
    return category;
  }

  /** Merchant keywords, then the merchant category code, then description keywords, then a default by type. */
  classify(input: { description: string; merchant_category_code?: number | null | undefined; type?: string | null | undefined }): Classification {
    const text = input.description.toUpperCase();
    const merchant = this.#merchantRules.find((rule) => rule.pattern.test(text))?.target;
    if (merchant) {
      const flags: CategoryFlag[] = [];
      if (merchant.spending.subscription) flags.push('subscription');
      if (merchant.spending.bill_pay) flags.push('bill_pay');
      return { category: this.category(merchant.spending.category), merchant, flags, by: 'merchant' };
    }
    const code = input.merchant_category_code;
    const byCode = code === null || code === undefined ? undefined : (this.#codes.get(code) ?? this.#codeRanges.find((range) => code >= range.from && code <= range.to));
    if (byCode) return { category: this.category(byCode.category), merchant: null, flags: byCode.flags, by: 'merchant_category_code' };
    const rule = this.#descriptionRules.find((candidate) => candidate.pattern.test(text))?.target;
    if (rule) return { category: this.category(rule.category), merchant: null, flags: rule.flags, by: 'description' };
    return { category: this.category(input.type === 'CREDIT' ? DEFAULT_CATEGORY.credit : DEFAULT_CATEGORY.other), merchant: null, flags: [], by: 'default' };
  }
}

/**
 * The `is_*` flags of a transaction from its category, flags and type. A type the caller does
 * not know (categorize without `type`) leaves is_expense and is_income null, as MX does.
 */
export function transactionFlags(category: CategoryInfo, flags: readonly CategoryFlag[], type: 'DEBIT' | 'CREDIT' | null): TransactionFlags {
  const has = (flag: CategoryFlag) => flags.includes(flag);
  const top = category.top_level;
  return {
    is_bill_pay: has('bill_pay') || (top === FLAG_TOP_LEVELS.bills && type !== 'CREDIT'),
    is_direct_deposit: has('direct_deposit') && type !== 'DEBIT',
    is_expense: type === null ? null : type === 'DEBIT' && !NOT_EXPENSES.has(top),
    is_fee: top === FLAG_TOP_LEVELS.fees,
    is_income: type === null ? (top === FLAG_TOP_LEVELS.income ? true : null) : type === 'CREDIT' && top === FLAG_TOP_LEVELS.income,
    is_international: has('international') ? true : type === null ? null : false,
    is_overdraft_fee: has('overdraft_fee'),
    is_payroll_advance: has('payroll_advance'),
    is_subscription: has('subscription'),
  };
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s/&-])([a-z])/g, (_whole, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * A readable description from a raw one: a known merchant's name, otherwise the words before
 * the first store number or reference ("BEER BAR 65000000764SALT LAKE C" -> "Beer Bar").
 */
export function cleanseDescription(raw: string, merchant: MerchantRecord | null): string {
  if (merchant) return merchant.name;
  const words = raw.toUpperCase().trim().replace(PROCESSOR_PREFIXES, '').replace(NOISE, '').split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    if (/[0-9#*]/.test(word) && kept.length > 0) break;
    if (/[0-9#*]/.test(word)) continue;
    kept.push(word);
  }
  const cleansed = titleCase(kept.join(' ').replace(/[^A-Z0-9&'./ -]/g, '').replace(/[\s./-]+$/, '').trim());
  return cleansed === '' ? titleCase(raw.trim()) : cleansed;
}
