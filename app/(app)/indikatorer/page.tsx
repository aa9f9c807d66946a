import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { IndicatorTrendChart } from "@/components/charts/indicator-trend-chart";
import { FilterButton, FilterSelect } from "@/components/forms/filter-select";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { getIndicatorResults } from "@/lib/data/indicator-results";
import type { IndicatorCell } from "@/lib/domain/indicators";
import { formatPercent } from "@/lib/format";

export const metadata: Metadata = { title: "Indikatorer" };

function CellText({ cell }: { cell: IndicatorCell }) {
  if (cell.status === "none") return <span className="text-slate-600">ingen mätning</span>;
  if (cell.status === "suppressed") return <span className="text-slate-600">för få svar</span>;
  return (
    <>
      {formatPercent(cell.share)} <span className="text-xs text-slate-600">({cell.met} av {cell.reported})</span>
    </>
  );
}

export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<{ utforare?: string }> }) {
  const actor = await requirePermission("indicator.read");
  const { utforare } = await searchParams;
  const providerId = z.uuid().safeParse(utforare).success ? utforare : undefined;
  const results = await getIndicatorResults(tenantCtxOf(actor), providerId);
  const mayReport = can(subjectOf(actor), "indicator.report");
  const providerName = results.providers.find((provider) => provider.id === providerId)?.name;
  const scope = providerName ?? "alla utförare";
  const summary = results.rows
    .map((row) => `${row.name}: ${row.cells.map((cell) => `${cell.year} ${cell.status === "measured" ? `${cell.share} %` : cell.status === "none" ? "ingen mätning" : "för få svar"}`).join(", ")}`)
    .join(". ");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Indikatorer</h1>
        <p className="text-slate-700">Andel av de placeringar som socialsekreterarna rapporterat för, per år, för {scope}.</p>
        <p className="mt-2 flex flex-wrap gap-4 text-sm">
          {mayReport ? (
            <Link href="/indikatorer/rapportera" className="font-medium text-brand-700 underline">
              Rapportera indikatorer
            </Link>
          ) : null}
          <Link href="/indikatorer/definitioner" className="text-brand-700 underline">
            Indikatordefinitioner
          </Link>
        </p>
      </div>
      <form className="flex flex-wrap items-end gap-3">
        <FilterSelect
          label="Utförare"
          name="utforare"
          value={providerId ?? ""}
          options={[{ value: "", label: "Alla utförare" }, ...results.providers.map((provider) => ({ value: provider.id, label: provider.name }))]}
        />
        <FilterButton />
      </form>
      {results.rows.length === 0 || results.years.length === 0 ? (
        <p className="text-slate-600">Inga indikatorvärden är rapporterade ännu.</p>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Indikatorer per år, rullbar">
            <table className="w-full text-left text-sm" aria-label={`Indikatorer per år, ${scope}`}>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">Indikator</th>
                  {results.years.map((year) => (
                    <th key={year} scope="col" className="px-3 py-2 font-medium">
                      {year}
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2 font-medium">Förändring</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {results.rows.map((row) => (
                  <tr key={row.indicatorId}>
                    <th scope="row" className="px-3 py-2 text-left font-medium">{row.name}</th>
                    {row.cells.map((cell) => (
                      <td key={cell.year} className="px-3 py-2 tabular-nums">
                        <CellText cell={cell} />
                      </td>
                    ))}
                    <td className="px-3 py-2 tabular-nums">{row.trend === null ? "–" : `${row.trend > 0 ? "+" : row.trend < 0 ? "−" : "±"}${formatPercent(Math.abs(row.trend)).replace("\u00a0%", "")} procentenheter`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section aria-labelledby="diagram" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="diagram" className="text-lg font-semibold">
              Utveckling över tid
            </h2>
            <IndicatorTrendChart
              years={results.years}
              series={results.rows.map((row) => ({ name: row.name, values: row.cells.map((cell) => (cell.status === "measured" ? cell.share : null)) }))}
              summary={summary}
            />
          </section>
        </>
      )}
    </div>
  );
}
