import type { Credential, CredentialRequest, Member } from '../spec/wire.js';
import { nextGuid } from '../store/random.js';
import type { MemberState, UserState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { DomainError, notFound } from './errors.js';
import { toCredentials, type InstitutionRecord } from './institutions.js';
import { paginate, type PageQuery } from './pagination.js';
import { settle } from './progress.js';
import { assertWritable, findUser } from './users.js';

export interface MemberCreateFields {
  institution_code: string;
  credentials?: CredentialRequest[] | null | undefined;
  identifier?: string | null | undefined;
  metadata?: string | null | undefined;
  skip_aggregation?: boolean | null | undefined;
  is_oauth?: boolean | null | undefined;
  /** OAuth members only: where the window leads back to (see domain/links.ts). */
  referral_source?: 'BROWSER' | 'APP' | null | undefined;
  client_redirect_url?: string | null | undefined;
  ui_message_webview_url_scheme?: string | null | undefined;
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
  const state = user.members[memberGuid];
  if (!state) throw notFound(`member "${memberGuid}" of user "${userGuid}"`);
  settle(ctx, state);
  return { user, state };
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

function sameCredentials(a: CredentialRequest[], b: CredentialRequest[]): boolean {
  const key = (list: CredentialRequest[]) => list.map(({ guid, value }) => `${guid}\u0000${value}`).sort().join('\u0001');
  return a.length > 0 && key(a) === key(b);
}

function assertNoDuplicate(user: UserState, institutionCode: string, credentials: CredentialRequest[], except?: string): void {
  const duplicate = Object.values(user.members).find(
    (other) => other.member.guid !== except && other.member.institution_code === institutionCode && sameCredentials(other.credentials, credentials),
  );
  if (duplicate) {
    throw new DomainError('conflict', `Member "${duplicate.member.guid}" already connects this user to "${institutionCode}" with the same credentials.`);
  }
}

function assertMemberIdentifierFree(user: UserState, identifier: string | null | undefined, except?: string): void {
  if (identifier === null || identifier === undefined) return;
  const taken = Object.values(user.members).some((other) => other.member.identifier === identifier && other.member.guid !== except);
  if (taken) throw new DomainError('conflict', `A member with the identifier "${identifier}" already exists for this user.`);
}

export function newMemberState(member: Member, credentials: CredentialRequest[], readOnly: boolean): MemberState {
  return {
    member,
    credentials,
    is_authenticated: false,
    has_processed_accounts: false,
    has_processed_transactions: false,
    job: null,
    forced_scenario: null,
    scenario_fault_counts: {},
    last_aggregation_started_at: null,
    balance_started_at: [],
    read_only: readOnly,
    accounts: {},
    account_owners: [],
    account_numbers: [],
    transactions: {},
    holdings: {},
    statements: {},
    statement_documents: {},
  };
}

/** Validates everything before storing anything, so a refused create changes nothing. */
export function prepareMember(ctx: DomainContext, userGuid: string, fields: MemberCreateFields): { user: UserState; state: MemberState; aggregate: boolean } {
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
  const guid = nextGuid(ctx.tenant.random, 'MBR');
  const member: Member = {
    aggregated_at: null,
    background_aggregation_is_disabled: false,
    connection_status: oauth ? 'PENDING' : 'CREATED',
    guid,
    identifier: fields.identifier ?? null,
    institution_code: institution.code,
    is_being_aggregated: false,
    is_oauth: oauth,
    metadata: fields.metadata ?? null,
    name: institution.name,
    oauth_window_uri: null,
    status: null,
    successfully_aggregated_at: null,
    user_guid: userGuid,
  };
  const state = newMemberState(member, credentials, false);
  return { user, state, aggregate: !oauth && fields.skip_aggregation !== true };
}

export function listMembers(ctx: DomainContext, userGuid: string, query: PageQuery) {
  const user = findUser(ctx, userGuid);
  return paginate(
    Object.values(user.members).map((state) => {
      settle(ctx, state);
      return state.member;
    }),
    query,
  );
}

/** Checks an update; returns the validated new credentials when they change. */
export function prepareMemberUpdate(ctx: DomainContext, user: UserState, state: MemberState, fields: MemberUpdateFields): CredentialRequest[] | null {
  assertWritable(state, `Member "${state.member.guid}"`);
  assertMemberIdentifierFree(user, fields.identifier, state.member.guid);
  if (!fields.credentials) return null;
  assertUserEnabled(user);
  if (state.member.is_oauth) throw new DomainError('invalid', 'An OAuth member has no credentials to update; use its oauth_window_uri instead.');
  const institution = ctx.institutions.get(state.member.institution_code);
  const merged = new Map(state.credentials.map((credential) => [credential.guid, credential.value]));
  for (const { guid, value } of fields.credentials) merged.set(guid, value);
  const credentials = validateCredentials(institution, [...merged].map(([guid, value]) => ({ guid, value })));
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

export function deleteMember(ctx: DomainContext, userGuid: string, memberGuid: string): void {
  const { user, state } = findMember(ctx, userGuid, memberGuid);
  assertWritable(state, `Member "${memberGuid}"`);
  delete user.members[memberGuid];
}

/** The institution credentials this member answered: guid, label and type, never values. */
export function listMemberCredentials(ctx: DomainContext, userGuid: string, memberGuid: string): Credential[] {
  const { state } = findMember(ctx, userGuid, memberGuid);
  const answered = new Set(state.credentials.map((credential) => credential.guid));
  return toCredentials(ctx.institutions.get(state.member.institution_code)).filter((credential) => answered.has(credential.guid));
}
