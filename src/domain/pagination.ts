import type { Pagination } from '../spec/wire.js';

export interface PageQuery {
  page?: number | undefined;
  records_per_page?: number | undefined;
}

export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 1000;

/** The page a query asks for: Atrium pages are 1-based; out-of-range values are clamped, never an error. */
export function pageOf(query: PageQuery): { page: number; perPage: number } {
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Math.trunc(query.records_per_page ?? DEFAULT_PER_PAGE)));
  const page = Math.max(1, Math.trunc(query.page ?? 1));
  return { page, perPage };
}

/**
 * A page of `total` items, where `take(offset, count)` gives the items from `offset` on (called
 * only when the page has any), so a list never has to be built whole to answer one page.
 */
export function paginateWith<T>(total: number, query: PageQuery, take: (offset: number, count: number) => T[]): { items: T[]; pagination: Pagination } {
  const { page, perPage } = pageOf(query);
  const start = (page - 1) * perPage;
  return {
    items: start < total ? take(start, Math.min(perPage, total - start)) : [],
    pagination: {
      current_page: page,
      per_page: perPage,
      total_entries: total,
      total_pages: Math.max(1, Math.ceil(total / perPage)),
    },
  };
}

export function paginate<T>(items: readonly T[], query: PageQuery): { items: T[]; pagination: Pagination } {
  return paginateWith(items.length, query, (offset, count) => items.slice(offset, offset + count));
}
