import type { Metadata } from "next";
import Link from "next/link";
import { ImportFileForm } from "@/components/forms/import-file-form";
import { PlacementForm } from "@/components/placements/placement-form";
import { PlacementsTable } from "@/components/placements/placements-table";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { listPlacements, placementChoices } from "@/lib/data/placements";
import { PLACEMENT_COLUMNS } from "@/lib/validation/placement";
import { savePlacementAction } from "./actions";

export const metadata: Metadata = { title: "Placeringar" };

export default async function PlacementsPage() {
  const actor = await requirePermission("placement.read");
  const ctx = tenantCtxOf(actor);
  const placements = await listPlacements(ctx);
  const current = placements.filter((row) => !row.endsOn).length;
  const mayManage = can(subjectOf(actor), "placement.manage");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Placeringar</h1>
        <p className="text-slate-700">
          {current} pågående av {placements.length} registrerade. Registret är pseudonymt: en kod per placering, aldrig namn eller personnummer.
        </p>
        <p className="mt-2 flex flex-wrap gap-4 text-sm">
          <Link href="/placeringar/malgrupp" className="font-medium text-brand-700 underline">
            Målgrupp: kön, ålder, placeringsform och asylstatus
          </Link>
          <a href="/api/placeringar/export?format=xlsx" download className="text-brand-700 underline">
            Exportera till Excel (XLSX)
          </a>
          <a href="/api/placeringar/export?format=csv" download className="text-brand-700 underline">
            Exportera till CSV
          </a>
        </p>
      </div>
      {mayManage ? (
        <div className="grid gap-4 xl:grid-cols-[2fr_1fr]">
          <section aria-labelledby="ny-placering" className="space-y-2">
            <h2 id="ny-placering" className="text-lg font-semibold">
              Ny placering
            </h2>
            <PlacementForm action={savePlacementAction} choices={await placementChoices(ctx)} />
          </section>
          <ImportFileForm endpoint="/api/placeringar/import" title="Importera placeringar">
            <p className="text-sm text-slate-600">
              XLSX eller CSV med rubrikraden <code className="text-xs">{PLACEMENT_COLUMNS.join(", ")}</code>. Befintliga koder uppdateras; ingenting sparas om någon
              rad är fel.
            </p>
          </ImportFileForm>
        </div>
      ) : null}
      <PlacementsTable rows={placements} />
    </div>
  );
}
