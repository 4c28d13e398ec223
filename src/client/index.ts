/** The reference Atrium client: imports generated types only, never simulator code. */
export { createAtriumClient, DEFAULT_TIMEOUT_MS, type AtriumClient, type AtriumClientOptions } from './client.js';
export {
  AtriumError,
  AtriumBadRequestError,
  AtriumUnauthorizedError,
  AtriumForbiddenError,
  AtriumNotFoundError,
  AtriumMethodNotAllowedError,
  AtriumNotAcceptableError,
  AtriumConflictError,
  AtriumRateLimitError,
  AtriumServerError,
  AtriumNetworkError,
  AtriumTimeoutError,
  type AtriumCall,
  type AtriumErrorDetails,
} from './errors.js';
export { mapCredentials, CredentialsMappingError, type CredentialsInput } from './credentials.js';
export {
  identifyAccountOwners,
  defaultSleep,
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_WORKFLOW_TIMEOUT_MS,
  MAX_IDLE_CONFLICTS,
  type AnswerChallenges,
  type ChallengeContext,
  type IdentificationProgress,
  type IdentificationResult,
  type IdentificationStep,
  type IdentifyAccountOwnersOptions,
  type UserRef,
} from './identify.js';
export {
  IdentificationError,
  IdentificationNotSupportedError,
  IdentificationFailedError,
  IdentificationChallengeError,
  IdentificationTimeoutError,
  IdentificationConflictError,
  IdentificationUserNotFoundError,
  type IdentificationIds,
} from './identification-errors.js';
export { OPERATION_ROUTES } from './operations.js';
export type {
  AccountOwner,
  AtriumResponse,
  Challenge,
  ConnectionStatus,
  CredentialRequest,
  Institution,
  InstitutionCredential,
  Member,
  MemberConnectionStatus,
  OperationArgs,
  OperationId,
  OperationParams,
  RequestBody,
  RequestOptions,
  ResponseData,
  User,
} from './types.js';
