import { cleanseAndCategorize } from '../../domain/categorize.js';
import { listHoldings, readHolding } from '../../domain/holdings.js';
import type { DataScope } from '../../domain/member-data.js';
import { listTransactions, readTransaction } from '../../domain/transactions.js';
import { json, type Reply } from '../reply.js';
import { listReply } from './list-reply.js';
import { bodyOf, pageQuery, type HandlerContext, type Handlers } from './types.js';

function scope(c: HandlerContext): DataScope {
  return { user_guid: c.params.user_guid!, member_guid: c.params.member_guid, account_guid: c.params.account_guid };
}

function transactions(c: HandlerContext): Reply {
  const dates = { from_date: c.query.from_date as string | undefined, to_date: c.query.to_date as string | undefined };
  return listReply('transactions', listTransactions(c.domain, scope(c), { ...pageQuery(c), ...dates }));
}

const holdings = (c: HandlerContext): Reply => listReply('holdings', listHoldings(c.domain, scope(c), pageQuery(c)));

/** Transactions and holdings: per user, per member and per account, and one by guid. */
export const transactionHandlers: Handlers = {
  listUserTransactions: transactions,
  listMemberTransactions: transactions,
  listAccountTransactions: transactions,
  readTransaction: (c) => json(200, { transaction: readTransaction(c.domain, c.params.user_guid!, c.params.transaction_guid!) }),
  cleanseAndCategorizeTransactions: (c) => json(200, { transactions: cleanseAndCategorize(c.domain, bodyOf(c, 'cleanseAndCategorizeTransactions')!.transactions) }),
  listHoldings: holdings,
  listHoldingsByMember: holdings,
  listHoldingsByAccount: holdings,
  readHolding: (c) => json(200, { holding: readHolding(c.domain, c.params.user_guid!, c.params.holding_guid!) }),
};
