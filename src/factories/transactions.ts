import type { Faker } from '@faker-js/faker';
import { toMxTimestamp } from '../simulation/clock.js';
import type { Account, Transaction } from '../spec/wire.js';
import { DAY_MS, dateOfDay, dayOf, dayOfMonth, isLastDayOfMonth, mixSeed, monthIndex, monthOf } from './calendar.js';
import { transactionFlags, type SpendingCatalog } from './catalog.js';
import type { CategoryFlag, MerchantRecord, TransactionTemplate } from './data-sets.js';
import { SECURITIES } from './holdings.js';
import { roundMoney, withFaker } from './seeded-faker.js';

/** A transaction before it has a guid and an account. */
export interface TransactionDraft {
  day: number;
  /** Minutes after midnight UTC of `day` when it was transacted. */
  minute: number;
  amount: number;
  type: 'DEBIT' | 'CREDIT';
  /** Null: decided by age (the last PENDING_DAYS days are pending). */
  status: 'POSTED' | 'PENDING' | null;
  description: string;
  original_description: string;
  category: string;
  merchant_category_code: number | null;
  merchant_guid: string | null;
  merchant_location_guid: string | null;
  memo: string | null;
  check_number: number | null;
  flags: CategoryFlag[];
}

/** When a transaction's day was gathered, and by which gathering it had posted (null while pending). */
export interface Dating {
  gathered_at: number;
  posted_by: number | null;
}

/** The categories generated transactions use; loadDataSets checks each against fixtures/categories.json. */
export const CATEGORY = {
  paycheck: 'Paycheck',
  rent: 'Mortgage & Rent',
  transfer: 'Transfer',
  cardPayment: 'Credit Card Payment',
  cash: 'Cash',
  interestIncome: 'Interest Income',
  autoPayment: 'Auto Payment',
  studentLoan: 'Student Loan',
  financeCharge: 'Finance Charge',
  deposit: 'Deposit',
  buy: 'Buy',
  dividends: 'Dividend & Cap Gains',
} as const;

/** Transactions of today and the day before are still PENDING; older ones are POSTED. */
export const PENDING_DAYS = 1;

/** Banks post a card transaction early the next morning. */
const POSTING_MINUTE = 6 * 60;

export function isPendingDay(day: number, now: number): boolean {
  return day >= dayOf(now) - PENDING_DAYS;
}

export function postedAt(day: number, now: number): string {
  return timestampOf(Math.min(now, (day + 1) * DAY_MS + POSTING_MINUTE * 60_000));
}

// Derived lists format the same few instants (gathering times, mornings) thousands of times.
const timestamps = new Map<number, string>();
function timestampOf(ms: number): string {
  let text = timestamps.get(ms);
  if (text === undefined) {
    if (timestamps.size >= 8192) timestamps.clear();
    text = toMxTimestamp(ms);
    timestamps.set(ms, text);
  }
  return text;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** When a draft was transacted: its minute of its day, or the gathering time when that came first. */
function transactedAt(draft: TransactionDraft, date: string, gatheredAt: number): string {
  const at = draft.day * DAY_MS + draft.minute * 60_000;
  return at >= gatheredAt ? timestampOf(gatheredAt) : `${date}T${pad2(Math.floor(draft.minute / 60))}:${pad2(draft.minute % 60)}:00+00:00`;
}

/**
 * The wire transaction of a draft, dated by when its day was gathered: created then, POSTED by
 * the first gathering that no longer saw it pending (updated then). Keys in MX's (alphabetical) order.
 */
export function buildTransaction(draft: TransactionDraft, account: Account, guid: string, catalog: SpendingCatalog, dating: Dating): Transaction {
  const category = catalog.category(draft.category);
  const flags = transactionFlags(category, draft.flags, draft.type);
  const posted = dating.posted_by !== null;
  const location = draft.merchant_guid === null ? undefined : catalog.merchant(draft.merchant_guid)?.locations.find((candidate) => candidate.guid === draft.merchant_location_guid);
  const created = timestampOf(dating.gathered_at);
  const date = dateOfDay(draft.day);
  return {
    account_guid: account.guid,
    amount: draft.amount,
    category: category.name,
    check_number: draft.check_number,
    check_number_string: draft.check_number === null ? null : String(draft.check_number),
    created_at: created,
    currency_code: account.currency_code,
    date,
    description: draft.description,
    guid,
    is_bill_pay: flags.is_bill_pay,
    is_direct_deposit: flags.is_direct_deposit,
    is_expense: flags.is_expense === true,
    is_fee: flags.is_fee,
    is_income: flags.is_income === true,
    is_international: flags.is_international === true,
    is_overdraft_fee: flags.is_overdraft_fee,
    is_payroll_advance: flags.is_payroll_advance,
    is_subscription: flags.is_subscription,
    latitude: location?.latitude ?? null,
    longitude: location?.longitude ?? null,
    member_guid: account.member_guid,
    memo: draft.memo,
    merchant_category_code: draft.merchant_category_code,
    merchant_guid: draft.merchant_guid,
    merchant_location_guid: location?.guid ?? null,
    original_description: draft.original_description,
    posted_at: posted ? postedAt(draft.day, dating.posted_by!) : null,
    status: posted ? 'POSTED' : 'PENDING',
    top_level_category: category.top_level,
    transacted_at: transactedAt(draft, date, dating.gathered_at),
    type: draft.type,
    updated_at: posted && dating.posted_by !== dating.gathered_at ? timestampOf(dating.posted_by!) : created,
    user_guid: account.user_guid,
  };
}

/** A data set's pinned transaction on `day`. */
export function draftFromTemplate(template: TransactionTemplate, day: number): TransactionDraft {
  return {
    day,
    minute: (template.hour ?? 12) * 60,
    amount: template.amount,
    type: template.type,
    status: template.status ?? null,
    description: template.description,
    original_description: template.original_description,
    category: template.category,
    merchant_category_code: template.merchant_category_code ?? null,
    merchant_guid: template.merchant_guid ?? null,
    merchant_location_guid: template.merchant_location_guid ?? null,
    memo: template.memo ?? null,
    check_number: template.check_number ?? null,
    flags: [],
  };
}

/** The habits of one account holder, stable for the account: same employer, rent and bills every month. */
interface Profile {
  employer: string;
  employerId: string;
  pay: number;
  /** Paydays are every other Friday: day % 14 === payParity. */
  payParity: number;
  rent: number;
  landlord: string;
  rentByCheck: boolean;
  checkBase: number;
  savingsTransfer: number;
  contribution: number;
  funds: string[];
  atm: string;
}

function profileOf(seed: number): Profile {
  return withFaker(seed, (f) => {
    const employer = f.company.name().replace(/[,.]/g, '');
    return {
      employer,
      employerId: f.string.numeric({ length: 10, allowLeadingZeros: false }),
      pay: roundMoney(f.number.float({ min: 1400, max: 3900 })),
      payParity: f.helpers.arrayElement([1, 8]),
      rent: roundMoney(f.number.int({ min: 95, max: 265 }) * 10),
      landlord: `${f.location.street()} Apartments`,
      rentByCheck: f.datatype.boolean(0.3),
      checkBase: f.number.int({ min: 1001, max: 4500 }),
      savingsTransfer: f.helpers.arrayElement([100, 150, 200, 250, 300, 500]),
      contribution: f.helpers.arrayElement([100, 200, 250, 500, 750, 1000]),
      funds: f.helpers.arrayElements(['VTI', 'VOO', 'AGG', 'VFIAX', 'FXAIX', 'QQQ'], 2),
      atm: `${f.location.buildingNumber()} ${f.location.street().toUpperCase()}`,
    };
  });
}

function money(f: Faker, [min, max]: readonly [number, number]): number {
  return min === max ? min : roundMoney(f.number.float({ min, max }));
}

function draft(day: number, minute: number, fields: Partial<TransactionDraft> & Pick<TransactionDraft, 'amount' | 'type' | 'description' | 'original_description' | 'category'>): TransactionDraft {
  return {
    day,
    minute,
    status: null,
    merchant_category_code: null,
    merchant_guid: null,
    merchant_location_guid: null,
    memo: null,
    check_number: null,
    flags: [],
    ...fields,
  };
}

function purchase(f: Faker, day: number, merchant: MerchantRecord): TransactionDraft {
  const location = merchant.locations.length > 0 ? f.helpers.arrayElement(merchant.locations) : null;
  const flags: CategoryFlag[] = [];
  if (merchant.spending.subscription) flags.push('subscription');
  if (merchant.spending.bill_pay) flags.push('bill_pay');
  return draft(day, f.number.int({ min: 7 * 60, max: 21 * 60 }), {
    amount: money(f, merchant.spending.amount),
    type: 'DEBIT',
    description: merchant.name,
    original_description: location?.descriptor ?? merchant.spending.descriptor,
    category: merchant.spending.category,
    merchant_category_code: merchant.spending.merchant_category_code,
    merchant_guid: merchant.guid,
    merchant_location_guid: location?.guid ?? null,
    flags,
  });
}

interface DayInput {
  f: Faker;
  day: number;
  account: Account;
  profile: Profile;
  /** Merchants this account type spends at: daily (weighted) and monthly (bills, subscriptions). */
  daily: MerchantRecord[];
  monthly: MerchantRecord[];
}

const PURCHASES_PER_DAY = [
  { weight: 35, value: 0 },
  { weight: 35, value: 1 },
  { weight: 20, value: 2 },
  { weight: 10, value: 3 },
];

/** Shopping and the bills charged on this day of the month. */
function spending({ f, day, daily, monthly }: DayInput): TransactionDraft[] {
  const drafts = monthly.filter((merchant) => merchant.spending.monthly_on === dayOfMonth(day)).map((merchant) => purchase(f, day, merchant));
  if (daily.length === 0) return drafts;
  const count = f.helpers.weightedArrayElement(PURCHASES_PER_DAY);
  const choices = daily.map((merchant) => ({ weight: merchant.spending.weight!, value: merchant }));
  for (let i = 0; i < count; i += 1) drafts.push(purchase(f, day, f.helpers.weightedArrayElement(choices)));
  return drafts;
}

type Plan = (input: DayInput) => TransactionDraft[];

const checking: Plan = (input) => {
  const { f, day, profile } = input;
  const drafts = spending(input);
  const dom = dayOfMonth(day);
  if (day % 14 === profile.payParity) {
    drafts.push(
      draft(day, 5 * 60, {
        amount: profile.pay,
        type: 'CREDIT',
        description: `${profile.employer} Payroll`,
        original_description: `${profile.employer.toUpperCase()} DIR DEP PPD ID: ${profile.employerId}`,
        category: CATEGORY.paycheck,
        flags: ['direct_deposit'],
      }),
    );
  }
  if (dom === 1) {
    const check = profile.checkBase + monthIndex(day);
    drafts.push(
      profile.rentByCheck
        ? draft(day, 10 * 60, { amount: profile.rent, type: 'DEBIT', description: `Check ${check}`, original_description: `CHECK ${check}`, category: CATEGORY.rent, check_number: check, flags: ['bill_pay'] })
        : draft(day, 9 * 60, { amount: profile.rent, type: 'DEBIT', description: `${profile.landlord} Rent`, original_description: `${profile.landlord.toUpperCase()} RENT WEB PMT`, category: CATEGORY.rent, flags: ['bill_pay'] }),
    );
  }
  if (dom === 15) {
    drafts.push(draft(day, 12 * 60, { amount: profile.savingsTransfer, type: 'DEBIT', description: 'Transfer to Savings', original_description: 'ONLINE TRANSFER TO SAVINGS', category: CATEGORY.transfer, memo: 'Monthly savings' }));
  }
  if (dom === 25) {
    const amount = roundMoney(f.number.float({ min: 150, max: 900 }));
    drafts.push(draft(day, 11 * 60, { amount, type: 'DEBIT', description: 'Credit Card Payment', original_description: 'CREDIT CARD PAYMENT WEB ID 9000123456', category: CATEGORY.cardPayment }));
  }
  if (f.number.float() < 0.06) {
    const amount = f.helpers.arrayElement([20, 40, 60, 80, 100, 200]);
    drafts.push(draft(day, f.number.int({ min: 8 * 60, max: 22 * 60 }), { amount, type: 'DEBIT', description: 'ATM Withdrawal', original_description: `ATM WITHDRAWAL ${profile.atm}`, category: CATEGORY.cash, merchant_category_code: 6011 }));
  }
  return drafts;
};

const savings: Plan = ({ f, day, account, profile }) => {
  const drafts: TransactionDraft[] = [];
  const certificate = account.subtype === 'CERTIFICATE_OF_DEPOSIT';
  if (!certificate && dayOfMonth(day) === 15) {
    drafts.push(draft(day, 12 * 60, { amount: profile.savingsTransfer, type: 'CREDIT', description: 'Transfer from Checking', original_description: 'ONLINE TRANSFER FROM CHECKING', category: CATEGORY.transfer, memo: 'Monthly savings' }));
  }
  if (!certificate && f.number.float() < 0.01) {
    const amount = roundMoney(f.number.int({ min: 10, max: 100 }) * 10);
    drafts.push(draft(day, 12 * 60, { amount, type: 'DEBIT', description: 'Transfer to Checking', original_description: 'ONLINE TRANSFER TO CHECKING', category: CATEGORY.transfer }));
  }
  if (isLastDayOfMonth(day)) {
    const rate = account.apy ?? account.interest_rate ?? 0.5;
    const amount = Math.max(0.01, roundMoney(((account.balance ?? 0) * rate) / 100 / 12));
    drafts.push(draft(day, 4 * 60, { amount, type: 'CREDIT', description: 'Interest Paid', original_description: 'INTEREST PAID', category: CATEGORY.interestIncome }));
  }
  return drafts;
};

const card: Plan = (input) => {
  const { f, day, account } = input;
  const drafts = spending(input);
  if (dayOfMonth(day) === (account.day_payment_is_due ?? 25)) {
    const amount = roundMoney(f.number.float({ min: 150, max: 1500 }));
    drafts.push(draft(day, 8 * 60, { amount, type: 'CREDIT', description: 'Payment Thank You', original_description: 'PAYMENT THANK YOU - WEB', category: CATEGORY.cardPayment }));
  }
  return drafts;
};

const LOAN_CATEGORY: Record<string, string> = { AUTO: CATEGORY.autoPayment, STUDENT: CATEGORY.studentLoan };

const loan: Plan = ({ day, account }) => {
  if (dayOfMonth(day) !== (account.day_payment_is_due ?? 1)) return [];
  const balance = account.balance ?? 0;
  const interest = Math.max(0.01, roundMoney((balance * (account.interest_rate ?? account.apr ?? 5)) / 100 / 12));
  const payment = account.minimum_payment ?? Math.max(25, roundMoney(balance * 0.02));
  const category = account.type === 'MORTGAGE' ? CATEGORY.rent : (LOAN_CATEGORY[account.subtype ?? ''] ?? CATEGORY.transfer);
  return [
    draft(day, 3 * 60, { amount: interest, type: 'DEBIT', description: 'Interest Charge', original_description: 'INTEREST CHARGE', category: CATEGORY.financeCharge }),
    draft(day, 9 * 60, { amount: payment, type: 'CREDIT', description: 'Payment Received', original_description: 'PAYMENT RECEIVED - THANK YOU', category, flags: ['bill_pay'] }),
  ];
};

const investment: Plan = ({ f, day, profile }) => {
  const drafts: TransactionDraft[] = [];
  const dom = dayOfMonth(day);
  if (dom === 1) {
    drafts.push(draft(day, 9 * 60, { amount: profile.contribution, type: 'CREDIT', description: 'Contribution', original_description: 'CONTRIBUTION ACH', category: CATEGORY.deposit }));
  }
  if (dom === 2) {
    const symbol = f.helpers.arrayElement(profile.funds);
    const security = SECURITIES.find((candidate) => candidate.symbol === symbol)!;
    const price = roundMoney(security.price * f.number.float({ min: 0.95, max: 1.05 }));
    const shares = Math.max(1, Math.floor(profile.contribution / price));
    drafts.push(
      draft(day, 15 * 60, { amount: roundMoney(shares * price), type: 'DEBIT', description: `Buy ${symbol}`, original_description: `BUY ${symbol} ${shares} SHS @ ${price.toFixed(2)}`, category: CATEGORY.buy, merchant_category_code: 6211 }),
    );
  }
  if (dom === 20 && monthOf(day) % 3 === 0) {
    for (const symbol of profile.funds) {
      const amount = roundMoney(f.number.float({ min: 4, max: 140 }));
      drafts.push(draft(day, 4 * 60, { amount, type: 'CREDIT', description: `Dividend ${symbol}`, original_description: `DIVIDEND ${symbol}`, category: CATEGORY.dividends }));
    }
  }
  return drafts;
};

const PLANS: Partial<Record<Account['type'], Plan>> = {
  CHECKING: checking,
  SAVINGS: savings,
  CREDIT_CARD: card,
  LOAN: loan,
  MORTGAGE: loan,
  LINE_OF_CREDIT: loan,
  CHECKING_LINE_OF_CREDIT: loan,
  INVESTMENT: investment,
};

/** Everything that decides an account's days, worked out once per account. */
export interface DayGenerator {
  account: Account;
  plan: Plan;
  profile: Profile;
  daily: MerchantRecord[];
  monthly: MerchantRecord[];
  seed: number;
}

/**
 * What generates an account's transactions, or null for types that have none. What happens on
 * a day depends only on the account's seed and the date, so gathering the same days again
 * (extended history after an aggregation, or in another order) tells the same story.
 */
export function dayGenerator(account: Account, seed: number, catalog: SpendingCatalog): DayGenerator | null {
  const plan = PLANS[account.type];
  if (!plan) return null;
  const usable = catalog.merchants.filter((merchant) => merchant.spending.accounts.includes(account.type));
  return {
    account,
    plan,
    profile: profileOf(seed),
    daily: usable.filter((merchant) => merchant.spending.weight !== undefined),
    monthly: usable.filter((merchant) => merchant.spending.monthly_on !== undefined),
    seed,
  };
}

/** The drafts of one day, in the order they happened. */
export function draftsOfDay(generator: DayGenerator, day: number): TransactionDraft[] {
  const { account, plan, profile, daily, monthly, seed } = generator;
  return withFaker(mixSeed(seed, day), (f) => plan({ f, day, account, profile, daily, monthly })).sort((a, b) => a.minute - b.minute);
}
