// One member: its job, what its user can do (MFA, OAuth), and its data as the Atrium API returns it.
import { ChallengeForm } from './challenge-form.js';
import { Badge, Component, Empty, html, when } from './views.js';

const memberPath = (member) => `users/${encodeURIComponent(member.user_guid)}/members/${encodeURIComponent(member.guid)}`;

/**
 * When to read again through the Atrium API (those reads are in the journal, as any client's):
 * the data when a job gathered something, the challenges when a new one opens.
 */
const dataKey = (member) => [member.guid, member.accounts, member.account_owners, member.account_numbers, member.successfully_aggregated_at].join('|');
const challengeKey = (member) => (member.connection_status === 'CHALLENGED' ? `${member.guid}|${member.job?.phase_entered_at}` : null);

function AccountsTable({ accounts }) {
  if (accounts.length === 0) return html`<${Empty}>No accounts.</${Empty}>`;
  return html`<table>
    <caption>Accounts</caption>
    <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Number</th><th scope="col">Balance</th><th scope="col">Guid</th></tr></thead>
    <tbody>${accounts.map(
      (account) => html`<tr key=${account.guid}><td>${account.name}</td><td>${account.type}${account.subtype ? ` / ${account.subtype}` : ''}</td><td>${account.account_number ?? '—'}</td>
        <td class="num">${account.balance ?? '—'} ${account.currency_code ?? ''}</td><td><code>${account.guid}</code></td></tr>`,
    )}</tbody>
  </table>`;
}

function OwnersTable({ owners }) {
  if (owners.length === 0) return html`<${Empty}>No account owners (run an identification).</${Empty}>`;
  return html`<table>
    <caption>Account owners</caption>
    <thead><tr><th scope="col">Owner</th><th scope="col">Address</th><th scope="col">Email</th><th scope="col">Phone</th><th scope="col">Account</th></tr></thead>
    <tbody>${owners.map(
      (owner) => html`<tr key=${owner.guid}><td>${owner.owner_name}</td><td>${[owner.address, owner.city, owner.state, owner.postal_code].filter(Boolean).join(', ')}</td>
        <td>${owner.email ?? '—'}</td><td>${owner.phone ?? '—'}</td><td><code>${owner.account_guid}</code></td></tr>`,
    )}</tbody>
  </table>`;
}

function NumbersTable({ numbers }) {
  if (numbers.length === 0) return html`<${Empty}>No account numbers (run a verification).</${Empty}>`;
  return html`<table>
    <caption>Account numbers</caption>
    <thead><tr><th scope="col">Account number</th><th scope="col">Routing</th><th scope="col">Transit</th><th scope="col">Institution</th><th scope="col">Account</th></tr></thead>
    <tbody>${numbers.map(
      (number) => html`<tr key=${`${number.account_guid}:${number.account_number}`}><td>${number.account_number}</td><td>${number.routing_number ?? '—'}</td><td>${number.transit_number ?? '—'}</td>
        <td>${number.institution_number ?? '—'}</td><td><code>${number.account_guid}</code></td></tr>`,
    )}</tbody>
  </table>`;
}

/**
 * props: api, member (from the overview), scenarios (names), onAction(promise, message), onError(error)
 */
export class MemberDetail extends Component {
  state = { key: null, challengeKey: null, challenges: [], accounts: [], owners: [], numbers: [], loadError: null, scenario: '' };

  componentDidMount() {
    this.load();
    this.loadChallenges();
  }

  componentDidUpdate() {
    if (dataKey(this.props.member) !== this.state.key) this.load();
    if (challengeKey(this.props.member) !== this.state.challengeKey) this.loadChallenges();
  }

  async load() {
    const { api, member } = this.props;
    const key = dataKey(member);
    this.setState({ key });
    const path = memberPath(member);
    try {
      const [accounts, owners, numbers] = await Promise.all([
        api.atrium('GET', `${path}/accounts?records_per_page=100`),
        api.atrium('GET', `${path}/account_owners?records_per_page=100`),
        api.atrium('GET', `${path}/account_numbers?records_per_page=100`),
      ]);
      if (this.state.key !== key) return;
      this.setState({ accounts: accounts.body?.accounts ?? [], owners: owners.body?.account_owners ?? [], numbers: numbers.body?.account_numbers ?? [], loadError: null });
    } catch (error) {
      if (this.state.key === key) this.setState({ loadError: error.message });
    }
  }

  async loadChallenges() {
    const { api, member } = this.props;
    const key = challengeKey(member);
    this.setState({ challengeKey: key, challenges: key === null ? [] : this.state.challenges });
    if (key === null) return;
    try {
      const { body } = await api.atrium('GET', `${memberPath(member)}/challenges`);
      if (this.state.challengeKey === key) this.setState({ challenges: body?.challenges ?? [] });
    } catch (error) {
      if (this.state.challengeKey === key) this.setState({ loadError: error.message });
    }
  }

  pollStatus = () => {
    const { api, member, onAction } = this.props;
    onAction(
      api.atrium('GET', `${memberPath(member)}/status`).then(({ body }) => `GET …/status: ${body.member.connection_status}, ${body.member.is_being_aggregated ? 'aggregating' : 'not aggregating'}.`),
    );
  };

  completeOAuth = (outcome) => {
    const { api, member, onAction } = this.props;
    onAction(api.control('POST', 'oauth/complete', { user_guid: member.user_guid, member_guid: member.guid, outcome }).then(() => `OAuth ${outcome === 'DENIED' ? 'denied' : 'completed'} for ${member.guid}.`));
  };

  activate = (event) => {
    event.preventDefault();
    const { api, member, onAction } = this.props;
    const name = this.state.scenario;
    if (!name) return;
    onAction(api.control('POST', `scenarios/${encodeURIComponent(name)}/activate`, { member_guid: member.guid }).then(() => `Scenario ${name} forced on ${member.guid}'s next jobs.`));
  };

  deactivate = () => {
    const { api, member, onAction } = this.props;
    onAction(api.control('POST', 'scenarios/deactivate', { member_guid: member.guid }).then(() => `${member.guid} is back to matching scenarios by credentials.`));
  };

  render({ api, member, scenarios, onAction, onError }, state) {
    const job = member.job;
    const challenged = member.connection_status === 'CHALLENGED' && state.challenges.length > 0;
    return html`<section class="panel member-detail" aria-labelledby="member-title">
      <div class="panel-head">
        <h3 id="member-title">${member.name ?? member.institution_code} <code>${member.guid}</code></h3>
        <button type="button" onClick=${this.pollStatus}>Read status</button>
      </div>
      <dl class="facts">
        <div><dt>User</dt><dd><code>${member.user_guid}</code></dd></div>
        <div><dt>Institution</dt><dd>${member.institution_code}${member.is_oauth ? ' (OAuth)' : ''}</dd></div>
        <div><dt>connection_status</dt><dd><${Badge} value=${member.connection_status} /></dd></div>
        <div><dt>status</dt><dd><${Badge} value=${member.status} /></dd></div>
        <div><dt>is_being_aggregated</dt><dd>${String(member.is_being_aggregated)}</dd></div>
        <div><dt>Job</dt><dd>${job ? html`${job.type}${job.background ? ' (background)' : ''}, phase <strong>${job.phase}</strong> since ${when(job.phase_entered_at)}` : 'none yet'}</dd></div>
        <div><dt>Scenario</dt><dd>${job?.scenario ?? '—'}${member.forced_scenario ? ` (forced: ${member.forced_scenario})` : ''}</dd></div>
        ${job?.challenge_expires_at ? html`<div><dt>Challenge expires</dt><dd>${when(job.challenge_expires_at)}</dd></div>` : null}
        <div><dt>aggregated_at</dt><dd>${when(member.aggregated_at)}</dd></div>
        <div><dt>successfully_aggregated_at</dt><dd>${when(member.successfully_aggregated_at)}</dd></div>
      </dl>
      <p class="muted">A job moves on as a client reads its status (timing polls:N), as simulated time passes (duration), or at once (instant). Read status does what a client's poll does.</p>
      ${challenged
        ? html`<${ChallengeForm} key=${state.challenges.map((c) => c.guid).join()} api=${api} userGuid=${member.user_guid} memberGuid=${member.guid} challenges=${state.challenges}
            onDone=${(message) => onAction(Promise.resolve(message))} onError=${onError} />`
        : null}
      ${member.is_oauth && member.connection_status === 'PENDING'
        ? html`<div class="oauth" role="group" aria-labelledby="oauth-title">
            <h4 id="oauth-title">OAuth window</h4>
            <p>The member waits for its user at the institution's OAuth window.</p>
            <button type="button" onClick=${() => this.completeOAuth('CONNECTED')}>Complete OAuth</button>
            <button type="button" onClick=${() => this.completeOAuth('DENIED')}>Deny OAuth</button>
          </div>`
        : null}
      <form class="inline" onSubmit=${this.activate}>
        <label for="member-scenario">Force a scenario on this member</label>
        <select id="member-scenario" value=${state.scenario} onChange=${(event) => this.setState({ scenario: event.currentTarget.value })}>
          <option value="">Choose a scenario…</option>
          ${scenarios.map((name) => html`<option key=${name} value=${name}>${name}</option>`)}
        </select>
        <button type="submit" disabled=${!state.scenario}>Activate</button>
        <button type="button" onClick=${this.deactivate} disabled=${!member.forced_scenario}>Deactivate</button>
      </form>
      ${state.loadError ? html`<p class="error">Could not read the member's data: ${state.loadError}</p>` : null}
      <${AccountsTable} accounts=${state.accounts} />
      <${OwnersTable} owners=${state.owners} />
      <${NumbersTable} numbers=${state.numbers} />
    </section>`;
  }
}
