/**
 * MX's Account Owner Identification workflow as one call, for real Atrium or the simulator:
 * institution -> credentials -> user -> member (skip_aggregation) -> identify -> poll /status,
 * answering MFA through the caller -> account owners.
 */
import type { AtriumClient } from './client.js';
import { mapCredentials, type CredentialsInput } from './credentials.js';
import { AtriumConflictError, AtriumMethodNotAllowedError } from './errors.js';
import {
  IdentificationChallengeError,
  IdentificationConflictError,
  IdentificationFailedError,
  IdentificationNotSupportedError,
  IdentificationTimeoutError,
  IdentificationUserNotFoundError,
  type IdentificationIds,
} from './identification-errors.js';
import type { AccountOwner, Challenge, CredentialRequest, MemberConnectionStatus, RequestOptions } from './types.js';

/**
 * An existing user by guid, or a user by your identifier (found by listing users). With
 * `institutionCode` a user that is not found is created; with `member` it must exist.
 */
export type UserRef = { guid: string } | { identifier: string; metadata?: string };

export interface ChallengeContext {
  /** 1 for the first set of challenges, 2 for a follow-up, ... */
  round: number;
  userGuid: string;
  memberGuid: string;
  /** The /status read that showed the member CHALLENGED. */
  status: MemberConnectionStatus;
}

/** Answers for the challenges: `[{ guid: challenge.guid, value }]` (for OPTIONS, the chosen option's `value`). */
export type AnswerChallenges = (challenges: Challenge[], context: ChallengeContext) => readonly CredentialRequest[] | Promise<readonly CredentialRequest[]>;

export type IdentificationStep =
  | 'institution'
  | 'user'
  | 'member'
  | 'identify'
  | 'waiting'
  | 'status'
  | 'challenged'
  | 'resumed'
  | 'completed';

export interface IdentificationProgress {
  step: IdentificationStep;
  /** One human sentence, e.g. `identification started on MBR-...`. */
  message: string;
  userGuid?: string;
  memberGuid?: string;
  /** The latest /status read, when the step made one. */
  status?: MemberConnectionStatus;
}

interface CommonOptions {
  client: AtriumClient;
  user: UserRef;
  /** Called when the member is CHALLENGED; without it a challenge fails the workflow. */
  answerChallenges?: AnswerChallenges;
  /** Milliseconds between /status reads; default 3000 (MX asks for at least 3 s). */
  pollInterval?: number;
  /** Milliseconds the whole workflow may take; default 300000, 0 for no overall timeout (as the client's `timeout`). */
  timeout?: number;
  onProgress?: (progress: IdentificationProgress) => void;
  /** Waits between polls; default setTimeout. Tests pass one that returns at once. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The clock the timeout is measured with; default Date.now. */
  now?: () => number;
  signal?: AbortSignal;
}

export type IdentifyAccountOwnersOptions = CommonOptions &
  (
    | { /** Connect a new member at this institution. */ institutionCode: string; credentials: CredentialsInput; member?: undefined }
    | {
        /** Reuse this member (start at its account owners); `user` must then name its existing user, none is created. */
        member: string;
        institutionCode?: undefined;
        credentials?: undefined;
      }
  );

export interface IdentificationResult {
  userGuid: string;
  memberGuid: string;
  accountOwners: AccountOwner[];
  createdUser: boolean;
  createdMember: boolean;
  /** False when the member already had account owners and no identification ran. */
  identified: boolean;
  /** The last /status read (null when no identification ran). */
  status: MemberConnectionStatus | null;
}

export const DEFAULT_POLL_INTERVAL_MS = 3_000;
export const DEFAULT_WORKFLOW_TIMEOUT_MS = 300_000;
/**
 * How many 409s in a row identify may answer while /status shows the member idle (no job to wait
 * for) before the workflow gives up with IdentificationConflictError; it waits a poll interval between tries.
 */
export const MAX_IDLE_CONFLICTS = 3;

/** setTimeout as a promise that an AbortSignal can cut short. */
export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs Account Owner Identification and answers the owners. Everything that can be checked
 * before creating anything (institution support, credential names) is checked first.
 */
export function identifyAccountOwners(options: IdentifyAccountOwnersOptions): Promise<IdentificationResult> {
  return new IdentificationRun(options).run();
}

/** One run of the workflow: the options, the ids found so far and the clock it is timed by. */
class IdentificationRun {
  readonly #client: AtriumClient;
  readonly #options: IdentifyAccountOwnersOptions;
  readonly #init: RequestOptions;
  readonly #now: () => number;
  readonly #timeout: number;
  /** When the workflow gives up (Infinity with `timeout: 0`). */
  readonly #deadline: number;
  /** The ids found so far, by their MX names ('' until known): the path parameters of every call. */
  readonly #ids = { user_guid: '', member_guid: '' };
  #lastStatus: MemberConnectionStatus | null = null;
  /** The 409 identify answered last, until identification starts (the timeout error carries it). */
  #lastConflict: AtriumConflictError | undefined;
  #rounds = 0;

  constructor(options: IdentifyAccountOwnersOptions) {
    this.#client = options.client;
    this.#options = options;
    this.#init = options.signal ? { signal: options.signal } : {};
    this.#now = options.now ?? Date.now;
    this.#timeout = options.timeout ?? DEFAULT_WORKFLOW_TIMEOUT_MS;
    this.#deadline = this.#timeout === 0 ? Infinity : this.#now() + this.#timeout;
  }

  /** The ids known so far (either may not be known yet), for progress events and errors. */
  get #known(): IdentificationIds {
    const { user_guid: userGuid, member_guid: memberGuid } = this.#ids;
    return { ...(userGuid ? { userGuid } : {}), ...(memberGuid ? { memberGuid } : {}) };
  }

  async run(): Promise<IdentificationResult> {
    const options = this.#options;
    if (typeof this.#timeout !== 'number' || Number.isNaN(this.#timeout) || this.#timeout < 0) {
      throw new TypeError(`identifyAccountOwners: timeout must be a number of milliseconds, 0 for no overall timeout; got ${String(options.timeout)}.`);
    }
    // 1. What can be checked without creating anything.
    let credentials: CredentialRequest[] = [];
    if (options.member === undefined) {
      await this.#checkInstitution(options.institutionCode);
      const fields = (await this.#client.readInstitutionCredentials({ institution_code: options.institutionCode }, this.#init)).credentials;
      credentials = mapCredentials(options.institutionCode, fields, options.credentials);
    }

    // 2. The user: a reused member needs its existing user; a new member may create one.
    const user = await this.#resolveUser(options.user, options.member);
    this.#ids.user_guid = user.guid;
    this.#report('user', `${user.created ? 'created' : 'using'} user ${user.guid}`);

    // 3. The member: reused (start at its account owners) or created without aggregation.
    const createdMember = options.member === undefined && (await this.#createMember(options.institutionCode, credentials));
    if (options.member !== undefined) this.#ids.member_guid = options.member;
    const memberGuid = this.#ids.member_guid;
    this.#report('member', createdMember ? `created member ${memberGuid} (skip_aggregation)` : `reusing member ${memberGuid}`);
    const done = { userGuid: user.guid, memberGuid, createdUser: user.created, createdMember };
    if (!createdMember) {
      const owners = (await this.#client.listAccountOwners(this.#ids, this.#init)).account_owners;
      if (owners.length > 0) {
        this.#report('completed', `member ${memberGuid} already has ${owners.length} account owner(s); no identification needed`);
        return { ...done, accountOwners: owners, identified: false, status: null };
      }
      if (options.member !== undefined) await this.#checkInstitution((await this.#client.readMember(this.#ids, this.#init)).member.institution_code);
    }

    // 4. Identify, then poll until it stops; CONNECTED is success.
    await this.#startIdentification();
    const { status } = await this.#follow();
    if (status.connection_status !== 'CONNECTED') throw new IdentificationFailedError(status, this.#known);

    // 5. The owners.
    const { account_owners: accountOwners } = await this.#client.listAccountOwners(this.#ids, this.#init);
    this.#report('completed', `member ${memberGuid} has ${accountOwners.length} account owner(s)`, status);
    return { ...done, accountOwners, identified: true, status };
  }

  #report(step: IdentificationStep, message: string, status?: MemberConnectionStatus): void {
    this.#options.onProgress?.({ step, message, ...this.#known, ...(status ? { status } : {}) });
  }

  /** Waits one poll interval, or fails when the deadline has passed. */
  async #pause(step: IdentificationStep): Promise<void> {
    const left = this.#deadline - this.#now();
    if (left <= 0) {
      throw new IdentificationTimeoutError(this.#timeout, this.#lastStatus, { step, ...this.#known }, this.#lastConflict);
    }
    await (this.#options.sleep ?? defaultSleep)(Math.min(this.#options.pollInterval ?? DEFAULT_POLL_INTERVAL_MS, left), this.#options.signal);
  }

  async #checkInstitution(institutionCode: string): Promise<void> {
    const { institution } = await this.#client.readInstitution({ institution_code: institutionCode }, this.#init);
    if (!institution.supports_account_identification) throw new IdentificationNotSupportedError(institutionCode, this.#known);
    this.#report('institution', `${institution.name} (${institution.code}) supports account identification`);
  }

  /**
   * The user by guid, or by identifier. Only for a new member is a user that is not found created:
   * a reused member belongs to an existing user.
   */
  async #resolveUser(user: UserRef, reusedMember: string | undefined): Promise<{ guid: string; created: boolean }> {
    const client = this.#client;
    if ('guid' in user) return { guid: (await client.readUser({ user_guid: user.guid }, this.#init)).user.guid, created: false };
    const users = allPages(async (query) => {
      const { users: items, pagination } = await client.listUsers(query, this.#init);
      return { items, pagination };
    });
    for await (const candidate of users) if (candidate.identifier === user.identifier) return { guid: candidate.guid, created: false };
    if (reusedMember !== undefined) throw new IdentificationUserNotFoundError(user.identifier, { memberGuid: reusedMember });
    const body = { user: user.metadata === undefined ? { identifier: user.identifier } : { identifier: user.identifier, metadata: user.metadata } };
    return { guid: (await client.createUser({ body }, this.#init)).user.guid, created: true };
  }

  /** Creates the member with skip_aggregation; on a 409 duplicate, reuses the member that holds these credentials. Answers whether it created one. */
  async #createMember(institutionCode: string, credentials: CredentialRequest[]): Promise<boolean> {
    try {
      const body = { member: { institution_code: institutionCode, credentials, skip_aggregation: true } };
      this.#ids.member_guid = (await this.#client.createMember({ user_guid: this.#ids.user_guid, body }, this.#init)).member.guid;
      return true;
    } catch (error) {
      const existing = error instanceof AtriumConflictError ? await this.#duplicatedMember(institutionCode, error.message) : undefined;
      if (!existing) throw error;
      this.#ids.member_guid = existing;
      return false;
    }
  }

  /**
   * After a 409 on create (same institution and credentials): the user's member at that institution
   * that the message names, or the only one there. Undefined when it cannot be told.
   */
  async #duplicatedMember(institutionCode: string, message: string): Promise<string | undefined> {
    const candidates: string[] = [];
    const members = allPages(async (query) => {
      const { members: items, pagination } = await this.#client.listMembers({ user_guid: this.#ids.user_guid, ...query }, this.#init);
      return { items, pagination };
    });
    for await (const member of members) if (member.institution_code === institutionCode) candidates.push(member.guid);
    const named = candidates.filter((guid) => message.includes(guid));
    if (named.length === 1) return named[0];
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  /**
   * POST /identify: 200 started, 202 already running; 409 another job runs: follow it to its end,
   * then again. A 409 while /status shows no running job is retried after a poll interval, at most
   * MAX_IDLE_CONFLICTS times in a row (IdentificationConflictError).
   */
  async #startIdentification(): Promise<void> {
    const memberGuid = this.#ids.member_guid;
    for (let idleConflicts = 0; ; ) {
      try {
        const started = await this.#client.request('identifyMember', this.#ids, this.#init);
        this.#lastConflict = undefined;
        this.#report('identify', started.status === 202 ? `identification already running on ${memberGuid}` : `identification started on ${memberGuid}`);
        return;
      } catch (error) {
        if (!(error instanceof AtriumConflictError)) throw error;
        this.#lastConflict = error;
        this.#report('waiting', `member ${memberGuid} is running another job; waiting for it (${error.message})`);
        const { polls } = await this.#follow();
        // More than one read: a job ran and has ended, so try again at once.
        if (polls > 1) {
          idleConflicts = 0;
          continue;
        }
        idleConflicts += 1;
        if (idleConflicts >= MAX_IDLE_CONFLICTS) throw new IdentificationConflictError(idleConflicts, error, this.#known);
        await this.#pause('waiting');
      }
    }
  }

  /**
   * Polls /status until the running job (identification, or another one it waits for) stops,
   * answering each new set of challenges once. Answers the last status and how many reads it took.
   */
  async #follow(): Promise<{ status: MemberConnectionStatus; polls: number }> {
    const answered = new Set<string>();
    for (let polls = 1; ; polls += 1) {
      const { member: status } = await this.#client.readMemberStatus(this.#ids, this.#init);
      this.#lastStatus = status;
      this.#report('status', `member ${this.#ids.member_guid}: ${status.connection_status ?? 'null'}/${status.status ?? 'null'}${status.is_being_aggregated ? ', running' : ''}`, status);
      if (status.connection_status === 'CHALLENGED') {
        await this.#answer(status, answered);
      } else if (!status.is_being_aggregated) {
        return { status, polls };
      }
      await this.#pause('status');
    }
  }

  /** Lists the challenges, hands the unanswered ones to answerChallenges and resumes with its answers. */
  async #answer(status: MemberConnectionStatus, answered: Set<string>): Promise<void> {
    const memberGuid = this.#ids.member_guid;
    const listed = (await this.#client.listMemberMFAChallenges(this.#ids, this.#init))?.challenges ?? [];
    const fresh = listed.filter((challenge) => !answered.has(challenge.guid));
    if (fresh.length === 0) return;
    const questions = fresh.map((challenge) => challenge.label).join('; ');
    const answerChallenges = this.#options.answerChallenges;
    if (!answerChallenges) {
      throw new IdentificationChallengeError(`Member ${memberGuid} is CHALLENGED (${questions}) and no answerChallenges callback was given.`, fresh, this.#known);
    }
    this.#report('challenged', `member ${memberGuid} asks: ${questions}`, status);
    this.#rounds += 1;
    const answers = await answerChallenges(fresh, { round: this.#rounds, status, userGuid: this.#ids.user_guid, memberGuid });
    if (!answers || answers.length === 0) throw new IdentificationChallengeError(`answerChallenges gave no answers for member ${memberGuid}.`, fresh, this.#known);
    try {
      await this.#client.resumeMember({ ...this.#ids, body: { member: { challenges: answers.map(({ guid, value }) => ({ guid, value })) } } }, this.#init);
      for (const challenge of fresh) answered.add(challenge.guid);
      this.#report('resumed', `answered ${answers.length} challenge(s) of member ${memberGuid}`);
    } catch (error) {
      // 405: no longer CHALLENGED (e.g. the challenge expired meanwhile); the next read says why.
      if (!(error instanceof AtriumMethodNotAllowedError)) throw error;
    }
  }
}

/** Every item of a paged list, one page of 100 at a time, reading the next page only when the caller asks for more. */
async function* allPages<T>(readPage: (query: { page: number; records_per_page: number }) => Promise<{ items: readonly T[]; pagination: { total_pages: number } }>): AsyncGenerator<T> {
  for (let page = 1; ; page += 1) {
    const { items, pagination } = await readPage({ page, records_per_page: 100 });
    yield* items;
    if (page >= pagination.total_pages) return;
  }
}
