"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable, type DataTableFeatures } from "@/components/tables/data-table";
import type { PlacementListRow } from "@/lib/data/placements";
import { AGE_BAND_LABELS, ASYLUM_STATUS_LABELS, GENDER_LABELS, NEEDS_LEVEL_LABELS } from "@/lib/domain/labels";

const helper = createColumnHelper<DataTableFeatures, PlacementListRow>();

const columns = helper.columns([
  helper.accessor("code", {
    header: "Kod",
    sortFn: "alphanumeric",
    cell: (info) => (
      <Link href={`/placeringar/${info.row.original.id}`} className="font-medium text-brand-700 underline">
        {info.getValue()}
      </Link>
    ),
  }),
  helper.accessor("providerName", { header: "Utförare" }),
  helper.accessor("serviceType", { header: "Placeringsform" }),
  helper.accessor((row) => AGE_BAND_LABELS[row.ageBand], { id: "ageBand", header: "Ålder" }),
  helper.accessor((row) => GENDER_LABELS[row.gender], { id: "gender", header: "Kön" }),
  helper.accessor((row) => (row.asylumStatus ? ASYLUM_STATUS_LABELS[row.asylumStatus] : "–"), { id: "asylumStatus", header: "Asylstatus" }),
  helper.accessor((row) => NEEDS_LEVEL_LABELS[row.needsLevel], { id: "needsLevel", header: "Behov" }),
  helper.accessor("startsOn", { header: "Start" }),
  helper.accessor((row) => row.endsOn ?? "Pågår", { id: "endsOn", header: "Slut" }),
]);

export function PlacementsTable({ rows }: { rows: PlacementListRow[] }) {
  return <DataTable label="Placeringar" columns={columns} data={rows} searchLabel="Sök placering" emptyMessage="Inga placeringar matchar sökningen." getRowId={(row) => row.id} />;
}
