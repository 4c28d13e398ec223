import { own, valuesOf } from '../store/records.js';
import type { Member } from '../spec/wire.js';
import type { LinkRecord, MemberState, OAuthLink, TenantState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { DomainError } from './errors.js';

const TOKEN_LENGTH = 48;
/** Used and expired links are kept this long (simulated time) so that reopening one says why it no longer works. */
const KEEP_SPENT_MS = 24 * 3_600_000;
/** Links a tenant keeps at most: a client polling oauth_window_uri in a loop must not grow the state without end. */
export const MAX_LINKS = 1_000;

/** Whether a link can no longer be opened, and since when. */
export function spentSince(link: LinkRecord): number | null {
  if (link.used_at !== null) return link.used_at;
  return link.kind === 'connect' ? link.expires_at : null;
}

/** Forgets every link of the tenant that `gone` picks (links of a deleted user or member, links spent long ago). */
export function forgetLinks(ctx: DomainContext, gone: (link: LinkRecord) => boolean): void {
  for (const [token, link] of Object.entries(ctx.tenant.links)) {
    if (gone(link)) {
      delete ctx.tenant.links[token];
      ctx.work.changed = true;
    }
  }
}

/**
 * One-time links that point back at the simulator (OAuth windows, Connect widget URLs). Tokens
 * grant access without a key, so they come from crypto randomness, not from the seeded ids: a
 * replay of the same calls elsewhere cannot predict them.
 * Issuing one also forgets links spent for a day, and links whose user or member no longer
 * exists (deletes remove them too; this catches links of a restored snapshot).
 */
export function issueLink(ctx: DomainContext, link: LinkRecord): string {
  forgetLinks(ctx, (existing) => {
    const spent = spentSince(existing);
    const user = own(ctx.tenant.users, existing.user_guid);
    const gone = !user || (existing.kind === 'oauth' && !own(user.members, existing.member_guid));
    return gone || (spent !== null && ctx.now - spent > KEEP_SPENT_MS);
  });
  makeRoomForLink(ctx);
  const token = ctx.work.token(TOKEN_LENGTH);
  ctx.tenant.links[token] = link;
  // a GET issues windows too (oauth_window_uri): it changed the tenant
  ctx.work.changed = true;
  return token;
}

/** Past the cap, forgets spent links first and then the oldest open ones (keys keep insertion order). */
function makeRoomForLink(ctx: DomainContext): void {
  const tokens = Object.keys(ctx.tenant.links);
  let excess = tokens.length - MAX_LINKS + 1;
  if (excess <= 0) return;
  const spentFirst = [
    ...tokens.filter((token) => spentSince(ctx.tenant.links[token]!) !== null),
    ...tokens.filter((token) => spentSince(ctx.tenant.links[token]!) === null),
  ];
  for (const token of spentFirst) {
    if (excess-- <= 0) break;
    delete ctx.tenant.links[token];
  }
  ctx.work.changed = true;
}

/** The tenant that issued a token: a browser opening the link sends no MX-Client-ID. */
export function findLink(tenants: Iterable<TenantState>, token: string): { tenant: TenantState; link: LinkRecord } | undefined {
  for (const tenant of tenants) {
    const link = own(tenant.links, token);
    if (link) return { tenant, link };
  }
  return undefined;
}

/** What a client may ask of an OAuth window (createMember with is_oauth, readOAuthWindowURI). */
export interface OAuthOptions {
  skip_aggregation?: boolean | null | undefined;
  client_redirect_url?: string | null | undefined;
  referral_source?: 'BROWSER' | 'APP' | null | undefined;
  ui_message_webview_url_scheme?: string | null | undefined;
}

/** Refuses redirect targets a browser could not follow (or that would run script) with 400, before anything is stored. */
export function assertOAuthOptions(options: OAuthOptions): void {
  const url = options.client_redirect_url;
  if (url !== null && url !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || ['javascript:', 'data:', 'vbscript:', 'file:'].includes(parsed.protocol)) {
      throw new DomainError('invalid', `client_redirect_url "${url}" must be an absolute URL such as https://example.com/oauth-complete or myapp://oauth-complete.`);
    }
  }
  const scheme = options.ui_message_webview_url_scheme;
  if (scheme !== null && scheme !== undefined && !/^[A-Za-z][A-Za-z0-9+.-]*$/.test(scheme)) {
    throw new DomainError('invalid', `ui_message_webview_url_scheme "${scheme}" must be a URL scheme such as atrium or myapp.`);
  }
}

/** Whether a link is one of the member's OAuth windows. */
function isWindowOf(member: Member, link: LinkRecord): link is OAuthLink {
  return link.kind === 'oauth' && link.user_guid === member.user_guid && link.member_guid === member.guid;
}

/**
 * The member's OAuth window that can still be opened, if any (its options decide skip_aggregation).
 * There is at most one: issuing a window voids the earlier ones.
 */
export function openWindowOf(ctx: DomainContext, member: Member): OAuthLink | undefined {
  return valuesOf(ctx.tenant.links).find((link): link is OAuthLink => isWindowOf(member, link) && link.used_at === null);
}

/** Every OAuth window of the member that was not opened stops working (a newer window, or OAuth completed). */
export function voidOAuthWindows(ctx: DomainContext, member: Member): void {
  for (const link of valuesOf(ctx.tenant.links)) {
    if (isWindowOf(member, link) && link.used_at === null) {
      link.used_at = ctx.now;
      ctx.work.changed = true;
    }
  }
}

/**
 * A fresh one-time OAuth window for the member: `${publicUrl}/oauth/window/<token>`, stored as
 * the member's oauth_window_uri. Earlier windows of the member that were not opened stop working.
 */
export function issueOAuthWindow(ctx: DomainContext, state: MemberState, options: OAuthOptions): string {
  const { member } = state;
  voidOAuthWindows(ctx, member);
  const token = issueLink(ctx, {
    kind: 'oauth',
    user_guid: member.user_guid,
    member_guid: member.guid,
    issued_at: ctx.now,
    used_at: null,
    skip_aggregation: options.skip_aggregation === true,
    client_redirect_url: options.client_redirect_url ?? null,
    referral_source: options.referral_source ?? null,
    ui_message_webview_url_scheme: options.ui_message_webview_url_scheme ?? null,
  });
  member.oauth_window_uri = `${ctx.publicUrl}/oauth/window/${token}`;
  return token;
}
