import type { User } from '../spec/wire.js';
import { own, records, valuesOf } from '../store/records.js';
import { nextGuid } from '../store/random.js';
import type { UserState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { DomainError, notFound } from './errors.js';
import { forgetLinks } from './links.js';
import { paginate, type PageQuery } from './pagination.js';

export interface UserFields {
  identifier?: string | null | undefined;
  is_disabled?: boolean | null | undefined;
  metadata?: string | null | undefined;
}

export function findUser(ctx: DomainContext, userGuid: string): UserState {
  const state = own(ctx.tenant.users, userGuid) ?? (userGuid === ctx.data.testAtrium.user.guid ? ctx.testAtrium() : undefined);
  if (!state) throw notFound(`user "${userGuid}"`);
  return state;
}

/** Users the client created (the read-only test user is reachable by guid but never listed or counted). */
function ownUsers(ctx: DomainContext): UserState[] {
  return valuesOf(ctx.tenant.users);
}

/**
 * How many users the client created, and whether one but `except` has the identifier: one pass
 * over the records without copying them (POST /users runs it on every create).
 */
function scanUsers(ctx: DomainContext, identifier: string | null | undefined, except?: string): { count: number; identifierTaken: boolean } {
  const { users } = ctx.tenant;
  let count = 0;
  let identifierTaken = false;
  for (const guid in users) {
    count += 1;
    const { user } = users[guid]!;
    if (identifier !== null && identifier !== undefined && user.identifier === identifier && user.guid !== except) identifierTaken = true;
  }
  return { count, identifierTaken };
}

function identifierConflict(identifier: string | null | undefined): DomainError {
  return new DomainError('conflict', `A user with the identifier "${identifier}" already exists.`);
}

export function assertWritable(state: { read_only: boolean }, what: string): void {
  if (state.read_only) throw new DomainError('not_allowed', `${what} is a read-only test fixture and cannot be changed.`);
}

export function createUser(ctx: DomainContext, fields: UserFields): User {
  const users = scanUsers(ctx, fields.identifier);
  if (users.count >= ctx.settings.maxUsers) {
    throw new DomainError('not_allowed', `This client has reached its limit of ${ctx.settings.maxUsers} users.`);
  }
  if (users.identifierTaken) throw identifierConflict(fields.identifier);
  const user: User = {
    guid: nextGuid(ctx.tenant.random, 'USR'),
    identifier: fields.identifier ?? null,
    is_disabled: fields.is_disabled ?? false,
    metadata: fields.metadata ?? null,
  };
  ctx.tenant.users[user.guid] = { user, read_only: false, created_at: ctx.now, members: records() };
  return user;
}

export function listUsers(ctx: DomainContext, query: PageQuery) {
  return paginate(
    ownUsers(ctx).map((state) => state.user),
    query,
  );
}

export function updateUser(ctx: DomainContext, userGuid: string, fields: UserFields): User {
  const state = findUser(ctx, userGuid);
  assertWritable(state, `User "${userGuid}"`);
  // an update that keeps the identifier has nothing to check against the other users
  if (fields.identifier !== undefined && fields.identifier !== null && scanUsers(ctx, fields.identifier, userGuid).identifierTaken) throw identifierConflict(fields.identifier);
  const { user } = state;
  if (fields.identifier !== undefined && fields.identifier !== null) user.identifier = fields.identifier;
  if (fields.metadata !== undefined && fields.metadata !== null) user.metadata = fields.metadata;
  if (fields.is_disabled !== undefined && fields.is_disabled !== null) user.is_disabled = fields.is_disabled;
  return user;
}

/** Removes the user with all its members and data, and every OAuth window and Connect widget URL issued for it. */
export function deleteUser(ctx: DomainContext, userGuid: string): void {
  assertWritable(findUser(ctx, userGuid), `User "${userGuid}"`);
  delete ctx.tenant.users[userGuid];
  forgetLinks(ctx, (link) => link.user_guid === userGuid);
}
