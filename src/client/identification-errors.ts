/** Errors of identifyAccountOwners. */
import type { AtriumConflictError } from './errors.js';
import type { IdentificationStep } from './identify.js';
import type { Challenge, ConnectionStatus, MemberConnectionStatus } from './types.js';

/** The ids the workflow knew when it stopped (either may not be known yet). */
export interface IdentificationIds {
  userGuid?: string;
  memberGuid?: string;
}

/** The workflow stopped; `step` says where. HTTP failures surface as the client's AtriumError classes instead. */
export class IdentificationError extends Error {
  readonly step: IdentificationStep;
  readonly userGuid: string | undefined;
  readonly memberGuid: string | undefined;

  constructor(message: string, context: IdentificationIds & { step: IdentificationStep }, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.step = context.step;
    this.userGuid = context.userGuid;
    this.memberGuid = context.memberGuid;
  }
}

/** The institution does not offer account identification; nothing was created. */
export class IdentificationNotSupportedError extends IdentificationError {
  constructor(readonly institutionCode: string, context: IdentificationIds = {}) {
    super(`The institution "${institutionCode}" does not support account identification (supports_account_identification is false).`, { step: 'institution', ...context });
  }
}

/** The member's job ended in a state other than CONNECTED: DENIED, LOCKED, REJECTED, EXPIRED, FAILED, ... */
export class IdentificationFailedError extends IdentificationError {
  readonly connectionStatus: ConnectionStatus | null;
  readonly status: MemberConnectionStatus;

  constructor(status: MemberConnectionStatus, context: IdentificationIds) {
    const state = status.connection_status ?? 'null';
    const reason = END_STATES[state] ?? 'the connection did not succeed';
    super(`Identification of member ${context.memberGuid ?? '(unknown)'} ended ${state} (status ${status.status ?? 'null'}): ${reason}.`, { step: 'status', ...context });
    this.connectionStatus = status.connection_status;
    this.status = status;
  }
}

/** The member was CHALLENGED and there was no way to answer (no callback, or it gave no answers). */
export class IdentificationChallengeError extends IdentificationError {
  constructor(message: string, readonly challenges: Challenge[], context: IdentificationIds) {
    super(message, { step: 'challenged', ...context });
  }
}

/**
 * The workflow's `timeout` passed before identification finished. When it passed while identify
 * answered 409 (another job runs), `cause` is the last AtriumConflictError and the message quotes MX.
 */
export class IdentificationTimeoutError extends IdentificationError {
  constructor(
    readonly timeout: number,
    readonly status: MemberConnectionStatus | null,
    context: IdentificationIds & { step: IdentificationStep },
    lastConflict?: AtriumConflictError,
  ) {
    const last = status ? ` (last status: ${status.connection_status ?? 'null'}/${status.status ?? 'null'}, is_being_aggregated ${status.is_being_aggregated})` : '';
    const conflict = lastConflict ? ` The last identify answered 409: ${lastConflict.message}` : '';
    super(`Identification did not finish within ${timeout} ms${last}.${conflict}`, context, lastConflict ? { cause: lastConflict } : undefined);
  }
}

/**
 * identify kept answering 409 while /status showed the member idle, so there was no job to wait
 * for (MAX_IDLE_CONFLICTS times in a row). `cause` is the last AtriumConflictError; the message quotes MX.
 */
export class IdentificationConflictError extends IdentificationError {
  declare readonly cause: AtriumConflictError;

  constructor(readonly conflicts: number, lastConflict: AtriumConflictError, context: IdentificationIds) {
    super(
      `Member ${context.memberGuid ?? '(unknown)'} refused identification ${conflicts} times in a row with 409 while /status showed no running job. MX said: ${lastConflict.message}`,
      { step: 'identify', ...context },
      { cause: lastConflict },
    );
  }
}

/** A reused member needs its existing user: no user has this identifier (the workflow never creates one for a reused member). */
export class IdentificationUserNotFoundError extends IdentificationError {
  constructor(readonly identifier: string, context: IdentificationIds) {
    super(
      `No user has the identifier "${identifier}". Reusing member ${context.memberGuid ?? '(unknown)'} needs the user that owns it: pass user: { guid } or the identifier of that user.`,
      { step: 'user', ...context },
    );
  }
}

const END_STATES: Partial<Record<string, string>> = {
  DENIED: 'the institution refused the credentials',
  LOCKED: 'the account is locked at the institution',
  REJECTED: 'the MFA answers were rejected',
  EXPIRED: 'the MFA challenge expired before it was answered',
  FAILED: 'the connection to the institution failed',
  DISABLED: 'aggregation is disabled for this member',
  PREVENTED: 'MX stopped the connection after repeated failures; update the credentials',
  IMPEDED: 'the user must act at the institution first (e.g. accept its terms)',
  IMPAIRED: 'the institution needs more information from the user',
  DEGRADED: 'the institution is having problems',
  DELAYED: 'the institution is answering slowly; try again later',
  DISCONNECTED: 'the institution is unavailable',
  DISCONTINUED: 'the connection to this institution is no longer supported',
  CLOSED: 'the account is closed',
  PENDING: 'the member waits for OAuth',
};
