import { readFileSync } from 'node:fs';
import { describeMalformedJson } from '../simulation/data-file.js';
import { encodeTenant } from '../store/state-codec.js';
import { StateFileError } from '../store/sqlite-backend.js';
import type { TenantStore } from '../store/tenant-store.js';
import type { ControlPlane } from './control-plane.js';

/** The JSON state file of earlier versions (written on shutdown), which a database replaces. */
export const STATE_FILE_FORMAT = 'atrium-mock/state-file';

/**
 * Reads a JSON state file of the old format and checks every tenant in it (restored into the
 * given, in-memory, control plane), before anything is written anywhere. Returns each tenant
 * as the database keeps it: id, snapshot, link tokens.
 */
export function readJsonStateFile(file: string, control: ControlPlane, store: TenantStore): [string, string, string[]][] {
  let parsed: unknown;
  const text = readFileSync(file, 'utf8');
  try {
    parsed = JSON.parse(text);
  } catch {
    // said by position only: the file holds credentials
    throw new StateFileError(file, `it is not JSON: ${describeMalformedJson(text, 'the file')}`);
  }
  const body = parsed as { format?: unknown; version?: unknown; tenants?: unknown } | null;
  if (!body || typeof body !== 'object' || body.format !== STATE_FILE_FORMAT || body.version !== 1 || !body.tenants || typeof body.tenants !== 'object') {
    throw new StateFileError(file, `it is neither a database nor an ${STATE_FILE_FORMAT} version 1 file${body === null ? ' (it holds null)' : ''}.`);
  }
  const entries = Object.entries(body.tenants as Record<string, unknown>);
  for (const [tenant, snapshot] of entries) {
    const problem = control.checkSnapshot(snapshot);
    if (problem) throw new StateFileError(file, `tenant "${tenant}": ${problem}`);
  }
  return entries.map(([tenant, snapshot]) => {
    try {
      control.restore(tenant, snapshot);
    } catch (error) {
      // past --max-tenants, or anything else restoring refuses: the same one line as a bad snapshot
      throw new StateFileError(file, `tenant "${tenant}": ${(error as Error).message}`);
    }
    const state = store.get(tenant);
    return [tenant, encodeTenant(state), Object.keys(state.links)];
  });
}
