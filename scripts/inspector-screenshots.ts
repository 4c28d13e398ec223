// Takes the screenshots of docs/inspector.md: a simulator with a few members (one waiting for an
// MFA answer, one connected and identified), a webhook receiver that was down once, and the page
// in Debian's chromium. Run: npx tsx scripts/inspector-screenshots.ts (CHROMIUM_PATH to override).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createSimulator, createWebhookReceiver } from '../src/index.js';

const docs = join(import.meta.dirname, '..', 'docs');
const tenant = 'my-app';
const sim = await createSimulator({ clientId: tenant });
const receiver = await createWebhookReceiver({ port: 0 });
const headers = { 'MX-Client-ID': tenant, 'MX-API-Key': 'any', Accept: 'application/vnd.mx.atrium.v1+json', 'Content-Type': 'application/json' };
const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${sim.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return text ? JSON.parse(text) : null;
};

await call('PUT', '/__mock/webhooks/config', { url: receiver.url });
receiver.failNext(1, 503);
// what an app does: a member whose password is `challenge`, aggregated and polled until MFA
const user = (await call('POST', '/users', { user: { identifier: 'alice' } })).user.guid;
const credentials = [
  { guid: 'CRD-9f61fb4c-912c-bd1e-b175-ccc7f0275cc1', value: 'test_atrium' },
  { guid: 'CRD-e3d7ea81-aac7-05e9-fbdd-4b493c6e474d', value: 'challenge' },
];
const member = (await call('POST', `/users/${user}/members`, { member: { institution_code: 'mxbank', credentials, skip_aggregation: true } })).member.guid;
await call('POST', `/users/${user}/members/${member}/aggregate`);
await call('GET', `/users/${user}/members/${member}/status`);
await call('GET', '/users/USR-does-not-exist');
await sim.seed('identified-mxbank-member');
const profile = mkdtempSync(join(tmpdir(), 'inspector-shots-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  viewport: { width: 1280, height: 800 },
});
try {
  const page = await browser.newPage();
  await page.goto(`${sim.url}/`);
  await page.getByLabel('Client ID (MX-Client-ID)').fill(tenant);
  await page.screenshot({ path: join(docs, 'inspector-sign-in.png') });
  await page.getByRole('button', { name: 'Sign in' }).click();
  const challenged = page.locator('tr', { hasText: 'CHALLENGED' });
  await challenged.getByRole('button').click();
  await page.getByLabel('What city were you born in?').fill('correct');
  await page.screenshot({ path: join(docs, 'inspector-members.png'), fullPage: true });
  await page.getByRole('tab', { name: /Webhooks/ }).click();
  await page.getByRole('listitem').first().waitFor();
  await page.screenshot({ path: join(docs, 'inspector-webhooks.png') });
  await page.getByRole('tab', { name: 'Journal' }).click();
  const created = page.locator('table.journal tbody tr', { hasText: 'createMember' });
  await created.getByText('Request body').click();
  await created.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(docs, 'inspector-journal.png') });
  console.log('wrote docs/inspector-{sign-in,members,webhooks,journal}.png');
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  await receiver.close();
  await sim.close();
}
