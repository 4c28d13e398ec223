import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../src/index.js';
import { createWebhookReceiver } from '../src/webhooks/receiver.js';
import { ATRIUM_ACCEPT, createTestApp, MXBANK_PASSWORD, MXBANK_USERNAME } from './support/test-app.js';

/**
 * The inspector page (/__mock/ui) in a real browser: Debian's chromium driven by playwright-core,
 * one launch for the file. Each test starts its own simulator (manual clock) and opens its own tab.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** axe-core, evaluated in the page over the DevTools protocol (the page's CSP allows no injected script tag). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * WCAG 2.1 A and AA problems axe finds in the page as it is now, as "rule: elements". What runs in
 * the page is written as text: this project compiles without the DOM library.
 */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(`axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
    .then(({ violations }) => violations.map((violation) => violation.id + ': ' + violation.nodes.map((node) => node.target.join(' ')).join(', ')))`);
}

let profile: string;
let browser: BrowserContext;

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'inspector-profile-'));
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1366, height: 900 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** A fresh tab (its own sessionStorage) that fails the test on a script error or a CSP violation. */
async function openTab(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // a refused request (a wrong key, the tenant list without the admin key) is the browser's network log, not a problem
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  await page.goto(url);
  return { page, problems };
}

async function signIn(page: Page, clientId: string, keys: { apiKey?: string; adminKey?: string } = {}) {
  await page.getByLabel('Client ID (MX-Client-ID)').fill(clientId);
  if (keys.apiKey) await page.getByLabel('API key (MX-API-Key)').fill(keys.apiKey);
  if (keys.adminKey) await page.getByLabel('Admin key (X-Mock-Admin-Key), optional').fill(keys.adminKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The Atrium API as a client app calls it. */
function atriumClient(sim: Simulator, clientId: string, apiKey = 'any-key') {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sim.url}${path}`, {
      method,
      headers: { 'MX-Client-ID': clientId, 'MX-API-Key': apiKey, Accept: ATRIUM_ACCEPT, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  return {
    call,
    /** A user and an MX Bank member whose password picks the behaviour, created without aggregating. */
    async member(password: string, institution_code = 'mxbank') {
      const created = await call('POST', '/users', { user: { identifier: null } });
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      const user = created.body.user.guid as string;
      const credentials = institution_code === 'mxbank' ? [{ guid: MXBANK_USERNAME, value: 'test_atrium' }, { guid: MXBANK_PASSWORD, value: password }] : undefined;
      const member = await call('POST', `/users/${user}/members`, { member: { institution_code, credentials, skip_aggregation: true, is_oauth: institution_code !== 'mxbank' } });
      expect(member.status, JSON.stringify(member.body)).toBe(202);
      return { user, member: member.body.member.guid as string };
    },
  };
}

const memberRow = (page: Page, member: string, text: string) => page.locator(`tr[data-member="${member}"]`, { hasText: text });

// a real browser on a shared machine: each test waits for live updates, so it gets more than the default
describe('the inspector page in a browser', { timeout: 60_000 }, () => {
  it('shows a member CHALLENGED, answers its challenge, sees it CONNECTED, advances the clock and sees the webhook retried', async () => {
    const sim = await createSimulator({ clientId: 'inspector-a' });
    const receiver = await createWebhookReceiver({ port: 0 });
    try {
      const client = atriumClient(sim, 'inspector-a');
      await request(sim.url).put('/__mock/webhooks/config').set('MX-Client-ID', 'inspector-a').send({ url: receiver.url }).expect(200);
      // the receiver is down for the first attempt: the outbox retries one simulated minute later
      receiver.failNext(1, 503);
      const { user, member } = await client.member('challenge');
      expect((await client.call('POST', `/users/${user}/members/${member}/aggregate`)).status).toBe(202);
      let status = '';
      for (let poll = 0; poll < 5 && status !== 'CHALLENGED'; poll += 1) status = (await client.call('GET', `/users/${user}/members/${member}/status`)).body.member.connection_status;
      expect(status).toBe('CHALLENGED');

      const { page, problems } = await openTab(`${sim.url}/`);
      expect(new URL(page.url()).pathname).toBe('/__mock/ui');
      await signIn(page, 'inspector-a');
      await memberRow(page, member, 'CHALLENGED').waitFor();
      expect(await memberRow(page, member, 'CHALLENGED').textContent()).toContain('aggregation');

      await page.getByRole('button', { name: `Details of ${member}` }).click();
      await page.getByLabel('What city were you born in?').fill('correct');
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.getByRole('button', { name: 'Answer challenge' }).click();
      await page.getByRole('log').filter({ hasText: 'Answer sent' }).waitFor();
      await memberRow(page, member, 'RESUMED').waitFor();
      // a job moves on as a client polls: the page's "Read status" is one such poll
      await page.getByRole('button', { name: 'Read status' }).click();
      await memberRow(page, member, 'CONNECTED').waitFor();

      await page.getByRole('tab', { name: /Webhooks/ }).click();
      const webhook = page.getByRole('listitem').filter({ hasText: 'CONNECTION_STATUS' }).last();
      await webhook.filter({ hasText: 'pending' }).waitFor();
      expect(await webhook.getByRole('table').textContent()).toContain('503');
      expect(await accessibilityProblems(page)).toEqual([]);

      await page.getByLabel('Advance by').fill('1m');
      await page.getByRole('button', { name: 'Advance clock' }).click();
      await page.getByRole('log').filter({ hasText: 'Clock advanced by 1m: it is now 2026-01' }).waitFor();
      await webhook.filter({ hasText: 'delivered' }).waitFor();
      expect(await webhook.getByRole('row').count()).toBe(3); // the heading and two attempts
      expect((await receiver.next({ type: 'CONNECTION_STATUS', member_guid: member })).payload.connection_status).toBe('CHALLENGED');
      await webhook.getByRole('button', { name: /^Redeliver webhook WHK-/ }).click();
      await page.getByRole('listitem').filter({ hasText: 'redelivery of' }).filter({ hasText: 'delivered' }).waitFor();
      expect(receiver.deliveries.filter((delivery) => delivery.status === 204)).toHaveLength(2);

      // the journal shows the answer the page sent, masked as the API masks it
      await page.getByRole('tab', { name: 'Journal' }).click();
      await page.getByLabel('Path', { exact: true }).fill('/users/*/members/*/resume');
      await page.getByLabel('Status', { exact: true }).fill('2xx');
      await page.getByRole('button', { name: 'Filter' }).click();
      const resume = page.getByRole('row').filter({ hasText: `PUT /users/${user}/members/${member}/resume` });
      await resume.waitFor();
      // the unfiltered journal holds this row too: wait for the filtered answer to replace it
      await expect.poll(() => page.locator('table.journal tbody tr').count(), { timeout: 10_000 }).toBe(1);
      await resume.getByText('Request body').click();
      expect(await resume.locator('pre').first().textContent()).toContain('"value": "****"');
      expect(await accessibilityProblems(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await receiver.close();
      await sim.close();
    }
  });

  it('answers an IMAGE_OPTIONS challenge by picking the image, shown from its data: URI', async () => {
    const sim = await createSimulator({ clientId: 'inspector-images' });
    try {
      const client = atriumClient(sim, 'inspector-images');
      const { user, member } = await client.member('image_options');
      await client.call('POST', `/users/${user}/members/${member}/aggregate`);
      await client.call('GET', `/users/${user}/members/${member}/status`);

      const { page, problems } = await openTab(`${sim.url}/__mock/ui`);
      await signIn(page, 'inspector-images');
      await page.getByRole('button', { name: `Details of ${member}` }).click();
      const question = page.getByRole('group', { name: 'Which image did you choose as your security image?' });
      await question.waitFor();
      expect(await page.evaluate(`[...document.querySelectorAll('.challenge img')].map((image) => image.naturalWidth)`)).toEqual([1, 1]);
      await question.getByRole('radio', { name: 'Lighthouse' }).check();
      await page.getByRole('button', { name: 'Answer challenge' }).click();
      await memberRow(page, member, 'RESUMED').waitFor();
      await page.getByRole('button', { name: 'Read status' }).click();
      await memberRow(page, member, 'CONNECTED').waitFor();
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await sim.close();
    }
  });

  it('asks for the client id and key when the simulator has a clients file, refuses a wrong key, and keeps keys only in the tab', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspector-clients-'));
    const clientsFile = join(dir, 'clients.json');
    writeFileSync(clientsFile, JSON.stringify({ 'client-a': 'key-a-secret', 'client-b': 'key-b-secret' }));
    const sim = await createSimulator({ clientsFile, clientId: 'client-a' });
    try {
      const { page, problems } = await openTab(`${sim.url}/__mock/ui`);
      await page.getByRole('heading', { name: 'Sign in as a client' }).waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await signIn(page, 'client-a', { apiKey: 'not-the-key' });
      await page.getByRole('alert').filter({ hasText: 'The simulator refused this client: Unauthorized: the MX-API-Key does not match this MX-Client-ID.' }).waitFor();

      await page.getByLabel('API key (MX-API-Key)').fill('key-a-secret');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Tenant client-a' }).waitFor();
      await page.getByText('Other tenants are shown with the admin key.').waitFor();
      expect(await page.getByLabel('Tenant', { exact: true }).count()).toBe(0);
      const kept = await page.evaluate<{ local: number; cookies: string; session: string | null; url: string }>(
        `({ local: localStorage.length, cookies: document.cookie, session: sessionStorage.getItem('atrium-mock-inspector'), url: location.href })`,
      );
      expect(kept).toMatchObject({ local: 0, cookies: '' });
      expect(JSON.parse(kept.session!)).toEqual({ clientId: 'client-a', apiKey: 'key-a-secret', adminKey: '', tenant: 'client-a' });
      expect(kept.url).not.toContain('key-a-secret');

      // a reload keeps the sign-in of this tab; signing out forgets it
      await page.reload();
      await page.getByRole('heading', { name: 'Tenant client-a' }).waitFor();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in as a client' }).waitFor();
      expect(await page.evaluate('sessionStorage.length')).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows every tenant with the admin key, opens another one, completes its OAuth member and forces a scenario on it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspector-admin-'));
    const clientsFile = join(dir, 'clients.json');
    writeFileSync(clientsFile, JSON.stringify({ 'client-a': 'key-a-secret', 'client-b': 'key-b-secret' }));
    const sim = await createSimulator({ clientsFile, adminKey: 'admin-key-secret', clientId: 'client-a' });
    try {
      const other = atriumClient(sim, 'client-b', 'key-b-secret');
      const { user, member } = await other.member('', 'mx_bank_oauth');
      await atriumClient(sim, 'client-a', 'key-a-secret').call('POST', '/users', { user: { identifier: 'a-user' } });

      const { page, problems } = await openTab(`${sim.url}/__mock/ui`);
      await signIn(page, 'client-a', { apiKey: 'key-a-secret', adminKey: 'admin-key-secret' });
      const picker = page.getByLabel('Tenant', { exact: true });
      await picker.waitFor();
      expect(await picker.locator('option').allTextContents()).toEqual(['client-a', 'client-b']);
      await page.getByText('a-user').waitFor();

      await picker.selectOption('client-b');
      await page.getByRole('heading', { name: 'Tenant client-b' }).waitFor();
      await memberRow(page, member, 'PENDING').waitFor();
      await page.getByRole('button', { name: `Details of ${member}` }).click();
      await page.getByRole('button', { name: 'Complete OAuth' }).click();
      await memberRow(page, member, 'CONNECTED').waitFor();

      // the tabs follow the keyboard: arrows move between them, End goes to the last
      await page.getByRole('tab', { name: 'Members' }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.getByRole('tab', { name: 'Journal' }).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('End');
      expect(await page.evaluate('document.activeElement.textContent')).toBe('Faults');
      await page.getByText('No fault is armed').waitFor();
      await page.keyboard.press('ArrowLeft');
      await page.getByRole('button', { name: 'Activate locked for the tenant' }).waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.getByRole('button', { name: 'Activate locked for the tenant' }).click();
      await page.getByText('Forced on every new job: locked.').waitFor();
      const scenarios = await request(sim.url).get('/__mock/scenarios').set('MX-Client-ID', 'client-b').set('MX-API-Key', 'key-b-secret').expect(200);
      expect(scenarios.body.scenarios.find((scenario: { name: string }) => scenario.name === 'locked')).toMatchObject({ active_for_tenant: true });
      expect(user).toMatch(/^USR-/);

      await page.getByRole('button', { name: 'Reset tenant…' }).click();
      await page.getByRole('button', { name: 'Yes, reset' }).click();
      await page.getByRole('log').filter({ hasText: 'Tenant client-b reset' }).waitFor();
      await page.getByRole('tab', { name: 'Members' }).click();
      await page.getByText('This tenant has no users yet.').waitFor();
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the inspector page over HTTP', () => {
  it('redirects GET / to /__mock/ui and serves the page with a policy that allows no inline script', async () => {
    const { app } = createTestApp();
    const root = await request(app).get('/').expect(302);
    expect(root.headers.location).toBe('/__mock/ui');
    const page = await request(app).get('/__mock/ui').expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self';");
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.text).toContain('<script type="module" src="ui/inspector.js"></script>');
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    await request(app).get('/__mock/ui/').expect(302).expect('Location', '/__mock/ui');
  });

  it('serves the page scripts and preact and htm as published, and nothing else under /__mock/ui', async () => {
    const { app } = createTestApp();
    const preact = await request(app).get('/__mock/ui/vendor/preact.mjs').expect(200);
    expect(preact.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(preact.text).toContain('as render');
    expect((await request(app).get('/__mock/ui/vendor/htm.mjs').expect(200)).text).toMatch(/^!?function|export default/m);
    await request(app).get('/__mock/ui/inspector.css').expect(200).expect('Content-Type', 'text/css; charset=utf-8');
    await request(app).get('/__mock/ui/inspector.js').expect(200);
    const missing = await request(app).get('/__mock/ui/../package.json').expect(404);
    expect(missing.body.error.message).toMatch(/No control-plane endpoint|Nothing is served/);
    await request(app).get('/__mock/ui/index.html').expect(404);
    await request(app).get('/__mock/ui/vendor/preact.mjs.map').expect(404);
  });

  it('leaves other methods on / to the Atrium API', async () => {
    const { app } = createTestApp();
    const posted = await request(app).post('/').set('MX-API-Key', 'k').set('MX-Client-ID', 'c').set('Accept', ATRIUM_ACCEPT).send({});
    expect(posted.status).not.toBe(302);
    expect(posted.body.error.message).toBeTruthy();
  });
});
