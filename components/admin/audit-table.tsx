"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type DataTableFeatures } from "@/components/tables/data-table";
import type { AuditRow } from "@/lib/data/audit";
import { formatDateTime } from "@/lib/format";

const helper = createColumnHelper<DataTableFeatures, AuditRow>();

const columns = helper.columns([
  helper.accessor("createdAt", { header: "Tidpunkt", sortFn: "datetime", cell: (info) => formatDateTime(info.getValue()), enableGlobalFilter: false }),
  helper.accessor((row) => row.actorName ?? "System", { id: "actor", header: "Vem" }),
  helper.accessor("entity", { header: "Vad" }),
  helper.accessor("action", { header: "Händelse" }),
  helper.accessor((row) => JSON.stringify(row.before ?? null), {
    id: "before",
    header: "Före",
    cell: (info) => <code className="text-xs break-all">{info.getValue()}</code>,
    enableSorting: false,
  }),
  helper.accessor((row) => JSON.stringify(row.after ?? null), {
    id: "after",
    header: "Efter",
    cell: (info) => <code className="text-xs break-all">{info.getValue()}</code>,
    enableSorting: false,
  }),
]);

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return <DataTable label="Händelselogg" columns={columns} data={rows} searchLabel="Sök i loggen" emptyMessage="Inga händelser matchar filtret." />;
}
