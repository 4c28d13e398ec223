import { compareText } from '../factories/compare.js';
import { renderStatementPdf } from '../factories/statement-pdf.js';
import { statementLines } from '../factories/statements.js';
import type { Statement } from '../spec/wire.js';
import { own, valuesOf } from '../store/records.js';
import type { MemberState, StatementDocument, StatementRecord } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { DomainError, notFound } from './errors.js';
import { findMember } from './members.js';
import { paginate, type PageQuery } from './pagination.js';
import { testAtriumStatementLines } from './test-atrium.js';
import { accountTransactions } from './account-transactions.js';

export const PDF_MEDIA_TYPE = 'application/vnd.mx.atrium.v1+pdf';

/** Newest period first; within a period, accounts in the order they were discovered. */
export function listMemberStatements(ctx: DomainContext, userGuid: string, memberGuid: string, query: PageQuery) {
  const { state } = findMember(ctx, userGuid, memberGuid);
  const accountOrder = Object.keys(state.accounts);
  const statements = valuesOf(state.statements)
    .sort((a, b) => compareText(b.period_start, a.period_start) || accountOrder.indexOf(a.statement.account_guid) - accountOrder.indexOf(b.statement.account_guid))
    .map((record) => record.statement);
  return paginate(statements, query);
}

function findStatement(ctx: DomainContext, userGuid: string, memberGuid: string, statementGuid: string): { state: MemberState; record: StatementRecord } {
  const { state } = findMember(ctx, userGuid, memberGuid);
  const record = own(state.statements, statementGuid);
  if (!record) throw notFound(`statement "${statementGuid}" of member "${memberGuid}"`);
  return { state, record };
}

export function readMemberStatement(ctx: DomainContext, userGuid: string, memberGuid: string, statementGuid: string): Statement {
  return findStatement(ctx, userGuid, memberGuid, statementGuid).record.statement;
}

/** What the statement's PDF shows: balances kept when it was fetched, lines derived from the transactions gathered by then. */
function documentOf(ctx: DomainContext, state: MemberState, record: StatementRecord): StatementDocument {
  const accountRecord = own(state.accounts, record.statement.account_guid);
  if (!accountRecord) throw new DomainError('simulator', `Statement "${record.statement.guid}" belongs to an account the member no longer has.`);
  const { account } = accountRecord;
  const lines =
    (state.read_only ? testAtriumStatementLines(ctx.data, record.statement.guid) : undefined) ??
    statementLines(account, { start: record.period_start, end: record.period_end }, accountTransactions(ctx, state, accountRecord), record.as_of);
  return {
    institution_name: ctx.institutions.get(state.member.institution_code).name,
    account_name: account.name,
    account_number: account.account_number,
    account_type: account.type,
    period_start: record.period_start,
    period_end: record.period_end,
    opening_balance: record.opening_balance,
    closing_balance: record.closing_balance,
    lines,
  };
}

/** The PDF, rendered again from the statement's document: the same bytes every time, whose SHA-256 is `content_hash`. */
export function statementPdf(ctx: DomainContext, userGuid: string, memberGuid: string, statementGuid: string): Buffer {
  const { state, record } = findStatement(ctx, userGuid, memberGuid, statementGuid);
  return renderStatementPdf(record.statement, documentOf(ctx, state, record));
}
