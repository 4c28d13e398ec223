#!/usr/bin/env node
// better-sqlite3 is a native addon: installing atrium-mock elsewhere on this machine (the packaging
// test, the examples) would compile it again, a minute or more each time, because its prebuilt
// binaries come from GitHub, which CI cannot reach. This packs the binary `npm ci` already built
// into the form prebuild-install looks for in a local folder, and prints the environment variable
// that points installs at that folder: eval "$(node scripts/local-prebuilds.mjs)".
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const addon = join(root, 'node_modules/better-sqlite3');
const { version } = JSON.parse(readFileSync(join(addon, 'package.json'), 'utf8'));
const binary = join(addon, 'build/Release/better_sqlite3.node');
if (!existsSync(binary)) {
  console.error(`${binary} is missing: run npm ci first`);
  process.exit(1);
}
const folder = join(tmpdir(), 'atrium-mock-prebuilds');
const archive = join(folder, `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`);
mkdirSync(folder, { recursive: true });
if (!existsSync(archive)) execFileSync('tar', ['-czf', archive, '-C', addon, 'build/Release/better_sqlite3.node']);
console.log(`export npm_config_better_sqlite3_local_prebuilds=${folder}`);
