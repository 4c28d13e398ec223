import type { Account, Statement, Transaction } from '../spec/wire.js';
import type { StatementDocument } from '../store/tenant-state.js';
import { compareText } from './compare.js';
import { roundMoney } from './seeded-faker.js';
import { contentHash, renderStatementPdf } from './statement-pdf.js';

/** Accounts whose balance is money owed: a purchase (DEBIT) raises it, a payment (CREDIT) lowers it. */
const DEBT_TYPES = new Set<Account['type']>(['CREDIT_CARD', 'LOAN', 'MORTGAGE', 'LINE_OF_CREDIT', 'CHECKING_LINE_OF_CREDIT']);

export function signedAmount(account: Account, transaction: Pick<Transaction, 'amount' | 'type'>): number {
  const raises = DEBT_TYPES.has(account.type) ? transaction.type === 'DEBIT' : transaction.type === 'CREDIT';
  return raises ? transaction.amount : -transaction.amount;
}

/**
 * The lines of a statement: the account's transactions of the period that had posted, and had
 * been gathered, by `asOf` (when the statement was fetched), oldest first, signed as they moved
 * the balance. Later gatherings never change them, so the PDF renders to the same bytes.
 */
export function statementLines(account: Account, period: { start: string; end: string }, transactions: readonly Transaction[], asOf: number): StatementDocument['lines'] {
  const settled = (transaction: Transaction) =>
    transaction.status === 'POSTED' && Date.parse(transaction.created_at!) <= asOf && Date.parse(transaction.updated_at!) <= asOf;
  return transactions
    .filter((transaction) => transaction.account_guid === account.guid && transaction.date >= period.start && transaction.date <= period.end && settled(transaction))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.transacted_at ?? '', b.transacted_at ?? '') || compareText(a.guid, b.guid))
    .map((transaction) => ({ date: transaction.date, description: transaction.description, amount: roundMoney(signedAmount(account, transaction)) }));
}

/**
 * A monthly statement built from what the simulator knows about the account now: the posted
 * transactions of the period, a closing balance worked back from today's balance and the
 * transactions after the period, and the opening balance that makes the lines add up.
 */
export function statementDocument(
  institutionName: string,
  account: Account,
  period: { start: string; end: string },
  transactions: readonly Transaction[],
  asOf: number,
): StatementDocument {
  const lines = statementLines(account, period, transactions, asOf);
  const after = transactions
    .filter((transaction) => transaction.account_guid === account.guid && transaction.date > period.end)
    .reduce((sum, transaction) => sum + signedAmount(account, transaction), 0);
  const closing = roundMoney((account.balance ?? 0) - after);
  return {
    institution_name: institutionName,
    account_name: account.name,
    account_number: account.account_number,
    account_type: account.type,
    period_start: period.start,
    period_end: period.end,
    opening_balance: roundMoney(closing - lines.reduce((sum, line) => sum + line.amount, 0)),
    closing_balance: closing,
    lines,
  };
}

/** The statement resource for a document; `content_hash` is the SHA-256 of the PDF the document renders to. */
export function buildStatement(
  fields: { guid: string; account: Account; timestamp: string },
  document: StatementDocument,
): Statement {
  const { guid, account, timestamp } = fields;
  // keys in MX's (alphabetical) order
  return {
    account_guid: account.guid,
    content_hash: contentHash(renderStatementPdf({ guid, created_at: timestamp }, document)),
    created_at: timestamp,
    guid,
    member_guid: account.member_guid,
    updated_at: timestamp,
    uri: `/users/${encodeURIComponent(account.user_guid)}/members/${encodeURIComponent(account.member_guid)}/statements/${encodeURIComponent(guid)}.pdf`,
    user_guid: account.user_guid,
  };
}
