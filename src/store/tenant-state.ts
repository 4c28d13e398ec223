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
import type { Records } from './records.js';

/**
 * One tenant's whole world as plain JSON: nested user -> member -> data so that a delete
 * cascades by dropping a key. It is compact: what is a pure function of the seed and of when
 * data was gathered (transactions, statement lines) is derived when read, never stored.
 * Records keyed by guids or tokens are prototype-free (store/records.ts).
 */
export interface TenantState {
  tenant_id: string;
  random: RandomState;
  /** Simulated time of this tenant = base clock + offset (the control plane moves it). */
  clock_offset_ms: number;
  /** Scenario forced on every new job of this tenant (control plane), or null. */
  forced_scenario: string | null;
  users: Records<UserState>;
  /** One-time browser links (OAuth windows, Connect widget URLs) by token; see domain/links.ts. */
  links: Records<LinkRecord>;
  /** The tenant's webhook configuration and outbox; see domain/webhooks.ts. */
  webhooks: WebhookState;
}

export type WebhookKind = 'AGGREGATION' | 'BALANCE' | 'HISTORY' | 'STATEMENT' | 'VERIFICATION' | 'CONNECTION_STATUS';

/** Chaos, as MX warns: duplicates, reordering, fields it does not document yet, nulls. Deterministic from the seed. */
export interface WebhookChaos {
  duplicate?: number;
  reorder?: boolean;
  unknown_fields?: boolean;
  nulls?: boolean;
}

export interface WebhookConfig {
  /** Where every type goes unless `urls` names another; null: the simulator's --webhook-url, if any. */
  url: string | null;
  urls: Records<string>;
  /** Sent with every delivery (e.g. Authorization). */
  headers: Records<string>;
  chaos: WebhookChaos;
}

export interface WebhookState {
  /** Set with PUT /__mock/webhooks/config; null until then. */
  config: WebhookConfig | null;
  /** Webhooks made, in the order they were made; bounded (domain/webhooks.ts). */
  outbox: Records<OutboxEntry>;
  /** How many webhooks chaos has decided on: its draws are by this counter, from the seed. */
  sequence: number;
}

export interface DeliveryAttempt {
  /** When it started, on the tenant's clock. */
  at: number;
  url: string;
  /** The receiver's status, or null when none came (refused, timed out). */
  status: number | null;
  /** Real milliseconds it took. */
  duration_ms: number;
  error: string | null;
}

export interface OutboxEntry {
  guid: string;
  type: WebhookKind;
  member_guid: string;
  user_guid: string;
  /** What is sent, chaos included. */
  payload: Record<string, unknown>;
  created_at: number;
  /** held: kept back by chaos to be sent after the next webhook. */
  state: 'pending' | 'delivered' | 'failed' | 'held';
  attempts: DeliveryAttempt[];
  /** The first attempt's time (the retry schedule counts from it) and the next one's, on the tenant's clock. */
  first_attempt_at: number | null;
  next_attempt_at: number | null;
  /** Deliveries go out by this, then by creation: a webhook chaos held back goes after the one it waited for. */
  order: number;
  /** What chaos did to it. */
  chaos: string[];
  /** The entry this one sends again (POST /__mock/webhooks/{guid}/redeliver), or null. */
  redelivery_of: string | null;
}

export interface UserState {
  user: User;
  /** Fixture records (test_atrium) answer reads but refuse writes. */
  read_only: boolean;
  created_at: number;
  members: Records<MemberState>;
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
  scenario_fault_counts: Records<number>;
  /** Start times (ms) used by the throttle and the balance limit (only those inside the limit's window are kept). */
  last_aggregation_started_at: number | null;
  /** Where MX's daily background aggregations count from: the last one, or when the member first connected (absent before). */
  background_anchor_at?: number;
  balance_started_at: number[];
  read_only: boolean;
  accounts: Records<AccountRecord>;
  account_owners: AccountOwner[];
  account_numbers: AccountNumber[];
  holdings: Records<Holding>;
  statements: Records<StatementRecord>;
}

/** An account as stored: the wire object plus the unmasked numbers that verification reveals. */
export interface AccountRecord {
  account: Account;
  full_account_number: string;
  routing_number: string | null;
  /** Drawn from the tenant's PRNG when the account is discovered; a day's transactions derive from it and the date. */
  seed: number;
  /** The balance when the account was discovered: generated interest and payments are worked out from it, so later balance refreshes never rewrite history. */
  basis_balance: number | null;
  /** What has been gathered of the account's transactions, or null before any. */
  history: TransactionHistory | null;
  /** Transactions kept as they were, from a snapshot of the format before transactions were derived (version 1)... */
  imported?: Transaction[];
  /** ...and the days they cover, which are never generated. */
  imported_days?: [number, number];
}

/**
 * When which days of an account's transactions were gathered: enough to derive every
 * transaction (created_at, status, posted_at, updated_at) without storing any.
 */
export interface TransactionHistory {
  /** Gathered day ranges `[from_day, to_day, gathered_at_ms]`, in day order, disjoint. Days are whole days since 1970-01-01 UTC. */
  segments: [number, number, number][];
  /** When transactions were last gathered: a transaction of the last PENDING_DAYS days before it is still pending. */
  last_gathered_at: number;
  /** The simulated day of the first gathering: pinned data-set transactions (MX Bank) count `days_ago` back from it. */
  anchor_day: number;
}

/** A fetched statement: the resource, and what its PDF shows beside the lines derived from the account's transactions. */
export interface StatementRecord {
  statement: Statement;
  period_start: string;
  period_end: string;
  opening_balance: number;
  closing_balance: number;
  /** When it was fetched: the PDF lists the transactions posted and gathered by then. */
  as_of: number;
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
  options: Records<string | number | boolean | null>;
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
  timing_by_phase: Records<Timing>;
  include_transactions: boolean;
  /** When the current phase began (simulated ms) and how many /status reads it has seen. */
  phase_entered_at: number;
  polls_in_phase: number;
  /** The open MFA challenge, while the job waits for answers. */
  challenge: OpenChallenge | null;
  progress: JobProgress;
  /** MX's job guid (webhooks name it), derived from the member and when the job started. */
  guid?: string;
  /** MX's daily aggregation, not one a client asked for. */
  background?: boolean;
  /** Transactions the job gathered (new) and posted (pending before), for its webhook. */
  transactions_created?: number;
  transactions_updated?: number;
  /** Statements it fetched. */
  statements_created?: number;
}

export interface OpenChallenge {
  id: string;
  guid: string;
  expires_at: number;
}
