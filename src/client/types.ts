/**
 * Types of the reference client, all derived from the generated OpenAPI types: one
 * `operations[operationId]` entry gives a method's parameters, body and answers.
 * Nothing here imports server code (design.md section 2: `client` depends on `generated` only).
 */
import type { components, operations } from '../generated/atrium.js';

export type OperationId = keyof operations;

type Schemas = components['schemas'];

/** MX wire objects (snake_case, as Atrium sends them). */
export type User = Schemas['User'];
export type Institution = Schemas['Institution'];
export type InstitutionCredential = Schemas['CredentialResponse'];
export type CredentialRequest = Schemas['CredentialRequest'];
export type Member = Schemas['Member'];
export type MemberConnectionStatus = Schemas['MemberConnectionStatus'];
export type ConnectionStatus = NonNullable<Schemas['ConnectionStatus']>;
export type Challenge = Schemas['Challenge'];
export type AccountOwner = Schemas['AccountOwner'];

export const ATRIUM_JSON = 'application/vnd.mx.atrium.v1+json';
export const ATRIUM_PDF = 'application/vnd.mx.atrium.v1+pdf';

type Parameters<K extends OperationId> = operations[K]['parameters'];
type Empty = Record<never, never>;

/** Path parameters (`user_guid`, ...); required ones stay required. */
type PathParams<K extends OperationId> = Parameters<K> extends { path: infer P extends object } ? P : Empty;
/** Query parameters (`page`, `records_per_page`, `from_date`, ...), always optional. */
type QueryParams<K extends OperationId> = [NonNullable<Parameters<K>['query']>] extends [never] ? Empty : NonNullable<Parameters<K>['query']>;

/** The JSON body of an operation, or never when it takes none. */
export type RequestBody<K extends OperationId> =
  NonNullable<operations[K]['requestBody']> extends { content: { 'application/json': infer B } } ? B : never;
type BodyParam<K extends OperationId> = [RequestBody<K>] extends [never]
  ? Empty
  : undefined extends operations[K]['requestBody']
    ? { body?: RequestBody<K> }
    : { body: RequestBody<K> };

/** What a method takes: path and query parameters by their MX names, plus `body` when the operation has one. */
export type OperationParams<K extends OperationId> = PathParams<K> & QueryParams<K> & BodyParam<K>;

type Responses<K extends OperationId> = operations[K]['responses'];
type SuccessStatus<K extends OperationId> = Extract<keyof Responses<K>, 200 | 201 | 202 | 203 | 204>;

/** JSON answers are the parsed body, the statement PDF is its bytes, 204 is null. */
type DataOf<R> = R extends { content: infer C }
  ? typeof ATRIUM_JSON extends keyof C
    ? C[typeof ATRIUM_JSON]
    : Uint8Array
  : null;

/** Everything a successful call answers: one member per documented 2xx status, told apart by `status`. */
export type AtriumResponse<K extends OperationId> = {
  [S in SuccessStatus<K>]: {
    status: S;
    data: DataOf<Responses<K>[S]>;
    headers: Headers;
    /** `X-Request-Id` of the answer (null when the server sent none). */
    requestId: string | null;
  };
}[SuccessStatus<K>];

/** What a method resolves to: the body of any 2xx answer (null for 204). */
export type ResponseData<K extends OperationId> = AtriumResponse<K>['data'];

/** Per-call options. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Extra headers for this call (the MX headers are always set by the client). */
  headers?: Record<string, string>;
}

/** The arguments of a method: the parameters are optional when none of them is required. */
export type OperationArgs<K extends OperationId> = Empty extends OperationParams<K>
  ? [params?: OperationParams<K>, options?: RequestOptions]
  : [params: OperationParams<K>, options?: RequestOptions];

export type OperationMethod<K extends OperationId> = (...args: OperationArgs<K>) => Promise<ResponseData<K>>;
