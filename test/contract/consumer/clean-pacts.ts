import { rmSync } from 'node:fs';
import { PACT_DIR } from '../pact-dir.js';

/**
 * Global setup of the pact-consumer project: Pact merges new interactions into an existing pact
 * file, so an interaction removed from the tests would live on. Start from no pact files.
 */
export default function removeStalePacts(): void {
  rmSync(PACT_DIR, { recursive: true, force: true });
}
