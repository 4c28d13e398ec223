import type { Account, AccountNumber } from '../spec/wire.js';
import type { AccountRecord } from '../store/tenant-state.js';
import type { AccountProfile } from '../domain/institutions.js';
import type { AccountTemplate } from './data-sets.js';
import { roundMoney, withFaker } from './seeded-faker.js';

export interface AccountOwnership {
  guid: string;
  member_guid: string;
  user_guid: string;
  institution_code: string;
}

const EMPTY_ACCOUNT: Omit<Account, 'guid' | 'member_guid' | 'user_guid' | 'institution_code' | 'name' | 'type' | 'created_at' | 'updated_at'> = {
  account_number: null,
  apr: null,
  apy: null,
  available_balance: null,
  available_credit: null,
  balance: null,
  cash_balance: null,
  cash_surrender_value: null,
  credit_limit: null,
  currency_code: 'USD',
  day_payment_is_due: null,
  death_benefit: null,
  holdings_value: null,
  insured_name: null,
  interest_rate: null,
  is_closed: false,
  last_payment: null,
  last_payment_at: null,
  loan_amount: null,
  matures_on: null,
  minimum_balance: null,
  minimum_payment: null,
  original_balance: null,
  payment_due_at: null,
  payoff_balance: null,
  pay_out_amount: null,
  premium_amount: null,
  started_on: null,
  subtype: null,
  total_account_value: null,
};

/**
 * Every account is made by this one literal, in one key order, so V8 gives them all one hidden
 * class: spreading templates of different shapes over EMPTY_ACCOUNT made a class per account, and
 * every reader of a page (the response check, JSON.stringify) went megamorphic (9x slower).
 */
function accountObject(fields: Account): Account {
  return {
    account_number: fields.account_number,
    apr: fields.apr,
    apy: fields.apy,
    available_balance: fields.available_balance,
    available_credit: fields.available_credit,
    balance: fields.balance,
    cash_balance: fields.cash_balance,
    cash_surrender_value: fields.cash_surrender_value,
    credit_limit: fields.credit_limit,
    currency_code: fields.currency_code,
    day_payment_is_due: fields.day_payment_is_due,
    death_benefit: fields.death_benefit,
    holdings_value: fields.holdings_value,
    insured_name: fields.insured_name,
    interest_rate: fields.interest_rate,
    is_closed: fields.is_closed,
    last_payment: fields.last_payment,
    last_payment_at: fields.last_payment_at,
    loan_amount: fields.loan_amount,
    matures_on: fields.matures_on,
    minimum_balance: fields.minimum_balance,
    minimum_payment: fields.minimum_payment,
    original_balance: fields.original_balance,
    payment_due_at: fields.payment_due_at,
    payoff_balance: fields.payoff_balance,
    pay_out_amount: fields.pay_out_amount,
    premium_amount: fields.premium_amount,
    started_on: fields.started_on,
    subtype: fields.subtype,
    total_account_value: fields.total_account_value,
    name: fields.name,
    type: fields.type,
    guid: fields.guid,
    member_guid: fields.member_guid,
    user_guid: fields.user_guid,
    institution_code: fields.institution_code,
    created_at: fields.created_at,
    updated_at: fields.updated_at,
  };
}

/** `seed` (from the tenant's PRNG) drives everything generated for the account later: transactions, holdings. */
export function accountFromTemplate(template: AccountTemplate, owner: AccountOwnership, timestamp: string, seed: number): AccountRecord {
  const { full_account_number, routing_number, guid: _fixtureGuid, ...fields } = template;
  return {
    account: accountObject({ ...EMPTY_ACCOUNT, ...fields, ...owner, created_at: timestamp, updated_at: timestamp }),
    full_account_number,
    routing_number: routing_number ?? null,
    seed,
    basis_balance: template.balance,
    history: null,
  };
}

/** Verification reveals the numbers of demand-deposit accounts only (MX docs). */
export function isDemandDeposit({ account }: AccountRecord): boolean {
  return account.type === 'CHECKING' || account.type === 'SAVINGS';
}

/** What verification reveals about an account: its full number and routing number. */
export function accountNumberOf({ account, full_account_number, routing_number }: AccountRecord): AccountNumber {
  return {
    account_guid: account.guid,
    account_number: full_account_number,
    institution_number: null,
    member_guid: account.member_guid,
    routing_number,
    transit_number: null,
    user_guid: account.user_guid,
  };
}

type Kind = 'checking' | 'savings' | 'certificate' | 'credit_card' | 'auto_loan' | 'brokerage' | 'roth_ira' | 'mortgage';

const PROFILE_KINDS: Record<AccountProfile, Kind[][]> = {
  retail_bank: [['checking', 'savings'], ['checking', 'savings', 'credit_card'], ['checking', 'credit_card']],
  online_bank: [['checking', 'savings'], ['savings', 'certificate']],
  credit_union: [['checking', 'savings'], ['checking', 'savings', 'auto_loan']],
  card_issuer: [['credit_card'], ['credit_card', 'credit_card']],
  brokerage: [['brokerage'], ['brokerage', 'roth_ira']],
  mortgage_lender: [['mortgage']],
};

/** Realistic accounts for a member of a non-fixture institution, deterministic for a seed. */
export function generatedAccountTemplates(profile: AccountProfile, seed: number): AccountTemplate[] {
  return withFaker(seed, (f) => {
    const routing = f.finance.routingNumber();
    const number = (): Pick<AccountTemplate, 'account_number' | 'full_account_number'> => {
      const full = f.string.numeric({ length: { min: 9, max: 12 }, allowLeadingZeros: false });
      return { account_number: full.slice(-4), full_account_number: full };
    };
    const money = (min: number, max: number): number => roundMoney(f.number.float({ min, max }));
    const build: Record<Kind, () => AccountTemplate> = {
      checking: () => {
        const balance = money(150, 8500);
        return { name: f.helpers.arrayElement(['Everyday Checking', 'Total Checking', 'Premier Checking', 'Share Draft']), type: 'CHECKING', subtype: null, balance, available_balance: balance, routing_number: routing, ...number() };
      },
      savings: () => {
        const balance = money(500, 25000);
        return { name: f.helpers.arrayElement(['Way2Save Savings', 'Premier Savings', 'High Yield Savings', 'Share Savings']), type: 'SAVINGS', subtype: null, balance, available_balance: balance, apy: money(0.5, 4.5), routing_number: routing, ...number() };
      },
      certificate: () => {
        const balance = money(1000, 20000);
        return { name: '12 Month CD', type: 'SAVINGS', subtype: 'CERTIFICATE_OF_DEPOSIT', balance, original_balance: balance, apy: money(3, 5), ...number() };
      },
      credit_card: () => {
        const credit_limit = f.helpers.arrayElement([2500, 5000, 7500, 12000, 20000]);
        const balance = money(0, credit_limit * 0.6);
        return { name: f.helpers.arrayElement(['Platinum Card', 'Rewards Visa', 'Cash Back Card', 'Travel Card']), type: 'CREDIT_CARD', subtype: null, balance, credit_limit, available_credit: roundMoney(credit_limit - balance), available_balance: roundMoney(credit_limit - balance), apr: money(15, 29), minimum_payment: roundMoney(Math.max(25, balance * 0.02)), day_payment_is_due: f.number.int({ min: 1, max: 28 }), ...number() };
      },
      auto_loan: () => {
        const original_balance = money(12000, 45000);
        return { name: 'Auto Loan', type: 'LOAN', subtype: 'AUTO', balance: roundMoney(original_balance * f.number.float({ min: 0.2, max: 0.9 })), original_balance, interest_rate: money(3, 9), minimum_payment: money(250, 650), day_payment_is_due: f.number.int({ min: 1, max: 28 }), ...number() };
      },
      brokerage: () => {
        const cash_balance = money(100, 5000);
        const holdings_value = money(5000, 150000);
        const total = roundMoney(cash_balance + holdings_value);
        return { name: 'Individual Brokerage', type: 'INVESTMENT', subtype: 'BROKERAGE', balance: total, cash_balance, holdings_value, total_account_value: total, ...number() };
      },
      roth_ira: () => {
        const holdings_value = money(2000, 80000);
        return { name: 'Roth IRA', type: 'INVESTMENT', subtype: 'ROTH_IRA', balance: holdings_value, cash_balance: 0, holdings_value, total_account_value: holdings_value, ...number() };
      },
      mortgage: () => {
        const original_balance = money(150000, 650000);
        return { name: 'Home Mortgage', type: 'MORTGAGE', subtype: null, balance: roundMoney(original_balance * f.number.float({ min: 0.4, max: 0.95 })), original_balance, interest_rate: money(2.5, 7.5), minimum_payment: money(900, 3800), day_payment_is_due: 1, ...number() };
      },
    };
    return f.helpers.arrayElement(PROFILE_KINDS[profile]).map((kind: Kind) => build[kind]());
  });
}
