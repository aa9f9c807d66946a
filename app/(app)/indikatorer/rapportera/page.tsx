import type { Metadata } from "next";
import { z } from "zod";
import { FilterButton, FilterSelect } from "@/components/forms/filter-select";
import { IndicatorEntryGrid } from "@/components/indicators/indicator-entry-grid";
import { BackLink } from "@/components/layout/back-link";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { getEntrySheet } from "@/lib/data/indicators";
import { listProviderNames } from "@/lib/data/providers";
import { saveIndicatorValuesAction } from "../actions";

export const metadata: Metadata = { title: "Rapportera indikatorer" };

const yearParam = z.coerce.number().int().min(2000).max(2100);

export default async function ReportIndicatorsPage({ searchParams }: { searchParams: Promise<{ ar?: string; urval?: string; utforare?: string }> }) {
  const actor = await requirePermission("indicator.report");
  const ctx = tenantCtxOf(actor);
  const { ar, urval, utforare } = await searchParams;
  const thisYear = new Date().getFullYear();
  const year = yearParam.safeParse(ar).data ?? thisYear;
  const providerId = z.uuid().safeParse(utforare).success ? utforare : undefined;
  const onlyMine = urval === "mina";
  const sheet = await getEntrySheet(ctx, year, { onlyMine, providerId });
  const providers = await listProviderNames(ctx);
  const years = Array.from({ length: 12 }, (_, index) => thisYear - index);

  return (
    <div className="space-y-5">
      <BackLink href="/indikatorer">Indikatorer</BackLink>
      <div>
        <h1 className="text-2xl font-bold">Rapportera indikatorer {year}</h1>
        <p className="text-slate-700">
          En rad per placering som pågick under året. Piltangenterna flyttar, <kbd>J</kbd> eller <kbd>1</kbd> svarar ja och <kbd>N</kbd> eller <kbd>0</kbd> nej och
          går vidare nedåt, <kbd>Delete</kbd> tömmer, mellanslag eller dubbelklick växlar. Kopiera ett block ur Excel och klistra in med <kbd>Ctrl+V</kbd> från den markerade
          rutan. Spara med knappen eller <kbd>Ctrl+S</kbd>.
        </p>
      </div>
      <form className="flex flex-wrap items-end gap-3">
        <FilterSelect label="År" name="ar" value={String(year)} options={years.map((option) => ({ value: String(option), label: String(option) }))} />
        <FilterSelect
          label="Placeringar"
          name="urval"
          value={onlyMine ? "mina" : "alla"}
          options={[
            { value: "alla", label: "Alla" },
            { value: "mina", label: "Där jag är ansvarig" },
          ]}
        />
        <FilterSelect label="Utförare" name="utforare" value={providerId ?? ""} options={[{ value: "", label: "Alla utförare" }, ...providers.map((provider) => ({ value: provider.id, label: provider.name }))]} />
        <FilterButton />
      </form>
      <IndicatorEntryGrid key={`${year}:${onlyMine}:${providerId ?? ""}`} sheet={sheet} action={saveIndicatorValuesAction} />
    </div>
  );
}
