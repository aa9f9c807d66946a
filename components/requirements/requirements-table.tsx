"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type DataTableFeatures } from "@/components/tables/data-table";
import type { RequirementListRow } from "@/lib/data/requirements";
import { QUALITY_AREA_LABELS, REQUIREMENT_SOURCE_LABELS } from "@/lib/domain/labels";

const helper = createColumnHelper<DataTableFeatures, RequirementListRow>();

const columns = helper.columns([
  helper.accessor("code", { header: "Kod", sortFn: "alphanumeric" }),
  helper.accessor("title", { header: "Krav" }),
  helper.accessor((row) => REQUIREMENT_SOURCE_LABELS[row.source as keyof typeof REQUIREMENT_SOURCE_LABELS], { id: "source", header: "Källa" }),
  helper.accessor("reference", { header: "Referens", cell: (info) => info.getValue() ?? "–" }),
  helper.accessor("goalArea", { header: "Målområde", cell: (info) => info.getValue() ?? "–" }),
  helper.accessor((row) => row.qualityAreas.map((code) => QUALITY_AREA_LABELS[code as keyof typeof QUALITY_AREA_LABELS]).join(", "), {
    id: "qualityAreas",
    header: "Kvalitetsområden",
  }),
  helper.accessor((row) => (row.scale === "SUPERVISION" ? "Tillsyn" : "Aktivitet"), { id: "scale", header: "Bedömning" }),
  helper.accessor((row) => (row.isCritical ? "Ja" : "Nej"), { id: "critical", header: "Kritiskt" }),
  helper.accessor("weight", { header: "Vikt" }),
]);

export function RequirementsTable({ rows }: { rows: RequirementListRow[] }) {
  return <DataTable label="Kravkatalog" columns={columns} data={rows} searchLabel="Sök krav" emptyMessage="Inga krav matchar sökningen." getRowId={(row) => row.id} />;
}
