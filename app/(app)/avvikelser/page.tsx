import type { Metadata } from "next";
import { z } from "zod";
import { DeviationForm } from "@/components/deviations/deviation-form";
import { DeviationsTable } from "@/components/deviations/deviations-table";
import { FilterButton, FilterSelect } from "@/components/forms/filter-select";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { listDeviations } from "@/lib/data/deviations";
import { listProviders } from "@/lib/data/providers";
import { addDeviationAction, removeDeviationAction } from "./actions";

export const metadata: Metadata = { title: "Avvikelser och klagomål" };

export default async function DeviationsPage({ searchParams }: { searchParams: Promise<{ ar?: string; utforare?: string }> }) {
  const actor = await requirePermission("deviation.read");
  const ctx = tenantCtxOf(actor);
  const { ar, utforare } = await searchParams;
  const year = z.coerce.number().int().min(2000).max(2100).safeParse(ar).data;
  const providerId = z.uuid().safeParse(utforare).data;
  const rows = await listDeviations(ctx, { year, providerId });
  const providers = await listProviders(ctx);
  const mayManage = can(subjectOf(actor), "deviation.manage");
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, index) => String(thisYear - index));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Avvikelser, klagomål, Lex Sarah och IVO</h1>
        <p className="text-slate-700">Antal per utförare och år, eller enskilda händelser med datum – aldrig personuppgifter. Registret ligger till grund för riskbaserat urval.</p>
      </div>
      <form className="flex flex-wrap items-end gap-3">
        <FilterSelect label="År" name="ar" value={year ? String(year) : ""} options={[{ value: "", label: "Alla år" }, ...years.map((value) => ({ value, label: value }))]} />
        <FilterSelect label="Utförare" name="utforare" value={providerId ?? ""} options={[{ value: "", label: "Alla utförare" }, ...providers.map((provider) => ({ value: provider.id, label: provider.name }))]} />
        <FilterButton />
      </form>
      {mayManage ? <DeviationForm providers={providers} year={year ?? thisYear} action={addDeviationAction} /> : null}
      <DeviationsTable rows={rows} remove={mayManage ? removeDeviationAction : undefined} />
    </div>
  );
}
