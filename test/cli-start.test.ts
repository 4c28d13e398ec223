import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIsFresh } from './support/entry.js';

// What the build records for a fast start (scripts/build-cli.mjs, src/cli-loader.ts), and that the CLI
// does not depend on it being right.
const bundle = 'dist/cli.cjs';
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the built CLI in a package of its own (version 0.0.0-copy), with its data and the given recorded files. */
function copiedCli(recorded: { cache: string | Buffer; checked: string }): string {
  const root = mkdtempSync(join(tmpdir(), 'atrium-mock-cli-start-'));
  temps.push(root);
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'atrium-mock', version: '0.0.0-copy', type: 'module' }));
  for (const file of ['main.cjs', 'cli.cjs']) copyFileSync(join('dist', file), join(root, 'dist', file));
  writeFileSync(join(root, 'dist/cli.cjs.cache'), recorded.cache);
  writeFileSync(join(root, 'dist/cli.cjs.checked.json'), recorded.checked);
  for (const dir of ['fixtures', 'scenarios', 'src/generated', 'src/ui']) cpSync(dir, join(root, dir), { recursive: true });
  return root;
}

const runIn = (root: string, ...args: string[]) => spawnSync(process.execPath, [join(root, 'dist/main.cjs'), ...args], { cwd: root, encoding: 'utf8' });

describe.skipIf(!buildIsFresh())('what the build records for a fast start', () => {
  it("leaves V8's code cache of a warm start, which this Node accepts", () => {
    const script = new Script(Module.wrap(readFileSync(bundle, 'utf8').replace(/^#!.*/, '')), { filename: join(process.cwd(), bundle), cachedData: readFileSync(`${bundle}.cache`) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('records the checked value of every fixture, seed set and scenario the package ships', () => {
    const shipped = [...readdirSync('fixtures').filter((name) => name.endsWith('.json')), ...readdirSync('fixtures/sets'), ...readdirSync('scenarios')];
    const checked = JSON.parse(readFileSync(`${bundle}.checked.json`, 'utf8')) as Record<string, string>;
    expect(Object.keys(checked)).toHaveLength(shipped.length);
  });

  it('starts and checks every file when the compile cache and the checked values are damaged', () => {
    const root = copiedCli({ cache: Buffer.from('not a code cache'), checked: '{"broken' });
    expect(runIn(root, '--version').stdout.trim()).toBe('0.0.0-copy');
    const validated = runIn(root, 'scenarios', 'validate');
    expect(validated.stdout).toMatch(/^\d+ scenarios valid in .*; 8 seed sets valid\.$/m);
    expect(validated.status).toBe(0);
  });

  it('checks a scenario that differs from the shipped one by a byte, even with the checked values in place', () => {
    const root = copiedCli({ cache: readFileSync(`${bundle}.cache`), checked: readFileSync(`${bundle}.checked.json`, 'utf8') });
    const file = join(root, 'scenarios/locked.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: 42'));
    const validated = runIn(root, 'scenarios', 'validate');
    expect(validated.status).toBe(1);
    expect(validated.stderr).toContain(`Invalid scenario file ${file}`);
  });
});
