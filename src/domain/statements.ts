import { compareText } from '../factories/compare.js';
import { renderStatementPdf } from '../factories/statement-pdf.js';
import type { Statement } from '../spec/wire.js';
import { own } from '../store/own.js';
import type { MemberState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { DomainError, notFound } from './errors.js';
import { findMember } from './members.js';
import { paginate, type PageQuery } from './pagination.js';

export const PDF_MEDIA_TYPE = 'application/vnd.mx.atrium.v1+pdf';

function periodOf(state: MemberState, statement: Statement): string {
  return state.statement_documents[statement.guid]?.period_start ?? '';
}

/** Newest period first; within a period, accounts in the order they were discovered. */
export function listMemberStatements(ctx: DomainContext, userGuid: string, memberGuid: string, query: PageQuery) {
  const { state } = findMember(ctx, userGuid, memberGuid);
  const accountOrder = Object.keys(state.accounts);
  const statements = Object.values(state.statements).sort(
    (a, b) => compareText(periodOf(state, b), periodOf(state, a)) || accountOrder.indexOf(a.account_guid) - accountOrder.indexOf(b.account_guid),
  );
  return paginate(statements, query);
}

function findStatement(ctx: DomainContext, userGuid: string, memberGuid: string, statementGuid: string): { state: MemberState; statement: Statement } {
  const { state } = findMember(ctx, userGuid, memberGuid);
  const statement = own(state.statements, statementGuid);
  if (!statement) throw notFound(`statement "${statementGuid}" of member "${memberGuid}"`);
  return { state, statement };
}

export function readMemberStatement(ctx: DomainContext, userGuid: string, memberGuid: string, statementGuid: string): Statement {
  return findStatement(ctx, userGuid, memberGuid, statementGuid).statement;
}

/** The PDF, rendered again from the statement's document: the same bytes every time, whose SHA-256 is `content_hash`. */
export function statementPdf(ctx: DomainContext, userGuid: string, memberGuid: string, statementGuid: string): Buffer {
  const { state, statement } = findStatement(ctx, userGuid, memberGuid, statementGuid);
  const document = own(state.statement_documents, statementGuid);
  if (!document) throw new DomainError('simulator', `Statement "${statementGuid}" has no document to render.`);
  return renderStatementPdf(statement, document);
}
