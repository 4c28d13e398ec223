import type { ScenarioCatalog, Timing } from '../simulation/scenario-catalog.js';
import type { TenantState, UserState } from '../store/tenant-state.js';
import type { DataSets } from '../factories/data-sets.js';
import type { InstitutionCatalog } from './institutions.js';

export interface SimulationSettings {
  /** Timing of a job phase when the scenario names none (design: polls: 1). */
  defaultTiming: Timing;
  /** How long an MFA challenge waits for answers before the member is EXPIRED. */
  challengeTimeoutMs: number;
  /** Vestibule's development limits. */
  maxUsers: number;
  maxMembersPerUser: number;
  /** Balance aggregation: at most `balanceLimit` starts per member in `balanceWindowMs`. */
  balanceLimit: number;
  balanceWindowMs: number;
  /** Root key(s) of a read statement: MX's docs say `statement`, the official SDKs read `user`. */
  statementRootKey: 'both' | 'statement' | 'user';
  /** Where webhooks go when a tenant configured none (--webhook-url); null: nowhere. */
  webhookUrl: string | null;
  /** MX aggregates every connected member about daily by itself. */
  backgroundAggregation: boolean;
  /** The simulator's seed: chaos draws from it (with the tenant id). */
  seed: string;
}

export const DEFAULT_SETTINGS: SimulationSettings = {
  defaultTiming: { kind: 'polls', amount: 1 },
  challengeTimeoutMs: 5 * 60_000,
  maxUsers: 100,
  maxMembersPerUser: 25,
  balanceLimit: 5,
  balanceWindowMs: 2 * 3_600_000,
  statementRootKey: 'both',
  webhookUrl: null,
  backgroundAggregation: true,
  seed: 'atrium-mock',
};

/** What every request of every tenant shares. */
export type SharedDomain = Omit<DomainContext, 'tenant' | 'now' | 'publicUrl' | 'work'>;

/**
 * What one request did beyond its answer: whether it changed the tenant even though it only
 * reads (a /status poll moving a job on), and the secrets it drew. Replaying a command hands the
 * same secrets back, so a rebuilt tenant has the same tokens.
 */
export interface Work {
  changed: boolean;
  /** A secret of `length` characters from [A-Za-z0-9], from crypto randomness (or the command being replayed). */
  token(length: number): string;
}

/** Everything a domain operation needs, built per request by the HTTP layer. */
export interface DomainContext {
  tenant: TenantState;
  /** The tenant's simulated time in ms. */
  now: number;
  /** Where the client reached the simulator (e.g. http://localhost:8080), for URLs that point back at it. */
  publicUrl: string;
  institutions: InstitutionCatalog;
  scenarios: ScenarioCatalog;
  settings: SimulationSettings;
  data: DataSets;
  /** MX's read-only test user (test_atrium), the same frozen object in every tenant, built on first use (its statement PDFs are rendered for their hashes). */
  testAtrium: () => UserState;
  work: Work;
}
