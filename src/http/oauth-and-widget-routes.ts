import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { ControlError, type ControlPlane } from '../control/control-plane.js';
import type { ConnectWidgetView } from '../domain/connect-widget.js';
import { DomainError } from '../domain/errors.js';
import type { OAuthOutcome } from '../domain/oauth.js';
import { toMxTimestamp } from '../simulation/clock.js';
import { publicUrlOf } from './reply-writer.js';
import { STATUS_BY_CODE } from './errors.js';

export interface OAuthAndWidgetDeps {
  control: ControlPlane;
  logger?: Logger;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escape(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function page(title: string, body: string, dark = false): string {
  const colors = dark ? 'background:#1d2127;color:#e8eaed' : 'background:#f6f7f9;color:#1d2127';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} - atrium-mock</title>
<style>body{font:15px/1.5 system-ui,sans-serif;${colors};margin:0;padding:2rem}main{max-width:42rem;margin:auto}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #8884}code{font-size:90%}
.note{opacity:.75;font-size:90%}</style></head>
<body><main><h1>${escape(title)}</h1>
${body}
<p class="note">Served by atrium-mock, a simulator of the MX Atrium API. Nothing here is a real bank or the real MX widget.</p>
</main></body></html>
`;
}

function send(res: Response, status: number, html: string): void {
  res.status(status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
  res.end(html);
}

/** What a browser sees when a link cannot be used: the status of the domain refusal and its sentence. */
function sendError(res: Response, error: unknown, deps: OAuthAndWidgetDeps): void {
  if (error instanceof ControlError) {
    send(res, error.status, page('This link cannot be used now', `<p>${escape(error.message)}</p>`));
    return;
  }
  if (error instanceof DomainError && error.code !== 'simulator') {
    const status = STATUS_BY_CODE[error.code];
    send(res, status, page(status === 404 ? 'Link not found' : 'This link cannot be used', `<p>${escape(error.message)}</p>`));
    return;
  }
  deps.logger?.error({ err: error }, 'browser link failed');
  send(res, 500, page('Simulator error', `<p>${escape((error as Error).message)}</p>`));
}

function outcomeOf(req: Request): OAuthOutcome | undefined {
  const value = typeof req.query.outcome === 'string' ? req.query.outcome.toUpperCase() : 'CONNECTED';
  return value === 'CONNECTED' || value === 'DENIED' ? value : undefined;
}

function connectPage(view: ConnectWidgetView): string {
  const options = Object.entries(view.options).filter(([, value]) => value !== null && value !== undefined);
  const optionRows = options.map(([name, value]) => `<tr><th><code>${escape(name)}</code></th><td>${escape(value)}</td></tr>`).join('');
  const memberRows = view.members
    .map((member) => {
      const oauth = member.connection_status === 'PENDING' && member.oauth_window_uri ? ` <a href="${escape(member.oauth_window_uri)}">finish OAuth</a>` : '';
      return `<tr><td>${escape(member.name)}</td><td><code>${escape(member.guid)}</code></td><td>${escape(member.connection_status ?? 'none')}${oauth}</td></tr>`;
    })
    .join('');
  return page(
    'MX Connect (simulated)',
    `<p>This one-time Connect widget URL was issued for user <code>${escape(view.user.guid)}</code>${view.user.identifier ? ` (${escape(view.user.identifier)})` : ''} and is now used up; it would have expired at ${escape(toMxTimestamp(view.expires_at))} (simulated time).</p>
<h2>Requested options</h2>
${optionRows ? `<table>${optionRows}</table>` : '<p>None (the defaults).</p>'}
<h2>The user's members</h2>
${memberRows ? `<table><tr><th>Institution</th><th>Member</th><th>connection_status</th></tr>${memberRows}</table>` : '<p>None yet.</p>'}
<h2>Connecting a member</h2>
<p>The simulator does not draw MX's widget. Connect the way the widget would, through the API:
<code>POST /users/${escape(view.user.guid)}/members</code> with <code>institution_code</code> <code>mxbank</code> and its
credentials from <code>GET /institutions/mxbank/credentials</code> (the password picks the behaviour: <code>password</code>
connects, <code>challenge</code> asks MFA, <code>INVALID</code> is denied), or with <code>is_oauth: true</code> on an
OAuth institution and open the member's <code>oauth_window_uri</code>.</p>`,
    view.options.color_scheme === 'dark',
  );
}

/**
 * The browser side of OAuth and the Connect widget (not Atrium routes, so no MX headers): a
 * token in the path finds the tenant that issued it. Mount at the root:
 * `GET /oauth/window/:token[?outcome=denied]` and `GET /connect/:token`.
 */
export function createOAuthAndWidgetRouter(deps: OAuthAndWidgetDeps): Router {
  const router = Router();
  const unknown = (res: Response, what: string) =>
    send(res, 404, page('Link not found', `<p>This ${what} link is unknown: it was never issued by this simulator, or the simulator was reset since.</p>`));

  // HEAD (link scanners, curl -I) must not use a one-time link up: only a GET opens it
  router.head(['/oauth/window/:token', '/connect/:token'], (_req, res) => {
    res.setHeader('Allow', 'GET');
    send(res, 405, page('Open this link with GET', '<p>This one-time link opens with GET; HEAD would use it up, so it is not served.</p>'));
  });

  router.get('/oauth/window/:token', (req, res) => {
    const outcome = outcomeOf(req);
    if (!outcome) return send(res, 400, page('Unknown outcome', '<p><code>outcome</code> must be <code>connected</code> (the default) or <code>denied</code>.</p>'));
    try {
      const opened = deps.control.openLink(req.params.token, 'oauth', outcome, publicUrlOf(req));
      if (!opened) return unknown(res, 'OAuth window');
      const { member, redirect } = opened;
      if (redirect) {
        res.setHeader('Cache-Control', 'no-store');
        return res.redirect(302, redirect);
      }
      const done = outcome === 'CONNECTED' ? 'You authorized access; the member is connected and aggregating.' : 'You denied access; the member is DENIED.';
      return send(res, 200, page(outcome === 'CONNECTED' ? 'OAuth complete' : 'OAuth denied', `<p>${done}</p><p>Member <code>${escape(member.guid)}</code> (${escape(member.name)}), connection_status <code>${escape(member.connection_status)}</code>. You can close this window.</p>`));
    } catch (error) {
      return sendError(res, error, deps);
    }
  });

  router.get('/connect/:token', (req, res) => {
    try {
      const view = deps.control.openLink(req.params.token, 'connect', undefined, publicUrlOf(req));
      if (!view) return unknown(res, 'Connect widget');
      return send(res, 200, connectPage(view));
    } catch (error) {
      return sendError(res, error, deps);
    }
  });
  return router;
}
