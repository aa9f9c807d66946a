import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { IndicatorForm } from "@/components/indicators/indicator-form";
import { BackLink } from "@/components/layout/back-link";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { findIndicator } from "@/lib/data/indicators";
import { saveIndicatorAction } from "../../actions";

export const metadata: Metadata = { title: "Ändra indikator" };

export default async function EditIndicatorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await requirePermission("indicator.manage");
  const indicator = await findIndicator(tenantCtxOf(actor), id);
  if (!indicator) notFound();
  return (
    <div className="space-y-6">
      <BackLink href="/indikatorer/definitioner">Indikatordefinitioner</BackLink>
      <h1 className="text-2xl font-bold">{indicator.name}</h1>
      <p className="text-slate-700">
        {indicator.reportedValues} rapporterade värden. Gör indikatorn inaktiv i stället för att ta bort den, så finns tidigare års resultat kvar.
      </p>
      <IndicatorForm indicator={indicator} action={saveIndicatorAction} />
    </div>
  );
}
