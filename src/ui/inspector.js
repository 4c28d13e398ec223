// The inspector page: sign in as a client (and admin), then see and steer a tenant through the
// public control plane and the Atrium API. Live: the overview (and the open tab) is read again
// every second while "Live updates" is on and the tab is visible.
import { Api, ApiError, clearSession, loadSession, saveSession } from './api.js';
import { MemberDetail } from './member-detail.js';
import { FaultsPanel, JournalPanel, ScenariosPanel, WebhooksPanel } from './panels.js';
import { Badge, Component, Empty, html, render, when } from './views.js';

const TICK_MS = 1000;
/** How many ticks between reads of the tenant list (it changes rarely). */
const TENANTS_EVERY = 5;
/** Messages the log region keeps. */
const MESSAGES_KEPT = 3;

const TABS = [
  { id: 'members', label: 'Members' },
  { id: 'journal', label: 'Journal' },
  { id: 'webhooks', label: 'Webhooks' },
  { id: 'scenarios', label: 'Scenarios' },
  { id: 'faults', label: 'Faults' },
];

class SignIn extends Component {
  state = { clientId: '', apiKey: '', adminKey: '', sending: false };

  submit = async (event) => {
    event.preventDefault();
    const clientId = this.state.clientId.trim();
    if (!clientId) return;
    this.setState({ sending: true });
    await this.props.onSignIn({ clientId, apiKey: this.state.apiKey, adminKey: this.state.adminKey, tenant: clientId });
    this.setState({ sending: false });
  };

  render({ error }, { clientId, apiKey, adminKey, sending }) {
    const field = (name) => (event) => this.setState({ [name]: event.currentTarget.value });
    return html`<main id="main" class="sign-in">
      <h1>atrium-mock inspector</h1>
      <form onSubmit=${this.submit} aria-describedby="sign-in-help">
        <h2>Sign in as a client</h2>
        <p id="sign-in-help">The inspector acts as the client you name, with the same headers your code sends. The keys stay in this browser tab (sessionStorage) until you sign out or close it.</p>
        <div class="field">
          <label for="client-id">Client ID (MX-Client-ID)</label>
          <input id="client-id" name="client-id" required autocomplete="username" value=${clientId} onInput=${field('clientId')} />
        </div>
        <div class="field">
          <label for="api-key">API key (MX-API-Key)</label>
          <input id="api-key" name="api-key" type="password" autocomplete="current-password" value=${apiKey} onInput=${field('apiKey')} aria-describedby="api-key-help" />
          <span id="api-key-help" class="muted">Needed when the simulator has a clients file; otherwise any value, or none.</span>
        </div>
        <div class="field">
          <label for="admin-key">Admin key (X-Mock-Admin-Key), optional</label>
          <input id="admin-key" name="admin-key" type="password" autocomplete="off" value=${adminKey} onInput=${field('adminKey')} aria-describedby="admin-key-help" />
          <span id="admin-key-help" class="muted">Shows every tenant and lets you open any of them.</span>
        </div>
        ${error ? html`<p class="error" role="alert">${error}</p>` : null}
        <button type="submit" disabled=${sending}>Sign in</button>
      </form>
    </main>`;
  }
}

class Tabs extends Component {
  keydown = (event) => {
    const index = TABS.findIndex((tab) => tab.id === this.props.current);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = TABS[(next + TABS.length) % TABS.length];
    this.props.onSelect(tab.id);
    document.getElementById(`tab-${tab.id}`)?.focus();
  };

  render({ current, counts, onSelect }) {
    return html`<div role="tablist" aria-label="Tenant views" class="tabs" onKeyDown=${this.keydown}>
      ${TABS.map(
        (tab) => html`<button type="button" role="tab" id=${`tab-${tab.id}`} key=${tab.id} aria-selected=${tab.id === current ? 'true' : 'false'}
          aria-controls=${`panel-${tab.id}`} tabIndex=${tab.id === current ? 0 : -1} onClick=${() => onSelect(tab.id)}>
          ${tab.label}${counts[tab.id] ? html` <span class="count">${counts[tab.id]}</span>` : null}
        </button>`,
      )}
    </div>`;
  }
}

function Log({ messages, hidden }) {
  return html`<div class=${hidden ? 'visually-hidden' : 'log'} role="log" aria-live="polite" aria-label="What happened">
    ${messages.map((message) => html`<p key=${message.id}>${message.text}</p>`)}
  </div>`;
}

function MembersTable({ overview, selected, onSelect }) {
  const rows = overview.users.flatMap((user) => user.members.map((member) => ({ user, member })));
  if (overview.users.length === 0) return html`<${Empty}>This tenant has no users yet. Create one with POST /users, or load a seed (POST /__mock/seed).</${Empty}>`;
  return html`<table class="members">
    <caption>Users and their members (${overview.users.length} users, ${rows.length} members)</caption>
    <thead><tr>
      <th scope="col">User</th><th scope="col">Member</th><th scope="col">Institution</th><th scope="col">connection_status</th><th scope="col">status</th>
      <th scope="col">Job</th><th scope="col">Phase</th><th scope="col">Aggregating</th><th scope="col"><span class="visually-hidden">Details</span></th>
    </tr></thead>
    <tbody>
      ${overview.users.map((user) =>
        user.members.length === 0
          ? html`<tr key=${user.guid}><td><code>${user.guid}</code>${user.identifier ? html`<br /><span class="muted">${user.identifier}</span>` : null}</td><td colspan="8" class="muted">no members</td></tr>`
          : user.members.map(
              (member, n) => html`<tr key=${member.guid} class=${selected === member.guid ? 'selected' : ''} data-member=${member.guid}>
                <td>${n === 0 ? html`<code>${user.guid}</code>${user.identifier ? html`<br /><span class="muted">${user.identifier}</span>` : null}${user.is_disabled ? html` <span class="badge bad">disabled</span>` : null}` : null}</td>
                <td><code>${member.guid}</code></td>
                <td>${member.name ?? member.institution_code}</td>
                <td><${Badge} value=${member.connection_status} /></td>
                <td><${Badge} value=${member.status} /></td>
                <td>${member.job ? `${member.job.type}${member.job.background ? ' (background)' : ''}` : '—'}</td>
                <td>${member.job?.phase ?? '—'}</td>
                <td>${member.is_being_aggregated ? 'yes' : 'no'}</td>
                <td><button type="button" aria-pressed=${selected === member.guid ? 'true' : 'false'} aria-label=${`Details of ${member.guid}`} onClick=${() => onSelect(member.guid)}>Details</button></td>
              </tr>`,
            ),
      )}
    </tbody>
  </table>`;
}

class App extends Component {
  state = {
    session: loadSession(),
    signInError: null,
    overview: null,
    tenants: null,
    tenantsNote: null,
    config: null,
    tab: 'members',
    selected: null,
    revision: 0,
    live: true,
    messages: [],
    error: null,
    by: '5m',
    confirmReset: false,
    scenarioNames: [],
  };
  #timer = undefined;
  #ticks = 0;
  #busy = false;
  #said = 0;

  componentDidMount() {
    if (this.state.session) this.start(this.state.session);
    document.addEventListener('visibilitychange', this.schedule);
  }

  get api() {
    return new Api(this.state.session);
  }

  signIn = async (session) => {
    try {
      await new Api(session).control('GET', 'overview');
    } catch (error) {
      this.setState({ signInError: error instanceof ApiError && error.status === 401 ? `The simulator refused this client: ${error.message}` : error.message });
      return;
    }
    saveSession(session);
    this.setState({ session, signInError: null });
    this.start(session);
  };

  signOut = () => {
    clearTimeout(this.#timer);
    clearSession();
    this.setState({ session: null, overview: null, tenants: null, selected: null, messages: [] });
    this.announce('Signed out; the keys are forgotten.');
  };

  async start(session) {
    this.#ticks = 0;
    await this.readTenants(session);
    await this.tick();
    this.api
      .control('GET', 'scenarios')
      .then((body) => this.setState({ scenarioNames: body.scenarios.map((scenario) => scenario.name) }))
      .catch(() => undefined);
  }

  async readTenants(session = this.state.session) {
    try {
      this.setState({ tenants: await new Api(session).tenants(), tenantsNote: null });
    } catch (error) {
      const refused = error instanceof ApiError && (error.status === 401 || error.status === 403);
      this.setState({ tenants: null, tenantsNote: refused ? 'Other tenants are shown with the admin key.' : error.message });
    }
  }

  /** Reads the overview (and, through `revision`, the open tab); then waits a second and does it again. */
  tick = async () => {
    clearTimeout(this.#timer);
    if (!this.state.session || this.#busy) return;
    this.#busy = true;
    try {
      this.#ticks += 1;
      if (this.#ticks % TENANTS_EVERY === 0) await this.readTenants();
      const [overview, config] = await Promise.all([this.api.control('GET', 'overview'), this.api.control('GET', 'webhooks/config')]);
      this.noticeChanges(this.state.overview, overview);
      this.setState({ overview, config, revision: this.state.revision + 1, error: null });
    } catch (error) {
      this.setState({ error: error.message });
    } finally {
      this.#busy = false;
      this.schedule();
    }
  };

  schedule = () => {
    clearTimeout(this.#timer);
    if (this.state.session && this.state.live && !document.hidden) this.#timer = setTimeout(this.tick, TICK_MS);
  };

  /** Says what changed for a screen reader: a member's connection_status, new webhooks. */
  noticeChanges(before, after) {
    if (!before || before.tenant !== after.tenant) return;
    const previous = new Map(before.users.flatMap((user) => user.members.map((member) => [member.guid, member.connection_status])));
    const changes = after.users.flatMap((user) =>
      user.members.filter((member) => previous.has(member.guid) && previous.get(member.guid) !== member.connection_status).map((member) => `${member.name ?? member.institution_code} member ${member.guid} is now ${member.connection_status}.`),
    );
    if (changes.length > 0) this.announce(changes.join(' '));
  }

  /** The last few things that happened, in a log region: a screen reader reads each as it is added. */
  announce(text) {
    this.#said += 1;
    this.setState({ messages: [...this.state.messages, { id: this.#said, text }].slice(-MESSAGES_KEPT) });
  }

  /** Runs a steering call: says what it did (or why not), then reads everything again at once. */
  act = (promise) => {
    promise.then(
      (message) => {
        this.setState({ error: null });
        this.announce(message);
        this.tick();
      },
      (error) => this.fail(error),
    );
  };

  fail = (error) => {
    this.setState({ error: error.message });
    this.tick();
  };

  advance = (event) => {
    event.preventDefault();
    const by = this.state.by.trim();
    this.act(this.api.control('POST', 'clock/advance', { by }).then((clock) => `Clock advanced by ${by}: it is now ${when(clock.now)}.`));
  };

  reset = () => {
    this.setState({ confirmReset: false, selected: null });
    const tenant = this.api.tenant;
    this.act(this.api.control('POST', 'reset').then(() => `Tenant ${tenant} reset: its users, members, clock, faults and journal are gone.`));
  };

  switchTenant = (event) => {
    const tenant = event.currentTarget.value;
    const session = { ...this.state.session, tenant };
    saveSession(session);
    this.setState({ session, overview: null, selected: null }, () => this.tick());
  };

  toggleLive = (event) => {
    this.setState({ live: event.currentTarget.checked }, () => (this.state.live ? this.tick() : clearTimeout(this.#timer)));
  };

  render(_props, state) {
    if (!state.session) return html`<${SignIn} onSignIn=${this.signIn} error=${state.signInError} />
      <${Log} messages=${state.messages} hidden=${true} />`;
    const { overview, session } = state;
    const tenant = session.tenant || session.clientId;
    const tenants = state.tenants && !state.tenants.includes(tenant) ? [tenant, ...state.tenants] : state.tenants;
    const selected = overview?.users.flatMap((user) => user.members).find((member) => member.guid === state.selected) ?? null;
    const counts = overview ? { webhooks: Object.values(overview.webhooks).reduce((sum, n) => sum + n, 0) || null } : {};
    return html`<div class="layout">
      <a class="skip" href="#main">Skip to the tenant</a>
      <header class="top">
        <p class="brand">atrium-mock inspector</p>
        <div class="tenant-picker">
          ${tenants
            ? html`<label for="tenant">Tenant</label>
                <select id="tenant" value=${tenant} onChange=${this.switchTenant}>${tenants.map((id) => html`<option key=${id} value=${id}>${id}</option>`)}</select>`
            : html`<span>Tenant <strong>${tenant}</strong></span> <span class="muted">${state.tenantsNote}</span>`}
        </div>
        <label class="live"><input type="checkbox" checked=${state.live} onChange=${this.toggleLive} /> Live updates</label>
        <button type="button" onClick=${this.signOut}>Sign out</button>
      </header>
      <main id="main" tabIndex="-1">
        <h1>Tenant <code>${tenant}</code></h1>
        <${Log} messages=${state.messages} />
        ${state.error ? html`<p class="error" role="alert">${state.error}</p>` : null}
        <section class="controls" aria-label="Clock and reset">
          <div class="clock">
            <h2 class="inline-heading">Simulated clock</h2>
            <p><time>${overview ? when(overview.clock.now) : '…'}</time>${overview && overview.clock.offset_ms ? html` <span class="muted">(advanced by ${Math.round(overview.clock.offset_ms / 1000)} s)</span>` : null}</p>
            <form class="inline" onSubmit=${this.advance}>
              <label for="advance-by">Advance by</label>
              <input id="advance-by" value=${state.by} size="6" required onInput=${(event) => this.setState({ by: event.currentTarget.value })} aria-describedby="advance-help" />
              <button type="submit">Advance clock</button>
              <span id="advance-help" class="muted">500ms, 30s, 5m, 3h, 1d</span>
            </form>
          </div>
          <div class="reset">
            ${state.confirmReset
              ? html`<p role="group" aria-label="Confirm reset">Forget every user, member, job, fault and journal entry of ${tenant}?
                  <button type="button" class="danger" onClick=${this.reset}>Yes, reset</button>
                  <button type="button" onClick=${() => this.setState({ confirmReset: false })}>Cancel</button></p>`
              : html`<button type="button" onClick=${() => this.setState({ confirmReset: true })}>Reset tenant…</button>`}
          </div>
        </section>
        <${Tabs} current=${state.tab} counts=${counts} onSelect=${(tab) => this.setState({ tab }, () => this.tick())} />
        <div role="tabpanel" id=${`panel-${state.tab}`} aria-labelledby=${`tab-${state.tab}`} tabIndex="0" class="tabpanel">
          ${state.tab === 'members'
            ? overview === null
              ? html`<${Empty}>Loading…</${Empty}>`
              : html`<div class="members-view">
                  ${overview.forced_scenario ? html`<p>Scenario forced on the tenant: <strong>${overview.forced_scenario}</strong>.</p>` : null}
                  <${MembersTable} overview=${overview} selected=${state.selected} onSelect=${(guid) => this.setState({ selected: state.selected === guid ? null : guid })} />
                  ${selected ? html`<${MemberDetail} key=${selected.guid} api=${this.api} member=${selected} scenarios=${state.scenarioNames} onAction=${this.act} onError=${this.fail} />` : null}
                </div>`
            : null}
          ${state.tab === 'journal' ? html`<${JournalPanel} key=${tenant} api=${this.api} revision=${state.revision} />` : null}
          ${state.tab === 'webhooks' ? html`<${WebhooksPanel} key=${tenant} api=${this.api} revision=${state.revision} config=${state.config} onAction=${this.act} />` : null}
          ${state.tab === 'scenarios' ? html`<${ScenariosPanel} key=${tenant} api=${this.api} revision=${state.revision} onAction=${this.act} />` : null}
          ${state.tab === 'faults' ? html`<${FaultsPanel} key=${tenant} api=${this.api} revision=${state.revision} />` : null}
        </div>
      </main>
    </div>`;
  }
}

const root = document.getElementById('app');
// the loading text is static HTML: preact renders into an empty container
root.replaceChildren();
render(html`<${App} />`, root);
