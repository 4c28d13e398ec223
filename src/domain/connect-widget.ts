import type { components } from '../generated/atrium.js';
import type { Member, User } from '../spec/wire.js';
import { own } from '../store/records.js';
import type { ConnectLink } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { DomainError, notFound } from './errors.js';
import { issueLink, spentSince } from './links.js';
import { assertUserEnabled, findMember, userMembers } from './members.js';
import { findUser } from './users.js';

type ConnectWidgetRequest = components['schemas']['ConnectWidgetRequestBody'];
type ConnectWidget = components['schemas']['ConnectWidget'];

/** MX: the URL works once and for 10 minutes (simulated time). */
export const CONNECT_WIDGET_TTL_MS = 10 * 60_000;

/**
 * A one-time Connect widget URL for the user, pointing back at the simulator. A disabled user
 * cannot connect (403); `current_member_guid` and `current_institution_code` must exist (404).
 */
export function createConnectWidgetUrl(ctx: DomainContext, userGuid: string, options: ConnectWidgetRequest): ConnectWidget {
  const user = findUser(ctx, userGuid);
  assertUserEnabled(user);
  if (options.current_member_guid) findMember(ctx, userGuid, options.current_member_guid);
  if (options.current_institution_code) ctx.institutions.get(options.current_institution_code);
  const token = issueLink(ctx, {
    kind: 'connect',
    user_guid: userGuid,
    issued_at: ctx.now,
    expires_at: ctx.now + CONNECT_WIDGET_TTL_MS,
    used_at: null,
    options: { ...options },
  });
  return { connect_widget_url: `${ctx.publicUrl}/connect/${token}`, guid: user.user.guid };
}

export interface ConnectWidgetView {
  user: User;
  options: ConnectLink['options'];
  expires_at: number;
  members: Member[];
}

/** A browser opened a widget URL: it works once, within 10 minutes of being issued. */
export function openConnectWidget(ctx: DomainContext, token: string): ConnectWidgetView {
  const link = own(ctx.tenant.links, token);
  if (link?.kind !== 'connect') throw notFound(`Connect widget URL "${token}"`);
  const spent = spentSince(link);
  if (spent !== null && spent <= ctx.now) {
    const why = link.used_at !== null ? 'has already been used' : 'has expired (they live 10 minutes)';
    throw new DomainError('not_found', `This Connect widget URL ${why}. Request a new one with POST /users/${link.user_guid}/connect_widget_url.`);
  }
  const { user, members } = userMembers(ctx, link.user_guid);
  link.used_at = ctx.now;
  return { user: user.user, options: link.options, expires_at: link.expires_at, members: members.map((state) => state.member) };
}
