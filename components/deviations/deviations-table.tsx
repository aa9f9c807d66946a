"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { ActionForm } from "@/components/questionnaires/action-form";
import { DataTable, type DataTableFeatures } from "@/components/tables/data-table";
import type { DeviationRow } from "@/lib/data/deviations";
import { DEVIATION_KIND_LABELS } from "@/lib/domain/labels";
import type { FormState } from "@/lib/validation/form-state";

const helper = createColumnHelper<DataTableFeatures, DeviationRow>();

const baseColumns = [
  helper.accessor("providerName", { header: "Utförare" }),
  helper.accessor("year", { header: "År" }),
  helper.accessor((row) => DEVIATION_KIND_LABELS[row.kind], { id: "kind", header: "Vad" }),
  helper.accessor("count", { header: "Antal" }),
  helper.accessor((row) => row.occurredOn ?? "–", { id: "occurredOn", header: "Datum" }),
  helper.accessor((row) => (row.hasFindings === null ? "–" : row.hasFindings ? "Ja" : "Nej"), { id: "hasFindings", header: "Brister" }),
  helper.accessor((row) => [row.category, row.summary].filter(Boolean).join(": ") || "–", { id: "summary", header: "Kategori och sammanfattning" }),
];

/** The register; those who manage it can remove a record registered by mistake. */
export function DeviationsTable({ rows, remove }: { rows: DeviationRow[]; remove?: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const columns = remove
    ? [
        ...baseColumns,
        helper.display({
          id: "remove",
          header: "Ändra",
          cell: (info) => <ActionForm action={remove} fields={{ id: info.row.original.id }} label="Ta bort" pendingLabel="Tar bort…" tone="danger" />,
        }),
      ]
    : baseColumns;
  return <DataTable label="Avvikelser, klagomål, Lex Sarah och IVO" columns={columns} data={rows} searchLabel="Sök i registret" emptyMessage="Inget registrerat för valet." getRowId={(row) => row.id} />;
}
