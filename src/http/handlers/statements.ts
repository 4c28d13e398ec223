import { PDF_MEDIA_TYPE, listMemberStatements, readMemberStatement, statementPdf } from '../../domain/statements.js';
import { json } from '../reply.js';
import { listReply } from './list-reply.js';
import { pageQuery, type Handlers } from './types.js';

export const statementHandlers: Handlers = {
  listMemberStatements: (c) => listReply('statements', listMemberStatements(c.domain, c.params.user_guid!, c.params.member_guid!, pageQuery(c))),
  readMemberStatement: (c) => {
    const statement = readMemberStatement(c.domain, c.params.user_guid!, c.params.member_guid!, c.params.statement_guid!);
    // MX's docs send `statement`; every official SDK reads `user` (docs/sdk-compatibility.md): both by default
    const key = c.domain.settings.statementRootKey;
    return json(200, key === 'both' ? { statement, user: statement } : key === 'user' ? { user: statement } : { statement });
  },
  downloadStatementPdf: (c) => ({
    status: 200,
    body: statementPdf(c.domain, c.params.user_guid!, c.params.member_guid!, c.params.statement_guid!),
    contentType: PDF_MEDIA_TYPE,
  }),
};
