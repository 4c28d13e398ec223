import type { DomainErrorCode } from '../domain/errors.js';
import type { Reply } from './reply.js';

/** The one table from a domain refusal to an HTTP status (design.md section 4). */
export const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  not_allowed: 405,
  conflict: 409,
  too_many_requests: 429,
  simulator: 500,
};

/** Atrium's error body: exactly `{"error":{"message":...}}`. */
export function errorReply(status: number, message: string, headers?: Record<string, string>): Reply {
  const reply: Reply = { status, body: { error: { message } } };
  if (headers) reply.headers = headers;
  return reply;
}

/** The simulator itself is wrong (broken scenario, response off the spec): flagged so clients can tell. */
export function mockErrorReply(message: string, status = 500): Reply {
  return { status, body: { error: { message, mock_error: true } }, headers: { 'X-Mock-Error': 'true' }, mockError: true };
}
