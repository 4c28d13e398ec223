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
  /** One-time browser links (OAuth windows, Connect widget URLs) by token; see domain/links.ts. */
  links: Record<string, LinkRecord>;
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
  /** Requests seen per scenario fault (index -> count), so intermittent failures replay the same. */
  scenario_fault_counts: Record<string, number>;
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
  /** What each statement's PDF shows, by statement guid; the PDF bytes are rendered from it on download. */
  statement_documents: Record<string, StatementDocument>;
}

/** An account as stored: the wire object plus the unmasked numbers that verification reveals. */
export interface AccountRecord {
  account: Account;
  full_account_number: string;
  routing_number: string | null;
  /** Drawn from the tenant's PRNG when the account is discovered; a day's transactions derive from it and the date. */
  seed: number;
  /** The dates (inclusive, YYYY-MM-DD) whose transactions have been gathered, or null before any. */
  history: { from: string; to: string } | null;
}

/** The content of a statement PDF (plain JSON, so the bytes can be rebuilt and hashed the same way every time). */
export interface StatementDocument {
  institution_name: string;
  account_name: string;
  /** The masked account number as shown on the account (last four digits). */
  account_number: string | null;
  account_type: string;
  period_start: string;
  period_end: string;
  opening_balance: number;
  closing_balance: number;
  /** Posted transactions of the period, oldest first; `amount` is signed as it moved the balance. */
  lines: { date: string; description: string; amount: number }[];
}

/** A one-time link the simulator serves to a browser (not an Atrium route). */
export type LinkRecord = OAuthLink | ConnectLink;

export interface OAuthLink {
  kind: 'oauth';
  user_guid: string;
  member_guid: string;
  issued_at: number;
  /** When it was opened, or when a newer window or a completed OAuth made it void; null while usable. */
  used_at: number | null;
  skip_aggregation: boolean;
  client_redirect_url: string | null;
  referral_source: 'BROWSER' | 'APP' | null;
  ui_message_webview_url_scheme: string | null;
}

export interface ConnectLink {
  kind: 'connect';
  user_guid: string;
  issued_at: number;
  expires_at: number;
  used_at: number | null;
  /** The request body of getConnectWidget, as sent. */
  options: Record<string, string | number | boolean | null>;
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
  /** Phases whose timing the scenario sets one by one. */
  timing_by_phase: Partial<Record<string, Timing>>;
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
  expires_at: number;
}
