import type { Pagination } from '../spec/wire.js';

export interface PageQuery {
  page?: number | undefined;
  records_per_page?: number | undefined;
}

export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 1000;

/** Atrium pages are 1-based; out-of-range values are clamped, never an error. */
export function paginate<T>(items: readonly T[], query: PageQuery): { items: T[]; pagination: Pagination } {
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Math.trunc(query.records_per_page ?? DEFAULT_PER_PAGE)));
  const page = Math.max(1, Math.trunc(query.page ?? 1));
  const start = (page - 1) * perPage;
  return {
    items: items.slice(start, start + perPage),
    pagination: {
      current_page: page,
      per_page: perPage,
      total_entries: items.length,
      total_pages: Math.max(1, Math.ceil(items.length / perPage)),
    },
  };
}
