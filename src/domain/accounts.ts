import type { Account } from '../spec/wire.js';
import { own, valuesOf } from '../store/records.js';
import type { MemberState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { notFound } from './errors.js';
import { findAccount } from './member-data.js';
import { findMember, userMembers } from './members.js';
import { paginate, type PageQuery } from './pagination.js';

const accountList = (state: MemberState): Account[] => valuesOf(state.accounts).map((record) => record.account);

/** The user's accounts across its members: members in creation order, accounts in the order they were discovered. */
export function listUserAccounts(ctx: DomainContext, userGuid: string, query: PageQuery) {
  const accounts: Account[] = [];
  for (const state of userMembers(ctx, userGuid).members) for (const record of valuesOf(state.accounts)) accounts.push(record.account);
  return paginate(accounts, query);
}

export function listMemberAccounts(ctx: DomainContext, userGuid: string, memberGuid: string, query: PageQuery) {
  return paginate(accountList(findMember(ctx, userGuid, memberGuid).state), query);
}

export function readAccount(ctx: DomainContext, userGuid: string, accountGuid: string): Account {
  return findAccount(ctx, userGuid, accountGuid).record.account;
}

/** The same account as readAccount, but only through the member that holds it (404 under any other member). */
export function readAccountByMember(ctx: DomainContext, userGuid: string, memberGuid: string, accountGuid: string): Account {
  const record = own(findMember(ctx, userGuid, memberGuid).state.accounts, accountGuid);
  if (!record) throw notFound(`account "${accountGuid}" of member "${memberGuid}"`);
  return record.account;
}
