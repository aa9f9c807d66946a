"use client";

import type { Cell, ReactTable, RowData } from "@tanstack/react-table";
import type { DataTableFeatures } from "./data-table";

interface TableViewProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Accessible name of the table. */
  label: string;
  emptyMessage: string;
  /** Give a wide table its own keyboard-scrollable region, named `label`. */
  scrollRegion?: boolean;
}

/**
 * Renders a TanStack table: sortable column headers as buttons with aria-sort, the visible cells,
 * and a message when there are no rows. The table instance (and where its rows come from) is the
 * caller's. Cell renderers are called as plain functions, so they must not use hooks: a component
 * per cell made rendering a 200-row overview markedly slower (docs/scaling.md).
 */
export function TableView<TData extends RowData>({ table, label, emptyMessage, scrollRegion = false }: TableViewProps<TData>) {
  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      {...(scrollRegion ? { tabIndex: 0, role: "region", "aria-label": `${label}, rullbar` } : {})}
    >
      <table className="w-full text-left text-sm" aria-label={label}>
        <thead className="border-b border-slate-200 text-slate-600">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" className="px-3 py-2 align-bottom font-medium" aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}>
                    {header.isPlaceholder ? null : header.column.getCanSort() ? (
                      <button type="button" onClick={header.column.getToggleSortingHandler()} className="inline-flex items-center gap-1 text-left hover:underline">
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        {/* The cells' padding is set once here, not repeated on each of thousands of cells. */}
        <tbody className="divide-y divide-slate-100 [&>tr>td]:px-3 [&>tr>td]:py-2 [&>tr>td]:align-top">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columnCount} className="py-6! text-center text-slate-600">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{renderCell(cell)}</td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function renderCell<TData extends RowData>(cell: Cell<DataTableFeatures, TData, unknown>): React.ReactNode {
  const render = cell.column.columnDef.cell;
  return typeof render === "function" ? render(cell.getContext()) : (render ?? null);
}
