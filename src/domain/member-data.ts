import type { AccountOwner } from '../spec/wire.js';
import type { DomainContext } from './context.js';
import { findMember } from './members.js';

/** Owners that identification found for the member's accounts (empty until one completes). */
export function listAccountOwners(ctx: DomainContext, userGuid: string, memberGuid: string): AccountOwner[] {
  return findMember(ctx, userGuid, memberGuid).state.account_owners;
}
