import type { Member } from '../spec/wire.js';
import { own } from '../store/records.js';
import type { OAuthLink } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { DomainError, notFound } from './errors.js';
import { beginJob, chooseScenario, runningJob } from './jobs.js';
import { enterPhase } from './lifecycle.js';
import { assertOAuthOptions, issueOAuthWindow, openWindowOf, voidOAuthWindows, type OAuthOptions } from './links.js';
import { assertUserEnabled, findMember } from './members.js';
import { emitConnectionStatus } from './webhooks.js';

export type OAuthOutcome = 'CONNECTED' | 'DENIED';

function cannotUseOAuth(): DomainError {
  return new DomainError('invalid', 'Member cannot use OAuth.');
}

/**
 * A new one-time OAuth window for an OAuth member (created with `is_oauth: true`); earlier
 * windows that were not opened stop working. The query options apply to this window only.
 */
export function readOAuthWindowURI(ctx: DomainContext, userGuid: string, memberGuid: string, options: OAuthOptions): Member {
  const { user, state } = findMember(ctx, userGuid, memberGuid);
  if (!state.member.is_oauth) throw cannotUseOAuth();
  assertUserEnabled(user);
  assertOAuthOptions(options);
  issueOAuthWindow(ctx, state, options);
  return state.member;
}

/**
 * The end of the OAuth flow, as when the user finishes at the institution: CONNECTED leaves
 * PENDING and starts a standard aggregation (unless the window asked for skip_aggregation);
 * DENIED leaves the member DENIED. Every open window of the member is used up either way.
 * The control plane calls this directly; the browser route goes through openOAuthWindow.
 */
export function completeOAuth(ctx: DomainContext, userGuid: string, memberGuid: string, outcome: OAuthOutcome, window?: OAuthLink): Member {
  const { user, state } = findMember(ctx, userGuid, memberGuid);
  const { member } = state;
  if (!member.is_oauth) throw cannotUseOAuth();
  if (runningJob(state)) {
    throw new DomainError('conflict', `Member "${memberGuid}" is still running a job; OAuth can complete once it finishes.`);
  }
  if (outcome === 'CONNECTED') assertUserEnabled(user);
  const aggregate = outcome === 'CONNECTED' && (window ?? openWindowOf(ctx, member))?.skip_aggregation !== true;
  const scenario = aggregate ? chooseScenario(ctx, state) : null;
  voidOAuthWindows(ctx, member);
  member.oauth_window_uri = null;
  if (outcome === 'DENIED') {
    const before = member.connection_status;
    enterPhase(state, 'failed', ctx.now, 'DENIED');
    emitConnectionStatus(ctx, state, before, ctx.now);
    return member;
  }
  member.connection_status = 'CONNECTED';
  if (scenario) beginJob(ctx, state, 'aggregation', false, scenario);
  return member;
}

/** Where the browser goes after the window: the client's redirect URL, the app's URL scheme, or nowhere (a page). */
export function oauthRedirect(window: OAuthLink, member: Member, outcome: OAuthOutcome): string | null {
  const params = new URLSearchParams({ status: outcome === 'CONNECTED' ? 'success' : 'error', member_guid: member.guid });
  if (outcome === 'DENIED') params.set('error_reason', 'DENIED');
  if (window.client_redirect_url) {
    const url = new URL(window.client_redirect_url);
    for (const [name, value] of params) url.searchParams.set(name, value);
    return url.toString();
  }
  if (window.referral_source === 'APP' && window.ui_message_webview_url_scheme) {
    return `${window.ui_message_webview_url_scheme}://oauth_complete?${params.toString()}`;
  }
  return null;
}

/** A browser opened an OAuth window: completes OAuth once; a used (or superseded) window is a 404. */
export function openOAuthWindow(ctx: DomainContext, token: string, outcome: OAuthOutcome): { member: Member; redirect: string | null } {
  const window = own(ctx.tenant.links, token);
  if (window?.kind !== 'oauth') throw notFound(`OAuth window "${token}"`);
  if (window.used_at !== null) {
    throw new DomainError('not_found', 'This OAuth window has already been used, or a newer one was issued for the member. Request a new one with GET /users/{user_guid}/members/{member_guid}/oauth_window_uri.');
  }
  const member = completeOAuth(ctx, window.user_guid, window.member_guid, outcome, window);
  return { member, redirect: oauthRedirect(window, member, outcome) };
}
