/**
 * One page of a long list. Plain TypeScript: the page is clamped to the pages there are, so a
 * search that leaves fewer rows never shows an empty page. A page size of 0 means all rows.
 */
export const PAGE_SIZES = [25, 50, 100, 0] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export interface RowPage<T> {
  rows: T[];
  /** 1-based, after clamping. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last row shown; 0 and 0 when there are none. */
  first: number;
  last: number;
  total: number;
}

export function pageOfRows<T>(rows: readonly T[], requestedPage: number, pageSize: PageSize): RowPage<T> {
  const total = rows.length;
  const size = pageSize === 0 ? Math.max(total, 1) : pageSize;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const start = (page - 1) * size;
  const shown = rows.slice(start, start + size);
  return { rows: shown, page, pageCount, first: shown.length ? start + 1 : 0, last: start + shown.length, total };
}

export function pageSizeLabel(size: PageSize): string {
  return size === 0 ? "Alla" : String(size);
}
