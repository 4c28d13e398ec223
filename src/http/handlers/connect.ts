import { createConnectWidgetUrl } from '../../domain/connect-widget.js';
import { readOAuthWindowURI } from '../../domain/oauth.js';
import { json } from '../reply.js';
import { bodyOf, type Handlers } from './types.js';

/** The two ways a user connects in a browser: an OAuth window and the Connect widget. */
export const connectHandlers: Handlers = {
  readOAuthWindowURI: (c) =>
    json(200, {
      member: readOAuthWindowURI(c.domain, c.params.user_guid!, c.params.member_guid!, {
        skip_aggregation: c.query.skip_aggregation as boolean | undefined,
        client_redirect_url: c.query.client_redirect_url as string | undefined,
        referral_source: c.query.referral_source as 'BROWSER' | 'APP' | undefined,
        ui_message_webview_url_scheme: c.query.ui_message_webview_url_scheme as string | undefined,
      }),
    }),
  getConnectWidget: (c) => json(200, { user: createConnectWidgetUrl(c.domain, c.params.user_guid!, bodyOf(c, 'getConnectWidget') ?? {}) }),
};
