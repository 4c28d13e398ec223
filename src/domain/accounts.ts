import type { Account } from '../spec/wire.js';
import type { MemberState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { notFound } from './errors.js';
import { findAccount, memberData, userMembers } from './member-data.js';
import { paginate, type PageQuery } from './pagination.js';

const accountsOf = (state: MemberState): Account[] => Object.values(state.accounts).map((record) => record.account);

/** The user's accounts across its members: members in creation order, accounts in the order they were discovered. */
export function listUserAccounts(ctx: DomainContext, userGuid: string, query: PageQuery) {
  return paginate(userMembers(ctx, userGuid).members.flatMap(accountsOf), query);
}

export function listMemberAccounts(ctx: DomainContext, userGuid: string, memberGuid: string, query: PageQuery) {
  return paginate(accountsOf(memberData(ctx, userGuid, memberGuid)), query);
}

export function readAccount(ctx: DomainContext, userGuid: string, accountGuid: string): Account {
  return findAccount(ctx, userGuid, accountGuid).record.account;
}

/** The same account as readAccount, but only through the member that holds it (404 under any other member). */
export function readAccountByMember(ctx: DomainContext, userGuid: string, memberGuid: string, accountGuid: string): Account {
  const record = memberData(ctx, userGuid, memberGuid).accounts[accountGuid];
  if (!record) throw notFound(`account "${accountGuid}" of member "${memberGuid}"`);
  return record.account;
}
