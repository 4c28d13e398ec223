import type { Pagination } from '../../spec/wire.js';
import { json, type Reply } from '../reply.js';

/** A paginated list under its root key: `{"accounts": [...], "pagination": {...}}`. */
export function listReply(key: string, page: { items: unknown[]; pagination: Pagination }): Reply {
  return json(200, { [key]: page.items, pagination: page.pagination });
}
