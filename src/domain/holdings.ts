import type { Holding } from '../spec/wire.js';
import type { MemberState } from '../store/tenant-state.js';
import type { DomainContext } from './context.js';
import { recordOfUser, recordsInScope, type DataScope } from './member-data.js';
import { paginate, type PageQuery } from './pagination.js';

const holdingsOf = (state: MemberState) => state.holdings;

/** Holdings of investment accounts, in the order the accounts and their positions were discovered. */
export function listHoldings(ctx: DomainContext, scope: DataScope, query: PageQuery) {
  return paginate(recordsInScope(ctx, scope, holdingsOf), query);
}

export function readHolding(ctx: DomainContext, userGuid: string, holdingGuid: string): Holding {
  return recordOfUser(ctx, userGuid, holdingGuid, 'holding', holdingsOf).record;
}
