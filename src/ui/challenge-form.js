// Answering a member's open MFA challenges as its user would: GET .../challenges, PUT .../resume.
import { Component, html } from './views.js';

function Field({ challenge, index, value, onChange }) {
  const id = `challenge-${index}`;
  const set = (event) => onChange(challenge.guid, event.currentTarget.value);
  if (challenge.type === 'OPTIONS' || challenge.type === 'IMAGE_OPTIONS') {
    const options = challenge.type === 'OPTIONS' ? challenge.options ?? [] : challenge.image_options ?? [];
    return html`<fieldset class="choices">
      <legend>${challenge.label}</legend>
      ${options.map(
        (option, n) => html`<label class="choice" key=${option.value}>
          <input type="radio" name=${id} value=${option.value} checked=${value === option.value} onChange=${set} required=${n === 0} />
          ${challenge.type === 'IMAGE_OPTIONS' ? html`<img src=${option.data_uri} alt="" class="challenge-image small" />` : null}
          ${option.label}
        </label>`,
      )}
    </fieldset>`;
  }
  return html`<div class="field">
    ${challenge.type === 'IMAGE_DATA' ? html`<img src=${challenge.image_data} alt=${`Image for: ${challenge.label}`} class="challenge-image" />` : null}
    <label for=${id}>${challenge.label}</label>
    <input id=${id} type=${challenge.type === 'TOKEN' ? 'password' : 'text'} autocomplete="off" required value=${value ?? ''} onInput=${set} />
    <span class="muted">${challenge.type}</span>
  </div>`;
}

/**
 * props: api, userGuid, memberGuid, challenges (from GET .../challenges), onDone(message), onError(error)
 */
export class ChallengeForm extends Component {
  state = { answers: {}, sending: false };

  onChange = (guid, value) => this.setState({ answers: { ...this.state.answers, [guid]: value } });

  onSubmit = async (event) => {
    event.preventDefault();
    const { api, userGuid, memberGuid, challenges } = this.props;
    const answers = challenges.map((challenge) => ({ guid: challenge.guid, value: this.state.answers[challenge.guid] ?? '' }));
    this.setState({ sending: true });
    try {
      const { body } = await api.atrium('PUT', `users/${encodeURIComponent(userGuid)}/members/${encodeURIComponent(memberGuid)}/resume`, { member: { challenges: answers } });
      this.props.onDone(`Answer sent: the member is ${body?.member?.connection_status ?? 'resumed'}.`);
    } catch (error) {
      this.props.onError(error);
    } finally {
      this.setState({ sending: false });
    }
  };

  render({ challenges }, { answers, sending }) {
    return html`<form class="challenge" onSubmit=${this.onSubmit} aria-labelledby="challenge-title">
      <h4 id="challenge-title">MFA challenge</h4>
      ${challenges.map((challenge, index) => html`<${Field} key=${challenge.guid} challenge=${challenge} index=${index} value=${answers[challenge.guid]} onChange=${this.onChange} />`)}
      <button type="submit" disabled=${sending}>Answer challenge</button>
      <p class="muted">Sends PUT /users/…/members/…/resume, as the member's user would.</p>
    </form>`;
  }
}
