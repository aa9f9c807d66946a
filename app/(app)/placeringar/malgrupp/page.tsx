import type { Metadata } from "next";
import { BackLink } from "@/components/layout/back-link";
import { FilterButton, FilterSelect } from "@/components/forms/filter-select";
import { TargetGroupTablesView } from "@/components/placements/target-group-tables";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { getTargetGroup } from "@/lib/data/target-group";
import { figureText } from "@/lib/domain/target-group";
import { formatDate, parseDate } from "@/lib/format";

export const metadata: Metadata = { title: "Målgrupp" };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export default async function TargetGroupPage({ searchParams }: { searchParams: Promise<{ datum?: string; visning?: string }> }) {
  const actor = await requirePermission("placement.read");
  const { datum, visning } = await searchParams;
  const validDay = typeof datum === "string" && ISO_DAY.test(datum) && !Number.isNaN(parseDate(datum).getTime());
  const day = validDay ? parseDate(datum) : parseDate(formatDate(new Date()));
  const asPublished = visning === "publicering";
  const { tables, threshold } = await getTargetGroup(tenantCtxOf(actor), day, asPublished);
  const girls = tables.genderByAge.rows.find((row) => row.key === "GIRL")?.count;
  const none = tables.total.status === "shown" && tables.total.count === 0;

  return (
    <div className="space-y-6">
      <BackLink href="/placeringar">Placeringar</BackLink>
      <div>
        <h1 className="text-2xl font-bold">Målgrupp</h1>
        <p className="text-slate-700">
          {none
            ? `Inga placeringar pågick den ${formatDate(day)}.`
            : `${capitalised(figureText(tables.total, threshold))} unga var placerade den ${formatDate(day)}${girls?.status === "shown" ? `, varav ${girls.count} flickor` : ""}.`}
        </p>
      </div>
      <form className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium">
          Datum
          <input type="date" name="datum" defaultValue={formatDate(day)} className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5 font-normal" />
        </label>
        <FilterSelect
          label="Visning"
          name="visning"
          value={asPublished ? "publicering" : ""}
          options={[
            { value: "", label: "Exakta antal (internt)" },
            { value: "publicering", label: "Som vid publicering" },
          ]}
        />
        <FilterButton />
      </form>
      {datum && !validDay ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          Datumet ska skrivas ÅÅÅÅ-MM-DD. Tabellerna visar i stället dagens datum.
        </p>
      ) : null}
      {asPublished ? (
        <p className="text-sm text-slate-700">
          Grupper med färre än {threshold} unga visas som ”färre än {threshold}”. Ett annat tal döljs också (”dold”) där den lilla gruppen annars kunde räknas fram ur
          summorna.
        </p>
      ) : (
        <p className="text-sm text-slate-700">Exakta antal ur registret, för kommunens egna medarbetare. Välj ”Som vid publicering” för att se vad som döljs i en publicerad rapport.</p>
      )}
      {none ? null : <TargetGroupTablesView tables={tables} threshold={threshold} />}
    </div>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
