import type { Credential, CredentialRequest, Member } from '../spec/wire.js';
import { own, records, valuesOf } from '../store/records.js';
import { nextGuid } from '../store/random.js';
import type { MemberState, UserState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { DomainError, notFound } from './errors.js';
import { toCredentials, type InstitutionRecord } from './institutions.js';
import { forgetLinks, type OAuthOptions } from './links.js';
import { paginate, type PageQuery } from './pagination.js';
import { settle } from './progress.js';
import { assertWritable, findUser } from './users.js';
import { newMemberState } from './member-state.js';

export { newMemberState } from './member-state.js';

/** The OAuth options apply to the first window of an OAuth member (see domain/links.ts). */
export interface MemberCreateFields extends OAuthOptions {
  institution_code: string;
  credentials?: CredentialRequest[] | null | undefined;
  identifier?: string | null | undefined;
  metadata?: string | null | undefined;
  is_oauth?: boolean | null | undefined;
}

export interface MemberUpdateFields {
  credentials?: CredentialRequest[] | null | undefined;
  identifier?: string | null | undefined;
  metadata?: string | null | undefined;
  background_aggregation_is_disabled?: boolean | null | undefined;
}

/** A member of a user, brought up to date with the simulated clock. */
export function findMember(ctx: DomainContext, userGuid: string, memberGuid: string): { user: UserState; state: MemberState } {
  const user = findUser(ctx, userGuid);
  const state = own(user.members, memberGuid);
  if (!state) throw notFound(`member "${memberGuid}" of user "${userGuid}"`);
  settle(ctx, state);
  return { user, state };
}

/** Every member of the user, brought up to date with the simulated clock, in the order they were created. */
export function userMembers(ctx: DomainContext, userGuid: string): { user: UserState; members: MemberState[] } {
  const user = findUser(ctx, userGuid);
  const members = valuesOf(user.members);
  for (const state of members) settle(ctx, state);
  return { user, members };
}

export function assertUserEnabled(user: UserState): void {
  if (user.user.is_disabled) {
    throw new DomainError('forbidden', `User "${user.user.guid}" is disabled; enable it (is_disabled: false) before connecting or aggregating.`);
  }
}

/** Every credential of the institution answered once, each guid its own, option values valid. */
function validateCredentials(institution: InstitutionRecord, credentials: CredentialRequest[]): CredentialRequest[] {
  const known = new Map(institution.credentials.map((credential) => [credential.guid, credential]));
  const seen = new Set<string>();
  for (const { guid, value } of credentials) {
    const definition = known.get(guid);
    if (!definition) {
      throw new DomainError('invalid', `Credential "${guid}" does not belong to institution "${institution.code}"; see GET /institutions/${institution.code}/credentials.`);
    }
    if (seen.has(guid)) throw new DomainError('invalid', `Credential "${guid}" is given more than once.`);
    seen.add(guid);
    if (definition.options && !definition.options.some((option) => option.value === value)) {
      const allowed = definition.options.map((option) => option.value).join(', ');
      throw new DomainError('invalid', `Credential "${definition.label}" (${guid}) must be one of: ${allowed}.`);
    }
  }
  const missing = institution.credentials.filter((credential) => !seen.has(credential.guid));
  if (missing.length > 0) {
    const names = missing.map((credential) => `${credential.label} (${credential.guid})`).join(', ');
    throw new DomainError('invalid', `Missing credentials for institution "${institution.code}": ${names}.`);
  }
  return credentials.map(({ guid, value }) => ({ guid, value }));
}

/** The same guids with the same values, in any order. */
function credentialsEqual(a: CredentialRequest[], b: CredentialRequest[]): boolean {
  const key = (list: CredentialRequest[]) => list.map(({ guid, value }) => `${guid}\u0000${value}`).sort().join('\u0001');
  return key(a) === key(b);
}

/** Two members log in alike (members without credentials, OAuth ones, never do). */
function sameCredentials(a: CredentialRequest[], b: CredentialRequest[]): boolean {
  return a.length > 0 && credentialsEqual(a, b);
}

function assertNoDuplicate(user: UserState, institutionCode: string, credentials: CredentialRequest[], except?: string): void {
  const duplicate = valuesOf(user.members).find(
    (other) => other.member.guid !== except && other.member.institution_code === institutionCode && sameCredentials(other.credentials, credentials),
  );
  if (duplicate) {
    throw new DomainError('conflict', `Member "${duplicate.member.guid}" already connects this user to "${institutionCode}" with the same credentials.`);
  }
}

function assertMemberIdentifierFree(user: UserState, identifier: string | null | undefined, except?: string): void {
  if (identifier === null || identifier === undefined) return;
  const taken = valuesOf(user.members).some((other) => other.member.identifier === identifier && other.member.guid !== except);
  if (taken) throw new DomainError('conflict', `A member with the identifier "${identifier}" already exists for this user.`);
}


/** A create request that passed every check; nothing is drawn or stored yet. */
export interface CheckedMember {
  user: UserState;
  institution: InstitutionRecord;
  credentials: CredentialRequest[];
  oauth: boolean;
  /** Whether creating it starts a standard aggregation. */
  aggregate: boolean;
}

/** Validates a create request without storing or drawing anything, so a refused create changes nothing. */
export function checkNewMember(ctx: DomainContext, userGuid: string, fields: MemberCreateFields): CheckedMember {
  const user = findUser(ctx, userGuid);
  assertWritable(user, `User "${userGuid}"`);
  assertUserEnabled(user);
  const institution = ctx.institutions.get(fields.institution_code);
  const oauth = fields.is_oauth === true;
  if (oauth && !institution.supports_oauth) {
    throw new DomainError('invalid', `Member cannot use OAuth: institution "${institution.code}" does not support it.`);
  }
  const credentials = oauth ? [] : validateCredentials(institution, fields.credentials ?? []);
  if (Object.keys(user.members).length >= ctx.settings.maxMembersPerUser) {
    throw new DomainError('not_allowed', `User "${userGuid}" already has ${ctx.settings.maxMembersPerUser} members, the most a user may have.`);
  }
  assertNoDuplicate(user, institution.code, credentials);
  assertMemberIdentifierFree(user, fields.identifier);
  return { user, institution, credentials, oauth, aggregate: !oauth && fields.skip_aggregation !== true };
}

/** The new member of a checked request, with a fresh guid; the caller stores it. */
export function newMember(ctx: DomainContext, checked: CheckedMember, fields: MemberCreateFields): MemberState {
  const { institution, oauth } = checked;
  const member: Member = {
    aggregated_at: null,
    background_aggregation_is_disabled: false,
    connection_status: oauth ? 'PENDING' : 'CREATED',
    guid: nextGuid(ctx.tenant.random, 'MBR'),
    identifier: fields.identifier ?? null,
    institution_code: institution.code,
    is_being_aggregated: false,
    is_oauth: oauth,
    metadata: fields.metadata ?? null,
    name: institution.name,
    oauth_window_uri: null,
    status: null,
    successfully_aggregated_at: null,
    user_guid: checked.user.user.guid,
  };
  return newMemberState(member, checked.credentials, false);
}

export function listMembers(ctx: DomainContext, userGuid: string, query: PageQuery) {
  return paginate(
    userMembers(ctx, userGuid).members.map((state) => state.member),
    query,
  );
}

/**
 * Checks an update; returns the validated new credentials when their values change. Credentials
 * that are left out keep their values, so `[]` or the same values again change nothing.
 */
export function prepareMemberUpdate(ctx: DomainContext, user: UserState, state: MemberState, fields: MemberUpdateFields): CredentialRequest[] | null {
  assertWritable(state, `Member "${state.member.guid}"`);
  assertMemberIdentifierFree(user, fields.identifier, state.member.guid);
  if (!fields.credentials || fields.credentials.length === 0) return null;
  if (state.member.is_oauth) throw new DomainError('invalid', 'An OAuth member has no credentials to update; use its oauth_window_uri instead.');
  const institution = ctx.institutions.get(state.member.institution_code);
  const merged = new Map(state.credentials.map((credential) => [credential.guid, credential.value]));
  for (const { guid, value } of fields.credentials) merged.set(guid, value);
  const credentials = validateCredentials(institution, [...merged].map(([guid, value]) => ({ guid, value })));
  if (credentialsEqual(credentials, state.credentials)) return null;
  assertUserEnabled(user);
  assertNoDuplicate(user, institution.code, credentials, state.member.guid);
  return credentials;
}

export function applyMemberFields(state: MemberState, fields: MemberUpdateFields): void {
  const { member } = state;
  if (fields.identifier !== undefined && fields.identifier !== null) member.identifier = fields.identifier;
  if (fields.metadata !== undefined && fields.metadata !== null) member.metadata = fields.metadata;
  if (fields.background_aggregation_is_disabled !== undefined && fields.background_aggregation_is_disabled !== null) {
    member.background_aggregation_is_disabled = fields.background_aggregation_is_disabled;
  }
}

/** Removes the member with its accounts and data, and its OAuth windows. */
export function deleteMember(ctx: DomainContext, userGuid: string, memberGuid: string): void {
  const { user, state } = findMember(ctx, userGuid, memberGuid);
  assertWritable(state, `Member "${memberGuid}"`);
  delete user.members[memberGuid];
  forgetLinks(ctx, (link) => link.kind === 'oauth' && link.user_guid === userGuid && link.member_guid === memberGuid);
}

/** The institution credentials this member answered: guid, label and type, never values. */
export function listMemberCredentials(ctx: DomainContext, userGuid: string, memberGuid: string): Credential[] {
  const { state } = findMember(ctx, userGuid, memberGuid);
  const answered = new Set(state.credentials.map((credential) => credential.guid));
  return toCredentials(ctx.institutions.get(state.member.institution_code)).filter((credential) => answered.has(credential.guid));
}
