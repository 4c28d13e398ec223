import type { AccountNumber, AccountOwner } from '../spec/wire.js';
import type { AccountRecord, MemberState, UserState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { notFound } from './errors.js';
import { findMember } from './members.js';
import { settle } from './progress.js';
import { refreshTestAtrium } from './test-atrium.js';
import { findUser } from './users.js';

/**
 * Reading a member's data: the member's job is brought up to date first (so a job with
 * instant or timed pacing has delivered what it gathers), and the read-only test member's
 * transactions are re-dated to the simulated day.
 */
function upToDate(ctx: DomainContext, state: MemberState): MemberState {
  settle(ctx, state);
  refreshTestAtrium(ctx, state);
  return state;
}

/** A member of the user, ready to be read (404 for an unknown user or member). */
export function memberData(ctx: DomainContext, userGuid: string, memberGuid: string): MemberState {
  return upToDate(ctx, findMember(ctx, userGuid, memberGuid).state);
}

/** Every member of the user, ready to be read, in the order they were created. */
export function userMembers(ctx: DomainContext, userGuid: string): { user: UserState; members: MemberState[] } {
  const user = findUser(ctx, userGuid);
  return { user, members: Object.values(user.members).map((state) => upToDate(ctx, state)) };
}

/** An account of the user through any of its members (404 when no member of this user has it). */
export function findAccount(ctx: DomainContext, userGuid: string, accountGuid: string): { state: MemberState; record: AccountRecord } {
  for (const state of userMembers(ctx, userGuid).members) {
    const record = state.accounts[accountGuid];
    if (record) return { state, record };
  }
  throw notFound(`account "${accountGuid}" of user "${userGuid}"`);
}

/** Owners that identification found for the member's accounts (empty until one completes). */
export function listAccountOwners(ctx: DomainContext, userGuid: string, memberGuid: string): AccountOwner[] {
  return memberData(ctx, userGuid, memberGuid).account_owners;
}

/** Account and routing numbers that verification revealed for the member (empty until one completes). */
export function listAccountNumbers(ctx: DomainContext, userGuid: string, memberGuid: string): AccountNumber[] {
  return memberData(ctx, userGuid, memberGuid).account_numbers;
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

/** The records of a scope, from the members it reaches (404 for an unknown user, member or account). */
export function recordsInScope<T extends { account_guid: string }>(ctx: DomainContext, scope: DataScope, records: (state: MemberState) => Record<string, T>): T[] {
  if (scope.account_guid !== undefined) {
    const accountGuid = scope.account_guid;
    const { state } = findAccount(ctx, scope.user_guid, accountGuid);
    return Object.values(records(state)).filter((record) => record.account_guid === accountGuid);
  }
  if (scope.member_guid !== undefined) return Object.values(records(memberData(ctx, scope.user_guid, scope.member_guid)));
  return userMembers(ctx, scope.user_guid).members.flatMap((state) => Object.values(records(state)));
}

/** One record of the user by guid, through any of its members (404 naming `what` otherwise). */
export function recordOfUser<T>(ctx: DomainContext, userGuid: string, guid: string, what: string, records: (state: MemberState) => Record<string, T>): T {
  for (const state of userMembers(ctx, userGuid).members) {
    const record = records(state)[guid];
    if (record) return record;
  }
  throw notFound(`${what} "${guid}" of user "${userGuid}"`);
}
