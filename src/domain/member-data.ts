import type { AccountNumber, AccountOwner } from '../spec/wire.js';
import { own, type Records, valuesOf } from '../store/records.js';
import type { AccountRecord, MemberState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { notFound } from './errors.js';
import { findMember, userMembers } from './members.js';

// Reading a member's data: findMember and userMembers bring each member's job up to date first,
// so a job with instant or timed pacing has delivered what it gathers.

const accountsOf = (state: MemberState): Records<AccountRecord> => state.accounts;

/** One record of the user by guid, through any of its members, with the member that holds it (404 naming `what` otherwise). */
export function recordOfUser<T>(ctx: DomainContext, userGuid: string, guid: string, what: string, records: (state: MemberState) => Records<T>): { state: MemberState; record: T } {
  for (const state of userMembers(ctx, userGuid).members) {
    const record = own(records(state), guid);
    if (record) return { state, record };
  }
  throw notFound(`${what} "${guid}" of user "${userGuid}"`);
}

/** An account of the user through any of its members (404 when no member of this user has it). */
export function findAccount(ctx: DomainContext, userGuid: string, accountGuid: string): { state: MemberState; record: AccountRecord } {
  return recordOfUser(ctx, userGuid, accountGuid, 'account', accountsOf);
}

/** Owners that identification found for the member's accounts (empty until one completes). */
export function listAccountOwners(ctx: DomainContext, userGuid: string, memberGuid: string): AccountOwner[] {
  return findMember(ctx, userGuid, memberGuid).state.account_owners;
}

/** Account and routing numbers that verification revealed for the member (empty until one completes). */
export function listAccountNumbers(ctx: DomainContext, userGuid: string, memberGuid: string): AccountNumber[] {
  return findMember(ctx, userGuid, memberGuid).state.account_numbers;
}

/** The numbers of one account of the user (empty when verification has not revealed them). */
export function listAccountNumbersByAccount(ctx: DomainContext, userGuid: string, accountGuid: string): AccountNumber[] {
  const { state } = findAccount(ctx, userGuid, accountGuid);
  return state.account_numbers.filter((number) => number.account_guid === accountGuid);
}

/** Where a list endpoint looks: all of a user's members, one member, or one account of the user. */
export interface DataScope {
  user_guid: string;
  member_guid?: string | undefined;
  account_guid?: string | undefined;
}

/** The members a scope reaches (404 for an unknown user, member or account). */
export function membersInScope(ctx: DomainContext, scope: DataScope): MemberState[] {
  if (scope.account_guid !== undefined) return [findAccount(ctx, scope.user_guid, scope.account_guid).state];
  if (scope.member_guid !== undefined) return [findMember(ctx, scope.user_guid, scope.member_guid).state];
  return userMembers(ctx, scope.user_guid).members;
}

/** The records of a scope, from the members it reaches (404 for an unknown user, member or account). */
export function recordsInScope<T extends { account_guid: string }>(ctx: DomainContext, scope: DataScope, records: (state: MemberState) => Records<T>): T[] {
  const all = membersInScope(ctx, scope).flatMap((state) => valuesOf(records(state)));
  return scope.account_guid === undefined ? all : all.filter((record) => record.account_guid === scope.account_guid);
}
