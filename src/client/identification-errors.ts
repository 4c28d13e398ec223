/** Errors of identifyAccountOwners. */
import type { IdentificationStep } from './identify.js';
import type { Challenge, ConnectionStatus, MemberConnectionStatus } from './types.js';

/** The workflow stopped; `step` says where. HTTP failures surface as the client's AtriumError classes instead. */
export class IdentificationError extends Error {
  readonly step: IdentificationStep;
  readonly userGuid: string | undefined;
  readonly memberGuid: string | undefined;

  constructor(message: string, context: { step: IdentificationStep; userGuid?: string; memberGuid?: string }) {
    super(message);
    this.name = new.target.name;
    this.step = context.step;
    this.userGuid = context.userGuid;
    this.memberGuid = context.memberGuid;
  }
}

/** The institution does not offer account identification; nothing was created. */
export class IdentificationNotSupportedError extends IdentificationError {
  constructor(readonly institutionCode: string, context: { userGuid?: string; memberGuid?: string } = {}) {
    super(`The institution "${institutionCode}" does not support account identification (supports_account_identification is false).`, { step: 'institution', ...context });
  }
}

/** The member's job ended in a state other than CONNECTED: DENIED, LOCKED, REJECTED, EXPIRED, FAILED, ... */
export class IdentificationFailedError extends IdentificationError {
  readonly connectionStatus: ConnectionStatus | null;
  readonly status: MemberConnectionStatus;

  constructor(status: MemberConnectionStatus, context: { userGuid: string; memberGuid: string }) {
    const state = status.connection_status ?? 'null';
    const reason = END_STATES[state] ?? 'the connection did not succeed';
    super(`Identification of member ${context.memberGuid} ended ${state} (status ${status.status ?? 'null'}): ${reason}.`, { step: 'status', ...context });
    this.connectionStatus = status.connection_status;
    this.status = status;
  }
}

/** The member was CHALLENGED and there was no way to answer (no callback, or it gave no answers). */
export class IdentificationChallengeError extends IdentificationError {
  constructor(message: string, readonly challenges: Challenge[], context: { userGuid: string; memberGuid: string }) {
    super(message, { step: 'challenged', ...context });
  }
}

/** The workflow's `timeout` passed before identification finished. */
export class IdentificationTimeoutError extends IdentificationError {
  constructor(readonly timeout: number, readonly status: MemberConnectionStatus | null, context: { step: IdentificationStep; userGuid?: string; memberGuid?: string }) {
    const last = status ? ` (last status: ${status.connection_status ?? 'null'}/${status.status ?? 'null'}, is_being_aggregated ${status.is_being_aggregated})` : '';
    super(`Identification did not finish within ${timeout} ms${last}.`, context);
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
