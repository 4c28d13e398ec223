import { PDF_MEDIA_TYPE, listMemberStatements, readMemberStatement, statementPdf } from '../../domain/statements.js';
import { json } from '../reply.js';
import { listReply } from './list-reply.js';
import { pageQuery, type Handlers } from './types.js';

export const statementHandlers: Handlers = {
  listMemberStatements: (c) => listReply('statements', listMemberStatements(c.domain, c.params.user_guid!, c.params.member_guid!, pageQuery(c))),
  readMemberStatement: (c) => {
    const statement = readMemberStatement(c.domain, c.params.user_guid!, c.params.member_guid!, c.params.statement_guid!);
    // the official SDKs read the root key `user` (atrium-api.md section 9); opt in with --statement-sdk-key
    return json(200, c.domain.settings.statementSdkKey ? { statement, user: statement } : { statement });
  },
  downloadStatementPdf: (c) => ({
    status: 200,
    body: statementPdf(c.domain, c.params.user_guid!, c.params.member_guid!, c.params.statement_guid!),
    contentType: PDF_MEDIA_TYPE,
  }),
};
