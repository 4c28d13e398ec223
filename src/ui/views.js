// Shared building blocks: preact and htm as published (served under ./vendor), and small components.
import { Component, h, render } from './vendor/preact.mjs';
import htm from './vendor/htm.mjs';

export const html = htm.bind(h);
export { Component, render };

/** A duration for people: 1.2 s, 340 ms. */
export function millis(ms) {
  if (typeof ms !== 'number') return '';
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** An MX timestamp as the page shows it: date and time, UTC (the simulated clock is UTC). */
export function when(timestamp) {
  if (!timestamp) return '—';
  return timestamp.replace('T', ' ').replace(/\+00:00$|Z$/, ' UTC');
}

/** What a connection_status (or webhook state) means at a glance; the text is always shown too. */
const TONES = {
  CONNECTED: 'good', COMPLETED: 'good', delivered: 'good', CREATED: 'neutral', UPDATED: 'neutral',
  CHALLENGED: 'attention', PENDING: 'attention', RESUMED: 'busy', RECONNECTED: 'busy', RECEIVED: 'busy', pending: 'busy', held: 'attention',
};

export function Badge({ value }) {
  const label = value ?? 'null';
  const tone = TONES[label] ?? (/^(DENIED|REJECTED|LOCKED|IMPAIRED|IMPEDED|EXPIRED|PREVENTED|FAILED|DISABLED|DISCONTINUED|CLOSED|DEGRADED|failed)$/.test(label) ? 'bad' : 'neutral');
  return html`<span class=${`badge ${tone}`}>${label}</span>`;
}

/** JSON behind a disclosure, so a long body does not push everything else away. */
export function JsonDetails({ summary, value }) {
  if (value === null || value === undefined) return html`<span class="muted">${summary}: none</span>`;
  return html`<details class="json"><summary>${summary}</summary><pre>${JSON.stringify(value, null, 2)}</pre></details>`;
}

/** A panel's section heading with an optional count, and its content. */
export function Section({ title, id, children, actions }) {
  return html`<section class="panel" aria-labelledby=${id}>
    <div class="panel-head"><h2 id=${id}>${title}</h2>${actions}</div>
    ${children}
  </section>`;
}

export function Empty({ children }) {
  return html`<p class="muted empty">${children}</p>`;
}
