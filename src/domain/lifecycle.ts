import type { ConnectionStatus, LegacyStatus } from '../spec/wire.js';
import type { Phase } from '../simulation/engine.js';
import type { OutcomeSpec } from '../simulation/scenario-schema.js';
import type { MemberState } from '../store/tenant-state.js';
import { toMxTimestamp } from '../simulation/clock.js';

/**
 * The member lifecycle as one table: what a member looks like in each phase of a job.
 * `connection_status` undefined means "keep": a job start does not reset it (MX docs).
 */
interface PhaseLook {
  connection_status?: ConnectionStatus;
  status: LegacyStatus;
  is_being_aggregated: boolean;
  is_authenticated?: boolean;
  has_processed_accounts?: boolean;
  has_processed_transactions?: boolean;
}

export const LIFECYCLE: Record<Exclude<Phase, 'failed'>, PhaseLook> = {
  started: { status: 'INITIATED', is_being_aggregated: true, is_authenticated: false, has_processed_accounts: false, has_processed_transactions: false },
  challenged: { connection_status: 'CHALLENGED', status: 'CHALLENGED', is_being_aggregated: true },
  resumed: { connection_status: 'RESUMED', status: 'RECEIVED', is_being_aggregated: true },
  authenticated: { connection_status: 'CONNECTED', status: 'AUTHENTICATED', is_being_aggregated: true, is_authenticated: true },
  accounts_processed: { connection_status: 'CONNECTED', status: 'TRANSFERRED', is_being_aggregated: true, has_processed_accounts: true },
  transactions_processed: { connection_status: 'CONNECTED', status: 'PROCESSED', is_being_aggregated: true, has_processed_transactions: true },
  completed: { connection_status: 'CONNECTED', status: 'COMPLETED', is_being_aggregated: false },
};

/** The legacy status that goes with a failure outcome when the scenario does not name one. */
const FAILURE_STATUS: Partial<Record<ConnectionStatus, LegacyStatus>> = {
  DENIED: 'DENIED',
  REJECTED: 'REJECTED',
  LOCKED: 'LOCKED',
  DISABLED: 'DISABLED',
  EXPIRED: 'EXPIRED',
  PREVENTED: 'PREVENTED',
};

export function failureLook(outcome: OutcomeSpec): { connection_status: ConnectionStatus; status: LegacyStatus } {
  if (typeof outcome === 'object') return outcome;
  return { connection_status: outcome, status: FAILURE_STATUS[outcome] ?? 'FAILED' };
}

/** Puts the member into the look of `phase` at simulated time `at`. */
export function enterPhase(state: MemberState, phase: Phase, at: number, outcome: OutcomeSpec | null): void {
  const { member } = state;
  if (phase === 'failed') {
    const look = failureLook(outcome ?? 'FAILED');
    member.connection_status = look.connection_status;
    member.status = look.status;
    member.is_being_aggregated = false;
    return;
  }
  const look = LIFECYCLE[phase];
  if (look.connection_status) member.connection_status = look.connection_status;
  member.status = look.status;
  member.is_being_aggregated = look.is_being_aggregated;
  if (look.is_authenticated !== undefined) state.is_authenticated = look.is_authenticated;
  if (look.has_processed_accounts !== undefined) state.has_processed_accounts = look.has_processed_accounts;
  if (look.has_processed_transactions !== undefined) state.has_processed_transactions = look.has_processed_transactions;
  if (phase === 'started') member.aggregated_at = toMxTimestamp(at);
  if (phase === 'completed') member.successfully_aggregated_at = toMxTimestamp(at);
}
