import { startJob, type JobStart } from '../../domain/jobs.js';
import { listAccountOwners } from '../../domain/member-data.js';
import type { JobType } from '../../store/tenant-state.js';
import { json, type Reply } from '../reply.js';
import { bodyOf, type Handler, type HandlerContext, type Handlers } from './types.js';

/** Job starts: 202 for a standard aggregation (spec) and for "already running"/throttled, 200 for the rest. */
function jobReply(type: JobType, start: JobStart): Reply {
  const status = start.outcome === 'started' ? (type === 'aggregation' ? 202 : 200) : start.outcome === 'fixture' ? 200 : 202;
  return json(status, { member: start.member });
}

function includeTransactions(c: HandlerContext): boolean {
  const body = bodyOf(c, 'identifyMember');
  return body?.include_transactions === true || body?.member?.include_transactions === true;
}

function jobHandler(type: JobType, readsBody = false): Handler {
  return (c) => jobReply(type, startJob(c.domain, c.params.user_guid!, c.params.member_guid!, type, readsBody && includeTransactions(c)));
}

export const jobHandlers: Handlers = {
  aggregateMember: jobHandler('aggregation'),
  aggregateMemberBalances: jobHandler('balance'),
  identifyMember: jobHandler('identification', true),
  verifyMember: jobHandler('verification', true),
  extendHistory: jobHandler('extended_history'),
  fetchStatements: jobHandler('statements'),
  listAccountOwners: (c) => json(200, { account_owners: listAccountOwners(c.domain, c.params.user_guid!, c.params.member_guid!) }),
};
