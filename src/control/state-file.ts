import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ControlPlane } from './control-plane.js';
import type { TenantSnapshot } from './snapshot.js';

export const STATE_FILE_FORMAT = 'atrium-mock/state-file';

interface StateFile {
  format: typeof STATE_FILE_FORMAT;
  version: 1;
  saved_at: string;
  tenants: Record<string, TenantSnapshot>;
}

/** A state file that cannot be restored: reported, and left exactly where it is. */
export class StateFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(
      `Cannot restore the state file ${file}: ${problem}\n` +
        'It was left untouched. Move it away (or point --state-file elsewhere) to start with a fresh state.',
    );
    this.name = 'StateFileError';
  }
}

/** Restores every tenant of a state file; returns how many, or 0 when the file does not exist yet. */
export function loadStateFile(file: string, control: ControlPlane): number {
  if (!existsSync(file)) return 0;
  let parsed: Partial<StateFile> | null;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<StateFile> | null;
  } catch (error) {
    throw new StateFileError(file, `it is not JSON (${(error as Error).message}).`);
  }
  if (parsed === null || typeof parsed !== 'object' || parsed.format !== STATE_FILE_FORMAT || parsed.version !== 1 || !parsed.tenants || typeof parsed.tenants !== 'object') {
    throw new StateFileError(file, `it is not an ${STATE_FILE_FORMAT} version 1 file.`);
  }
  const entries = Object.entries(parsed.tenants);
  // validate every tenant before restoring any, so a bad file changes nothing
  for (const [tenant, snapshot] of entries) {
    const problem = control.checkSnapshot(snapshot);
    if (problem) throw new StateFileError(file, `tenant "${tenant}": ${problem}`);
  }
  for (const [tenant, snapshot] of entries) control.restore(tenant, snapshot);
  return entries.length;
}

/** Writes every tenant's snapshot atomically (a temp file renamed over the old one). */
export function saveStateFile(file: string, control: ControlPlane, now: Date = new Date()): number {
  const tenants: Record<string, TenantSnapshot> = {};
  for (const id of control.tenantIds()) tenants[id] = control.snapshot(id);
  const body: StateFile = { format: STATE_FILE_FORMAT, version: 1, saved_at: now.toISOString(), tenants };
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(body)}\n`);
  renameSync(temporary, file);
  return Object.keys(tenants).length;
}
