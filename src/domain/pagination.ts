import type { Pagination } from '../spec/wire.js';

export interface PageQuery {
  page?: number | undefined;
  records_per_page?: number | undefined;
}

export const DEFAULT_PER_PAGE = 25;
/** MX's valid range of records_per_page starts at 10 ... */
export const MIN_PER_PAGE = 10;
/** ... and ends at 1000 for most lists, at 100 for institutions (MX's Platform API reference, per endpoint). */
export const MAX_PER_PAGE = 1000;
export const MAX_INSTITUTIONS_PER_PAGE = 100;

/**
 * The page a query asks for. MX documents records_per_page as "Defaults to 25. The valid range
 * is from 10 to 100 [1000]. If the value exceeds 100 [1000], the default value of 25 will be
 * used instead." A value below the range is read the same way (25): MX says nothing of it, and
 * one range check is what gives the documented answer above it. Pages are 1-based; MX documents
 * no lower bound, so a page below 1 is read as 1; a page past the end is empty, with the
 * pagination of the page asked for. Never an error (a non-integer is a 400 from the spec).
 */
export function pageOf(query: PageQuery, maxPerPage = MAX_PER_PAGE): { page: number; perPage: number } {
  const asked = query.records_per_page;
  const perPage = asked !== undefined && asked >= MIN_PER_PAGE && asked <= maxPerPage ? Math.trunc(asked) : DEFAULT_PER_PAGE;
  const page = Math.max(1, Math.trunc(query.page ?? 1));
  return { page, perPage };
}

/**
 * A page of `total` items, where `take(offset, count)` gives the items from `offset` on (called
 * only when the page has any), so a list never has to be built whole to answer one page.
 */
export function paginateWith<T>(total: number, query: PageQuery, take: (offset: number, count: number) => T[], maxPerPage = MAX_PER_PAGE): { items: T[]; pagination: Pagination } {
  const { page, perPage } = pageOf(query, maxPerPage);
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

export function paginate<T>(items: readonly T[], query: PageQuery, maxPerPage = MAX_PER_PAGE): { items: T[]; pagination: Pagination } {
  return paginateWith(items.length, query, (offset, count) => items.slice(offset, offset + count), maxPerPage);
}
