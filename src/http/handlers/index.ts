import { institutionHandlers } from './institutions.js';
import { jobHandlers } from './jobs.js';
import { memberHandlers } from './members.js';
import type { Handlers } from './types.js';
import { userHandlers } from './users.js';

/** operationId -> handler. An operation of the spec without one answers 501 until it is built. */
export const handlers: Handlers = {
  ...userHandlers,
  ...institutionHandlers,
  ...memberHandlers,
  ...jobHandlers,
};
