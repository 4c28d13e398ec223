import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { VerifyPactsOptions, VerifyPactsResult } from '../../../src/contract/verify-pacts.js';
import { entryArgs } from '../../support/entry.js';

/**
 * verifyPacts in a child process. The pact core prints its per-interaction output straight to the
 * process's stdout (native code, past vitest's console capture), so calling it here would fill the
 * test output with it, deliberate failures included; the child's output is kept and handed back.
 */
export function verifyPactsQuietly(options: VerifyPactsOptions): Promise<VerifyPactsResult & { output: string }> {
  const args = entryArgs('src/contract/verify-pacts.ts');
  const module = pathToFileURL(args.at(-1)!).href;
  const script = [
    "import { writeSync } from 'node:fs';",
    'const { verifyPacts } = await import(process.argv[1]);',
    'const result = await verifyPacts(JSON.parse(process.env.ATRIUM_MOCK_VERIFY_OPTIONS));',
    'writeSync(3, JSON.stringify(result));',
  ].join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args.slice(0, -1), '--input-type=module', '-e', script, module], {
      env: { ...process.env, PACT_DO_NOT_TRACK: 'true', ATRIUM_MOCK_VERIFY_OPTIONS: JSON.stringify(options) },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let result = '';
    child.stdout!.on('data', (chunk) => (output += String(chunk)));
    child.stderr!.on('data', (chunk) => (output += String(chunk)));
    child.stdio[3]!.on('data', (chunk) => (result += String(chunk)));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0 || result === '') reject(new Error(`verifyPacts in a child process exited ${code}:\n${output}`));
      else resolve({ ...(JSON.parse(result) as VerifyPactsResult), output });
    });
  });
}
