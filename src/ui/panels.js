// The tenant's lists besides its members: journal, webhook outbox, scenarios, faults. Each reads
// its own control-plane endpoint again whenever the page's revision moves on (every live tick).
import { Badge, Component, Empty, html, JsonDetails, millis, when } from './views.js';

/** Reads `load()` on mount and on every new `revision`; one read at a time. */
class Polled extends Component {
  state = { data: null, error: null };
  #busy = false;

  componentDidMount() {
    this.refresh();
  }

  componentDidUpdate(previous) {
    if (previous.revision !== this.props.revision) this.refresh();
  }

  async refresh() {
    if (this.#busy) return;
    this.#busy = true;
    try {
      this.setState({ data: await this.load(), error: null });
    } catch (error) {
      this.setState({ error: error.message });
    } finally {
      this.#busy = false;
    }
  }
}

export class JournalPanel extends Polled {
  state = { data: null, error: null, path: '', status: '', applied: { path: '', status: '' } };

  load() {
    const query = new URLSearchParams({ limit: '100' });
    if (this.state.applied.path) query.set('path', this.state.applied.path);
    if (this.state.applied.status) query.set('status', this.state.applied.status);
    return this.props.api.control('GET', `requests?${query}`).then((body) => body.requests);
  }

  filter = (event) => {
    event.preventDefault();
    this.setState({ applied: { path: this.state.path.trim(), status: this.state.status.trim() } }, () => this.refresh());
  };

  render(_props, { data, error, path, status }) {
    return html`<div>
      <form class="inline filters" onSubmit=${this.filter} aria-label="Filter the journal">
        <label for="journal-path">Path</label>
        <input id="journal-path" placeholder="/users/*/members/**" value=${path} onInput=${(e) => this.setState({ path: e.currentTarget.value })} />
        <label for="journal-status">Status</label>
        <input id="journal-status" placeholder="4xx or 404" size="6" pattern="[1-5]([0-9][0-9]|xx)" title="a status such as 404, or a class such as 4xx"
          value=${status} onInput=${(e) => this.setState({ status: e.currentTarget.value })} />
        <button type="submit">Filter</button>
      </form>
      ${error ? html`<p class="error" role="alert">${error}</p>` : null}
      ${data === null ? html`<${Empty}>Loading…</${Empty}>` : data.length === 0 ? html`<${Empty}>No Atrium requests recorded (that match).</${Empty}>` : null}
      ${data && data.length > 0
        ? html`<table class="journal">
            <caption>Atrium requests, newest first (the last 100; secrets show as ****)</caption>
            <thead><tr><th scope="col">At</th><th scope="col">Request and bodies</th><th scope="col">Status</th><th scope="col">Operation</th><th scope="col">Took</th></tr></thead>
            <tbody>${data.map(
              (entry) => html`<tr key=${entry.id}>
                <td>${when(entry.at)}</td>
                <td class="request">
                  <code>${entry.method} ${entry.path}${Object.keys(entry.query ?? {}).length ? `?${new URLSearchParams(entry.query)}` : ''}</code>
                  <div class="bodies"><${JsonDetails} summary="Request body" value=${entry.request_body} /><${JsonDetails} summary="Response body" value=${entry.response_body} /></div>
                </td>
                <td><span class=${`status s${String(entry.status)[0]}`}>${entry.status}</span>${entry.fault_id ? html` <span class="badge bad">fault ${entry.fault_id}</span>` : null}</td>
                <td>${entry.operation_id ?? '—'}</td>
                <td class="num">${millis(entry.duration_ms)}</td>
              </tr>`,
            )}</tbody>
          </table>`
        : null}
    </div>`;
  }
}

export class WebhooksPanel extends Polled {
  load() {
    return this.props.api.control('GET', 'webhooks?limit=100').then((body) => body.webhooks);
  }

  redeliver(guid) {
    this.props.onAction(this.props.api.control('POST', `webhooks/${encodeURIComponent(guid)}/redeliver`).then((body) => `Webhook ${guid} sent again as ${body.webhook.guid}.`));
  }

  render({ config }, { data, error }) {
    const target = config ? config.url ?? config.default_url : null;
    return html`<div>
      <p class="muted">${target ? html`Webhooks go to <code>${target}</code>${Object.keys(config.urls ?? {}).length ? ' (some types elsewhere)' : ''}.` : 'No webhook URL is configured (PUT /__mock/webhooks/config): webhooks stay in the outbox.'}</p>
      ${error ? html`<p class="error" role="alert">${error}</p>` : null}
      ${data === null ? html`<${Empty}>Loading…</${Empty}>` : data.length === 0 ? html`<${Empty}>The outbox is empty.</${Empty}>` : null}
      ${data && data.length > 0
        ? html`<ul class="cards" aria-label="Webhook outbox, newest first">${data.map(
            (webhook) => html`<li key=${webhook.guid} class="card">
              <div class="card-head">
                <strong>${webhook.type}</strong> <${Badge} value=${webhook.state} />
                ${webhook.payload?.connection_status ? html`<span>${webhook.payload.connection_status}</span>` : null}
                <span class="muted">member <code>${webhook.member_guid}</code>, made ${when(webhook.created_at)}</span>
                <button type="button" onClick=${() => this.redeliver(webhook.guid)} aria-label=${`Redeliver webhook ${webhook.guid}`}>Redeliver</button>
              </div>
              <p class="muted"><code>${webhook.guid}</code>${webhook.redelivery_of ? html` (redelivery of <code>${webhook.redelivery_of}</code>)` : null}${webhook.next_attempt_at ? ` · next attempt ${when(webhook.next_attempt_at)}` : ''}${webhook.chaos.length ? ` · chaos: ${webhook.chaos.join(', ')}` : ''}</p>
              ${webhook.attempts.length === 0
                ? html`<${Empty}>No attempt yet.</${Empty}>`
                : html`<table>
                    <caption>Attempts of ${webhook.guid}</caption>
                    <thead><tr><th scope="col">#</th><th scope="col">At</th><th scope="col">URL</th><th scope="col">Status</th><th scope="col">Took</th><th scope="col">Error</th></tr></thead>
                    <tbody>${webhook.attempts.map(
                      (attempt, n) => html`<tr key=${n}><td>${n + 1}</td><td>${when(attempt.at)}</td><td><code>${attempt.url}</code></td>
                        <td>${attempt.status ?? 'none'}</td><td class="num">${millis(attempt.duration_ms)}</td><td>${attempt.error ?? '—'}</td></tr>`,
                    )}</tbody>
                  </table>`}
              <${JsonDetails} summary="Payload" value=${webhook.payload} />
            </li>`,
          )}</ul>`
        : null}
    </div>`;
  }
}

export class ScenariosPanel extends Polled {
  load() {
    return this.props.api.control('GET', 'scenarios').then((body) => body.scenarios);
  }

  activate(name) {
    this.props.onAction(this.props.api.control('POST', `scenarios/${encodeURIComponent(name)}/activate`).then(() => `Scenario ${name} forced on every new job of the tenant.`));
  }

  deactivate() {
    this.props.onAction(this.props.api.control('POST', 'scenarios/deactivate').then(() => 'The tenant is back to matching scenarios by institution and credentials.'));
  }

  render(_props, { data, error }) {
    const active = data?.find((scenario) => scenario.active_for_tenant);
    return html`<div>
      <p>${active ? html`Forced on every new job: <strong>${active.name}</strong>. ` : 'No scenario is forced on the tenant: jobs match by institution and credentials. '}
        ${active ? html`<button type="button" onClick=${() => this.deactivate()}>Deactivate for the tenant</button>` : null}</p>
      ${error ? html`<p class="error" role="alert">${error}</p>` : null}
      ${data === null
        ? html`<${Empty}>Loading…</${Empty}>`
        : html`<table>
            <caption>Scenarios</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Description</th><th scope="col">Timing</th><th scope="col">Active</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
            <tbody>${data.map(
              (scenario) => html`<tr key=${scenario.name}>
                <th scope="row">${scenario.name}</th><td>${scenario.description}</td><td>${scenario.timing}</td>
                <td>${scenario.active_for_tenant ? 'tenant' : ''}${scenario.active_for_members.length ? `${scenario.active_for_tenant ? ', ' : ''}${scenario.active_for_members.join(', ')}` : ''}${!scenario.active_for_tenant && scenario.active_for_members.length === 0 ? '—' : ''}</td>
                <td><button type="button" onClick=${() => this.activate(scenario.name)} disabled=${scenario.active_for_tenant} aria-label=${`Activate ${scenario.name} for the tenant`}>Activate</button></td>
              </tr>`,
            )}</tbody>
          </table>`}
    </div>`;
  }
}

export class FaultsPanel extends Polled {
  load() {
    return this.props.api.control('GET', 'faults').then((body) => body.faults);
  }

  render(_props, { data, error }) {
    return html`<div>
      ${error ? html`<p class="error" role="alert">${error}</p>` : null}
      ${data === null ? html`<${Empty}>Loading…</${Empty}>` : data.length === 0 ? html`<${Empty}>No fault is armed (POST /__mock/faults arms one).</${Empty}>` : null}
      ${data && data.length > 0
        ? html`<table>
            <caption>Armed faults</caption>
            <thead><tr><th scope="col">Id</th><th scope="col">Matches</th><th scope="col">Does</th><th scope="col">Limits</th><th scope="col">Seen / hit</th></tr></thead>
            <tbody>${data.map(
              (fault) => html`<tr key=${fault.id}>
                <th scope="row">${fault.id}</th>
                <td><code>${fault.method ?? 'any'} ${fault.path}</code></td>
                <td>${[fault.status ? `status ${fault.status}` : null, fault.latency_ms ? `${fault.latency_ms} ms latency` : null, fault.message ? `“${fault.message}”` : null].filter(Boolean).join(', ')}</td>
                <td>${[fault.rate !== undefined ? `rate ${fault.rate}` : null, fault.every ? `every ${fault.every}` : null, fault.count ? `${fault.count} hits` : null, fault.duration ? `for ${fault.duration}` : null].filter(Boolean).join(', ') || '—'}</td>
                <td class="num">${fault.matched} / ${fault.hits}</td>
              </tr>`,
            )}</tbody>
          </table>`
        : null}
    </div>`;
  }
}
