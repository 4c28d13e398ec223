import type {
  Account,
  AccountNumber,
  AccountOwner,
  CredentialRequest,
  Holding,
  Member,
  Statement,
  Transaction,
  User,
} from '../spec/wire.js';
import type { JobProgress } from '../simulation/engine.js';
import type { Timing } from '../simulation/scenario-catalog.js';
import type { RandomState } from './random.js';

/**
 * One tenant's whole world as plain JSON: nested user -> member -> data so that a delete
 * cascades by dropping a key, and a snapshot is a deep copy.
 */
export interface TenantState {
  tenant_id: string;
  random: RandomState;
  /** Simulated time of this tenant = base clock + offset (the control plane moves it). */
  clock_offset_ms: number;
  /** Scenario forced on every new job of this tenant (control plane), or null. */
  forced_scenario: string | null;
  users: Record<string, UserState>;
}

export interface UserState {
  user: User;
  /** Fixture records (test_atrium) answer reads but refuse writes. */
  read_only: boolean;
  created_at: number;
  members: Record<string, MemberState>;
}

export interface MemberState {
  member: Member;
  /** The credential values the client sent; never rendered. */
  credentials: CredentialRequest[];
  is_authenticated: boolean;
  has_processed_accounts: boolean;
  has_processed_transactions: boolean;
  /** Current or last job; null until the first one starts. */
  job: Job | null;
  /** Scenario forced on this member's jobs (control plane), or null. */
  forced_scenario: string | null;
  /** Start times (ms) used by the throttle and the balance limit. */
  last_aggregation_started_at: number | null;
  balance_started_at: number[];
  read_only: boolean;
  accounts: Record<string, AccountRecord>;
  account_owners: AccountOwner[];
  account_numbers: AccountNumber[];
  transactions: Record<string, Transaction>;
  holdings: Record<string, Holding>;
  statements: Record<string, Statement>;
}

/** An account as stored: the wire object plus the unmasked numbers that verification reveals. */
export interface AccountRecord {
  account: Account;
  full_account_number: string;
  routing_number: string | null;
}

export const JOB_TYPES = [
  'aggregation',
  'balance',
  'verification',
  'identification',
  'extended_history',
  'statements',
] as const;
export type JobType = (typeof JOB_TYPES)[number];

export interface Job {
  type: JobType;
  scenario: string;
  /** Resolved when the job starts, so a snapshot replays the same pace. */
  timing: Timing;
  started_at: number;
  include_transactions: boolean;
  /** When the current phase began (simulated ms) and how many /status reads it has seen. */
  phase_entered_at: number;
  polls_in_phase: number;
  /** The open MFA challenge, while the job waits for answers. */
  challenge: OpenChallenge | null;
  progress: JobProgress;
}

export interface OpenChallenge {
  id: string;
  guid: string;
  issued_at: number;
  expires_at: number;
}
