"use client";

import { createColumnHelper, useTable, type ColumnVisibilityState, type SortingState } from "@tanstack/react-table";
import Link from "next/link";
import { useId, useMemo, useState } from "react";
import { MaturityBadge } from "@/components/badges/maturity-badge";
import { dataTableFeatures, type DataTableFeatures } from "@/components/tables/data-table";
import { TablePager } from "@/components/tables/table-pager";
import { TableView } from "@/components/tables/table-view";
import { PAGE_SIZES, pageOfRows, type PageSize } from "@/lib/domain/pagination";
import { applyOverviewView, overviewColumns, viewToSearchParams, type GradeFilter, type OverviewRow, type OverviewView } from "@/lib/domain/cycle-overview";
import { MATURITY_GRADE_LABELS } from "@/lib/domain/labels";
import { formatPercent } from "@/lib/format";

// Sorting and filtering happen in lib/domain/cycle-overview (manualSorting), so the export gives the same rows.
const helper = createColumnHelper<DataTableFeatures, OverviewRow>();

interface CycleOverviewTableProps {
  cycleId: string;
  cycleName: string;
  goalAreas: string[];
  rows: OverviewRow[];
  /** Link the review status to the review workspace (for those who assess). */
  linkToReview: boolean;
}

const GRADE_FILTER_LABELS: Record<GradeFilter, string> = {
  "": "Alla",
  NOTABLY_MATURE: MATURITY_GRADE_LABELS.NOTABLY_MATURE,
  ADEQUATE: MATURITY_GRADE_LABELS.ADEQUATE,
  LOW: MATURITY_GRADE_LABELS.LOW,
  NONE: "Ej bedömda",
};

// A page of 50 keeps a large municipality's overview quick to open and to read; "Alla" shows every row.
const DEFAULT_PAGE_SIZE: PageSize = 50;

/**
 * Providers × goal areas with grades: sort, search, filter by grade, choose columns, a page at a
 * time; the export has every row the search and filter leave, not only the page.
 */
export function CycleOverviewTable({ cycleId, cycleName, goalAreas, rows, linkToReview }: CycleOverviewTableProps) {
  const [sorting, setSortingState] = useState<SortingState>([]);
  const [visibility, setVisibility] = useState<ColumnVisibilityState>({});
  const [search, setSearchState] = useState("");
  const [grade, setGradeState] = useState<GradeFilter>("");
  const [pageNumber, setPageNumber] = useState(1);
  const [pageSize, setPageSizeState] = useState<PageSize>(DEFAULT_PAGE_SIZE);
  const ids = { search: useId(), grade: useId() };
  // A new search, filter, order or page size starts from the first page.
  const fromFirstPage =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPageNumber(1);
    };
  const setSearch = fromFirstPage(setSearchState);
  const setGrade = fromFirstPage(setGradeState);
  const setPageSize = fromFirstPage(setPageSizeState);
  const setSorting = fromFirstPage(setSortingState);

  const overview = useMemo(() => overviewColumns(goalAreas), [goalAreas]);
  const view: OverviewView = {
    search,
    grade,
    sort: sorting[0] ? { id: sorting[0].id, desc: sorting[0].desc } : null,
    hidden: Object.entries(visibility).flatMap(([id, visible]) => (visible ? [] : [id])),
  };
  const shown = applyOverviewView(rows, overview, view);
  const page = pageOfRows(shown.rows, pageNumber, pageSize);

  const columns = useMemo(
    () =>
      helper.columns(
        overview.map((column) =>
          helper.accessor((row) => column.value(row), {
            id: column.id,
            header: column.header,
            enableHiding: column.hideable,
            cell: (info) => {
              const row = info.row.original;
              if (column.id === "utforare") {
                return (
                  <Link href={`/utforare/${row.providerId}`} className="font-medium text-brand-700 underline">
                    {row.providerName}
                  </Link>
                );
              }
              if (column.id === "egenrapportering" && row.selfAssessmentId) {
                return (
                  <Link href={`/egenrapportering/${row.selfAssessmentId}`} className="text-brand-700 underline">
                    {row.selfAssessment}
                    <span className="sr-only">: egenrapportering från {row.providerName}</span>
                  </Link>
                );
              }
              if (column.id === "bedomning" && linkToReview) {
                return (
                  <Link href={`/uppfoljningar/${cycleId}/granskning/${row.providerId}`} className="text-brand-700 underline">
                    {row.review}
                    <span className="sr-only">: bedömning av {row.providerName}</span>
                  </Link>
                );
              }
              if (column.id === "mognad") {
                return (
                  <span className="flex flex-wrap items-center gap-1">
                    <MaturityBadge grade={row.grade} />
                    {row.grade && !row.finalised ? <span className="text-xs text-slate-600">preliminär</span> : null}
                  </span>
                );
              }
              const value = info.getValue();
              return column.kind === "percent" ? formatPercent(value === null ? null : Number(value) * 100) : (value ?? "–");
            },
          }),
        ),
      ),
    [overview, cycleId, linkToReview],
  );

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: page.rows,
    manualSorting: true,
    state: { sorting, columnVisibility: visibility },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setVisibility,
    getRowId: (row) => row.providerId,
  });
  const exportHref = (format: "xlsx" | "csv") => {
    const params = viewToSearchParams(view);
    params.set("format", format);
    return `/api/uppfoljningar/${cycleId}/oversikt?${params}`;
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <label htmlFor={ids.search} className="text-sm font-medium">
          Sök
          <input id={ids.search} type="search" value={search} onChange={(event) => setSearch(event.target.value)} className="mt-1 block w-56 rounded-md border border-slate-300 px-3 py-1.5 font-normal" />
        </label>
        <label htmlFor={ids.grade} className="text-sm font-medium">
          Kvalitetsmognad
          <select id={ids.grade} value={grade} onChange={(event) => setGrade(event.target.value as GradeFilter)} className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5 font-normal">
            {Object.entries(GRADE_FILTER_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <details className="text-sm">
          <summary className="cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 font-medium">Kolumner</summary>
          <fieldset className="mt-2 flex max-w-3xl flex-wrap gap-x-4 gap-y-1 rounded-md border border-slate-200 bg-white p-3">
            <legend className="sr-only">Visa kolumner</legend>
            {table.getAllLeafColumns().map((column) =>
              column.getCanHide() ? (
                <label key={column.id} className="flex items-center gap-2">
                  <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
                  {String(column.columnDef.header)}
                </label>
              ) : null,
            )}
          </fieldset>
        </details>
        <p className="text-sm text-slate-600" aria-live="polite">
          {shown.rows.length} av {rows.length} utförare
        </p>
        <div className="ml-auto flex gap-2 text-sm">
          <a href={exportHref("xlsx")} download className="rounded-md border border-brand-600 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50">
            Exportera till Excel (XLSX)
          </a>
          <a href={exportHref("csv")} download className="rounded-md border border-brand-600 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50">
            Exportera till CSV
          </a>
        </div>
      </div>
      <TableView
        table={table}
        label={`Översikt över ${cycleName}`}
        emptyMessage={rows.length === 0 ? "Inga utförare är valda för uppföljningen ännu." : "Inga utförare matchar sökningen."}
        scrollRegion
      />
      {shown.rows.length > PAGE_SIZES[0] ? (
        <TablePager page={page} pageSize={pageSize} noun="utförare" label={`Översikt över ${cycleName}`} onPage={setPageNumber} onPageSize={setPageSize} />
      ) : null}
    </div>
  );
}
