import { listMemberAccounts, listUserAccounts, readAccount, readAccountByMember } from '../../domain/accounts.js';
import { listAccountNumbers, listAccountNumbersByAccount } from '../../domain/member-data.js';
import { json } from '../reply.js';
import { listReply } from './list-reply.js';
import { pageQuery, type Handlers } from './types.js';

export const accountHandlers: Handlers = {
  listUserAccounts: (c) => listReply('accounts', listUserAccounts(c.domain, c.params.user_guid!, pageQuery(c))),
  listMemberAccounts: (c) => listReply('accounts', listMemberAccounts(c.domain, c.params.user_guid!, c.params.member_guid!, pageQuery(c))),
  readAccount: (c) => json(200, { account: readAccount(c.domain, c.params.user_guid!, c.params.account_guid!) }),
  readAccountByMemberGUID: (c) => json(200, { account: readAccountByMember(c.domain, c.params.user_guid!, c.params.member_guid!, c.params.account_guid!) }),
  listAccountNumbers: (c) => json(200, { account_numbers: listAccountNumbers(c.domain, c.params.user_guid!, c.params.member_guid!) }),
  listAccountNumbersByAccount: (c) => json(200, { account_numbers: listAccountNumbersByAccount(c.domain, c.params.user_guid!, c.params.account_guid!) }),
};
