import { accountHandlers } from './accounts.js';
import { connectHandlers } from './connect.js';
import { institutionHandlers } from './institutions.js';
import { jobHandlers } from './jobs.js';
import { memberHandlers } from './members.js';
import { merchantHandlers } from './merchants.js';
import { statementHandlers } from './statements.js';
import { transactionHandlers } from './transactions.js';
import type { Handlers } from './types.js';
import { userHandlers } from './users.js';

/** operationId -> handler, for every operation of the spec (test/spec.test.ts checks that none is missing). */
export const handlers: Handlers = {
  ...userHandlers,
  ...institutionHandlers,
  ...memberHandlers,
  ...jobHandlers,
  ...accountHandlers,
  ...transactionHandlers,
  ...statementHandlers,
  ...connectHandlers,
  ...merchantHandlers,
};
