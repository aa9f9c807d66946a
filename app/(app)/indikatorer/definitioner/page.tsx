import type { Metadata } from "next";
import Link from "next/link";
import { IndicatorForm } from "@/components/indicators/indicator-form";
import { BackLink } from "@/components/layout/back-link";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { listIndicators } from "@/lib/data/indicators";
import { AGE_BAND_LABELS } from "@/lib/domain/labels";
import { saveIndicatorAction } from "../actions";

export const metadata: Metadata = { title: "Indikatordefinitioner" };

export default async function IndicatorDefinitionsPage() {
  const actor = await requirePermission("indicator.read");
  const indicators = await listIndicators(tenantCtxOf(actor));
  const mayManage = can(subjectOf(actor), "indicator.manage");
  return (
    <div className="space-y-6">
      <BackLink href="/indikatorer">Indikatorer</BackLink>
      <div>
        <h1 className="text-2xl font-bold">Indikatordefinitioner</h1>
        <p className="text-slate-700">Vad socialsekreterarna rapporterar per placering och år. Resultatet visas som andel av de rapporterade placeringarna.</p>
      </div>
      {indicators.length === 0 ? (
        <p className="text-slate-600">Inga indikatorer är definierade ännu.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" aria-label="Indikatorer">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Indikator</th>
                <th scope="col" className="px-3 py-2 font-medium">Kod</th>
                <th scope="col" className="px-3 py-2 font-medium">Åldersgrupper</th>
                <th scope="col" className="px-3 py-2 font-medium">Rapporterade värden</th>
                <th scope="col" className="px-3 py-2 font-medium">Status</th>
                {mayManage ? <th scope="col" className="px-3 py-2 font-medium"><span className="sr-only">Åtgärd</span></th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {indicators.map((indicator) => (
                <tr key={indicator.id}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {indicator.name}
                    {indicator.description ? <p className="font-normal text-slate-600">{indicator.description}</p> : null}
                  </th>
                  <td className="px-3 py-2 font-mono text-xs">{indicator.code}</td>
                  <td className="px-3 py-2">{indicator.ageBands.length ? indicator.ageBands.map((band) => AGE_BAND_LABELS[band]).join(", ") : "Alla"}</td>
                  <td className="px-3 py-2 tabular-nums">{indicator.reportedValues}</td>
                  <td className="px-3 py-2">{indicator.isActive ? "Aktiv" : "Inaktiv"}</td>
                  {mayManage ? (
                    <td className="px-3 py-2">
                      <Link href={`/indikatorer/definitioner/${indicator.id}`} className="text-brand-700 underline">
                        Ändra<span className="sr-only"> {indicator.name}</span>
                      </Link>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayManage ? <IndicatorForm action={saveIndicatorAction} /> : null}
    </div>
  );
}
