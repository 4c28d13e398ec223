/** Why a domain operation refused; http/errors.ts holds the one table from code to status. */
export type DomainErrorCode =
  | 'invalid' // 400
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'not_allowed' // 405: a constraint of the endpoint was not met
  | 'conflict' // 409
  | 'too_many_requests' // 429
  | 'simulator'; // 500 with mock_error: the simulator itself is wrong

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** MX's own sentence for an unknown record, with which record it was. */
export function notFound(what: string): DomainError {
  return new DomainError('not_found', `We were unable to find the record you requested: ${what}.`);
}
