"use client";

import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_datetime,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { useId, useState } from "react";
import { TableView } from "./table-view";

/** The features every data table here has: sorting by column, a free-text search, column choice. */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, datetime: sortFn_datetime },
  filterFns: { includesString: filterFn_includesString },
});

export type DataTableFeatures = typeof dataTableFeatures;

interface DataTableProps<TData extends RowData> {
  /** Accessible name of the table. */
  label: string;
  columns: ColumnDef<DataTableFeatures, TData, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  data: TData[];
  searchLabel?: string;
  emptyMessage: string;
  initialSorting?: SortingState;
  /** A stable id per row, so a row's components keep their state when the data is refreshed. */
  getRowId?: (row: TData) => string;
}

export function DataTable<TData extends RowData>({
  label,
  columns,
  data,
  searchLabel = "Sök",
  emptyMessage,
  initialSorting = [],
  getRowId,
}: DataTableProps<TData>) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [globalFilter, setGlobalFilter] = useState("");
  const searchId = useId();
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    state: { sorting, globalFilter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    globalFilterFn: "includesString",
    getRowId: getRowId ? (row) => getRowId(row) : undefined,
  });
  const rows = table.getRowModel().rows;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={searchId} className="text-sm font-medium">
          {searchLabel}
        </label>
        <input
          id={searchId}
          type="search"
          value={globalFilter}
          onChange={(event) => setGlobalFilter(event.target.value)}
          className="w-64 rounded-md border border-slate-300 px-3 py-1.5 text-sm"
        />
        <p className="text-sm text-slate-600" aria-live="polite">
          {rows.length} av {data.length} rader
        </p>
      </div>
      <TableView table={table} label={label} emptyMessage={emptyMessage} />
    </div>
  );
}
