import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentSection, README, renderSection, runWalkthrough } from '../scripts/walkthrough.js';

/** The README's curl walkthrough is docs/walkthrough.sh, run for real; this runs it twice against one simulator. */
describe('the curl walkthrough (docs/walkthrough.sh)', () => {
  let first: string;
  let second: string;
  beforeAll(async () => {
    first = await runWalkthrough();
    second = await runWalkthrough();
  }, 60_000);

  it('is in the README with exactly what it prints; after a change, `npm run docs:walkthrough` rewrites it', () => {
    const shown = currentSection(readFileSync(README, 'utf8'));
    expect(shown === renderSection(first), 'README.md shows a stale walkthrough: run `npm run docs:walkthrough` and commit README.md').toBe(true);
  });

  it('goes through MFA to the account owners, with 202 for the same job and 409 for another', () => {
    const statuses = [...first.matchAll(/^(\w+) (\S+) -> (\d{3})$/gm)].map(([, method, path, status]) => `${method} ${path!.replace(/(USR|MBR)-[0-9a-f-]+/g, '$1')} ${status}`);
    expect(statuses).toEqual([
      'POST /__mock/reset 200',
      'POST /users 200',
      'GET /institutions/mxbank 200',
      'GET /institutions/mxbank/credentials 200',
      'POST /users/USR/members 202',
      'POST /users/USR/members/MBR/identify 200',
      'POST /users/USR/members/MBR/identify 202',
      'POST /users/USR/members/MBR/aggregate 409',
      'GET /users/USR/members/MBR/status 200',
      'GET /users/USR/members/MBR/challenges 200',
      'PUT /users/USR/members/MBR/resume 202',
      ...Array(4).fill('GET /users/USR/members/MBR/status 200'),
      'GET /users/USR/members/MBR/account_owners 200',
    ]);
    expect(first).toContain('"status": "CHALLENGED"');
    expect(first).toContain('"status": "COMPLETED"');
    expect(first.slice(first.lastIndexOf('account_owners -> 200'))).toMatch(/"owner_name": "[^"]+"/);
  });

  it('pastes again with the same answers: it starts from an empty tenant', () => {
    expect(second).toBe(first);
  });
});
