import { execFileSync, spawnSync } from 'node:child_process';

/** Where a Debian program is, or null. */
export function which(program: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() || null : null;
}

/**
 * Finds `program`, installing its Debian package with apt-get when it is missing and we are
 * root; otherwise returns null so the caller can ask for it in one line.
 */
export function ensureProgram(program: string, debianPackage: string): string | null {
  const existing = which(program);
  if (existing) return existing;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !which('apt-get')) return null;
  console.error(`installing ${debianPackage} (apt-get install ${debianPackage}) ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', debianPackage], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  if (!install()) {
    // a fresh machine has no package lists yet
    execFileSync('apt-get', ['update', '-qq'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (!install()) return null;
  }
  return which(program);
}

/** Like ensureProgram, but stops the bench with one clear line when the program cannot be had. */
export function requireProgram(program: string, debianPackage: string, why: string): string {
  const found = ensureProgram(program, debianPackage);
  if (found) return found;
  console.error(`${program} is needed ${why}: install it with \`sudo apt-get install ${debianPackage}\` and run again.`);
  process.exit(2);
}
