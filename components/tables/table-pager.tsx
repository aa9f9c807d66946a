"use client";

import { useId } from "react";
import { PAGE_SIZES, pageSizeLabel, type PageSize, type RowPage } from "@/lib/domain/pagination";

interface TablePagerProps {
  page: RowPage<unknown>;
  pageSize: PageSize;
  /** What the rows are, in the plural ("utförare"). */
  noun: string;
  /** Names the navigation region, e.g. the table's label. */
  label: string;
  onPage: (page: number) => void;
  onPageSize: (size: PageSize) => void;
}

/** Which rows of a long table are shown: previous and next page, and how many rows a page has. */
export function TablePager({ page, pageSize, noun, label, onPage, onPageSize }: TablePagerProps) {
  const sizeId = useId();
  const button = "rounded-md border border-slate-300 px-3 py-1.5 font-medium enabled:hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400";
  return (
    <nav aria-label={`Sidor i ${label}`} className="flex flex-wrap items-center gap-3 text-sm">
      <p aria-live="polite">
        Visar {page.first}–{page.last} av {page.total} {noun}
      </p>
      <div className="flex items-center gap-2">
        <button type="button" className={button} disabled={page.page <= 1} onClick={() => onPage(page.page - 1)}>
          Föregående
        </button>
        <span>
          Sida {page.page} av {page.pageCount}
        </span>
        <button type="button" className={button} disabled={page.page >= page.pageCount} onClick={() => onPage(page.page + 1)}>
          Nästa
        </button>
      </div>
      <label htmlFor={sizeId} className="flex items-center gap-2">
        Rader per sida
        <select id={sizeId} value={pageSize} onChange={(event) => onPageSize(Number(event.target.value) as PageSize)} className="rounded-md border border-slate-300 px-2 py-1.5">
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {pageSizeLabel(size)}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
