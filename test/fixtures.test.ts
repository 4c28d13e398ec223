import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeps } from '../src/app.js';
import { resolveConfig } from '../src/config.js';
import { defaultFixturesDir } from '../src/paths.js';

type Json = Record<string, any>;

/** A copy of fixtures/ with one file changed by `edit`; answers the directory. */
function fixturesWith(file: string, edit: (json: Json) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'atrium-fixtures-'));
  cpSync(defaultFixturesDir, dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json;
  edit(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
  return dir;
}

const build = (fixturesDir: string) => () => buildDeps(resolveConfig({ logLevel: 'silent', fixturesDir }));

describe('fixture files', () => {
  it('build with the shipped fixtures', () => {
    expect(build(defaultFixturesDir)).not.toThrow();
  });

  it('stop buildDeps when a test_atrium statement names an unknown account, naming file and field', () => {
    const dir = fixturesWith('test-atrium.json', (json) => void (json.statements[1].account = 'No Such Account'));
    expect(build(dir)).toThrow('test-atrium.json statements[1].account: unknown account "No Such Account"');
  });

  it('stop buildDeps when a test_atrium owner names an unknown account guid', () => {
    const dir = fixturesWith('test-atrium.json', (json) => void (json.account_owners[0].account_guid = 'ACT-nope'));
    expect(build(dir)).toThrow('test-atrium.json account_owners[0].account_guid: no account has the guid "ACT-nope"');
  });

  it('stop buildDeps when the test_atrium member names an unknown institution', () => {
    const dir = fixturesWith('test-atrium.json', (json) => void (json.member.institution_code = 'no_such_bank'));
    expect(build(dir)).toThrow('test-atrium.json member.institution_code: unknown institution "no_such_bank"');
  });

  it("stop buildDeps when holdings do not add up to their account's holdings_value, in either data set", () => {
    const testAtrium = fixturesWith('test-atrium.json', (json) => void (json.holdings[0].market_value += 1));
    expect(build(testAtrium)).toThrow(/test-atrium\.json accounts\[2\]\.holdings_value: 6738\.7, but the market_value of the holdings of "Test Investment Account" adds up to 6739\.7/);
    const mxbank = fixturesWith('mxbank.json', (json) => void (json.accounts[3].holdings_value = 1));
    expect(build(mxbank)).toThrow('mxbank.json accounts[3].holdings_value: 1, but');
  });

  it('stop buildDeps when categories.json lacks a category that generated transactions or categorization use', () => {
    const dir = fixturesWith('categories.json', (json) => {
      json.categories = json.categories.filter((category: Json) => category.name !== 'Dividend & Cap Gains' && category.name !== 'Uncategorized');
    });
    expect(build(dir)).toThrow('the categories of generated transactions (src/factories/transactions.ts): unknown category "Dividend & Cap Gains"');
    expect(build(dir)).toThrow('the default categories of categorization (src/factories/catalog.ts): unknown category "Uncategorized"');
  });
});
