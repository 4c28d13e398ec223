/**
 * Where each Atrium operation lives: its HTTP method and path template, by operationId. The
 * client's 48 methods are built from this table. The compiler checks every row against the
 * generated `paths` (a row whose method and path do not lead to that operation does not compile)
 * and test/client/operations.test.ts checks the table against src/spec/atrium.openapi.yml.
 */
import type { operations, paths } from '../generated/atrium.js';
import { ATRIUM_PDF, type OperationId } from './types.js';

type HttpMethod = 'get' | 'put' | 'post' | 'delete';

/** The (method, path) pairs of `paths` that lead to `operations[K]`. */
type RouteOf<K extends OperationId> = {
  [P in keyof paths]: {
    [M in HttpMethod]: [paths[P][M]] extends [operations[K]]
      ? [operations[K]] extends [paths[P][M]]
        ? { method: Uppercase<M>; path: P }
        : never
      : never;
  }[HttpMethod];
}[keyof paths];

/** `accept` is set exactly on the operations whose answer is not JSON (the statement PDF). */
type AcceptOf<K extends OperationId> = operations[K]['responses'] extends { 200: { content: infer C } }
  ? typeof ATRIUM_PDF extends keyof C
    ? { accept: typeof ATRIUM_PDF }
    : { accept?: never }
  : { accept?: never };

export type OperationRoute<K extends OperationId> = RouteOf<K> & AcceptOf<K>;

export const OPERATION_ROUTES = {
  createUser: { method: 'POST', path: '/users' },
  listUsers: { method: 'GET', path: '/users' },
  readUser: { method: 'GET', path: '/users/{user_guid}' },
  updateUser: { method: 'PUT', path: '/users/{user_guid}' },
  deleteUser: { method: 'DELETE', path: '/users/{user_guid}' },
  listInstitutions: { method: 'GET', path: '/institutions' },
  readInstitution: { method: 'GET', path: '/institutions/{institution_code}' },
  readInstitutionCredentials: { method: 'GET', path: '/institutions/{institution_code}/credentials' },
  createMember: { method: 'POST', path: '/users/{user_guid}/members' },
  listMembers: { method: 'GET', path: '/users/{user_guid}/members' },
  readMember: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}' },
  updateMember: { method: 'PUT', path: '/users/{user_guid}/members/{member_guid}' },
  deleteMember: { method: 'DELETE', path: '/users/{user_guid}/members/{member_guid}' },
  aggregateMember: { method: 'POST', path: '/users/{user_guid}/members/{member_guid}/aggregate' },
  aggregateMemberBalances: { method: 'POST', path: '/users/{user_guid}/members/{member_guid}/balance' },
  readMemberStatus: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}/status' },
  listMemberMFAChallenges: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}/challenges' },
  resumeMember: { method: 'PUT', path: '/users/{user_guid}/members/{member_guid}/resume' },
  listMemberCredentials: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}/credentials' },
  listMemberAccounts: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}/accounts' },
  readAccountByMemberGUID: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}/accounts/{account_guid}' },
  listMemberTransactions: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}/transactions' },
  extendHistory: { method: 'POST', path: '/users/{user_guid}/members/{member_guid}/extend_history' },
  readOAuthWindowURI: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}/oauth_window_uri' },
  listHoldingsByMember: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}/holdings' },
  listUserAccounts: { method: 'GET', path: '/users/{user_guid}/accounts' },
  readAccount: { method: 'GET', path: '/users/{user_guid}/accounts/{account_guid}' },
  listAccountTransactions: { method: 'GET', path: '/users/{user_guid}/accounts/{account_guid}/transactions' },
  listHoldingsByAccount: { method: 'GET', path: '/users/{user_guid}/accounts/{account_guid}/holdings' },
  listUserTransactions: { method: 'GET', path: '/users/{user_guid}/transactions' },
  readTransaction: { method: 'GET', path: '/users/{user_guid}/transactions/{transaction_guid}' },
  cleanseAndCategorizeTransactions: { method: 'POST', path: '/transactions/cleanse_and_categorize' },
  listHoldings: { method: 'GET', path: '/users/{user_guid}/holdings' },
  readHolding: { method: 'GET', path: '/users/{user_guid}/holdings/{holding_guid}' },
  identifyMember: { method: 'POST', path: '/users/{user_guid}/members/{member_guid}/identify' },
  listAccountOwners: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}/account_owners' },
  verifyMember: { method: 'POST', path: '/users/{user_guid}/members/{member_guid}/verify' },
  listAccountNumbers: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}/account_numbers' },
  listAccountNumbersByAccount: { method: 'GET', path: '/users/{user_guid}/accounts/{account_guid}/account_numbers' },
  fetchStatements: { method: 'POST', path: '/users/{user_guid}/members/{member_guid}/fetch_statements' },
  listMemberStatements: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}/statements' },
  readMemberStatement: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}/statements/{statement_guid}' },
  downloadStatementPdf: { method: 'GET', path: '/users/{user_guid}/members/{member_guid}/statements/{statement_guid}.pdf', accept: ATRIUM_PDF },
  getConnectWidget: { method: 'POST', path: '/users/{user_guid}/connect_widget_url' },
  listMerchants: { method: 'GET', path: '/merchants' },
  readMerchant: { method: 'GET', path: '/merchants/{merchant_guid}' },
  listMerchantLocations: { method: 'GET', path: '/merchants/{merchant_guid}/merchant_locations' },
  readMerchantLocation: { method: 'GET', path: '/merchants/{merchant_guid}/merchant_locations/{merchant_location_guid}' },
} as const satisfies { [K in OperationId]: OperationRoute<K> };
