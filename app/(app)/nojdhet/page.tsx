import type { Metadata } from "next";
import Link from "next/link";
import { SmileyBars } from "@/components/charts/smiley-bars";
import { FilterButton, FilterSelect } from "@/components/forms/filter-select";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { BREAKDOWNS, getSurveyResults, type Breakdown } from "@/lib/data/survey-results";
import type { Distribution } from "@/lib/domain/survey-results";
import { formatPercent } from "@/lib/format";

export const metadata: Metadata = { title: "Nöjdhet" };

const words = (distribution: Distribution | undefined) =>
  distribution && distribution.answered ? `röd ${distribution.red} %, gul ${distribution.yellow} %, grön ${distribution.green} %` : "inga svar";

export default async function SatisfactionPage({ searchParams }: { searchParams: Promise<{ ar?: string; fordelning?: string }> }) {
  const actor = await requirePermission("survey.read");
  const { ar, fordelning } = await searchParams;
  const breakdown: Breakdown = fordelning && fordelning in BREAKDOWNS ? (fordelning as Breakdown) : "placeringsform";
  const results = await getSurveyResults(tenantCtxOf(actor), ar ? Number(ar) : undefined, breakdown);
  const selected = results.selected;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Nöjdhetsuppföljning</h1>
        <p className="text-slate-700">
          De unga svarar på påståenden med röd (1), gul (2) eller grön (3) smiley. Grupper med färre svar än kommunens gräns visas som ”för få svar”; ”dold” är en grupp som döljs för att den lilla gruppen annars kunde räknas fram.
        </p>
        <p className="mt-2 text-sm">
          <Link href="/nojdhet/enkater" className="font-medium text-brand-700 underline">
            Enkäter: skapa, importera svar, registrera svar
          </Link>
        </p>
      </div>
      {!selected ? (
        <p className="text-slate-600">Inga enkäter är registrerade ännu.</p>
      ) : (
        <>
          <form className="flex flex-wrap items-end gap-3">
            <FilterSelect label="År" name="ar" value={String(selected.year)} options={results.surveys.map((survey) => ({ value: String(survey.year), label: String(survey.year) }))} />
            <FilterSelect label="Fördelning" name="fordelning" value={breakdown} options={Object.entries(BREAKDOWNS).map(([value, label]) => ({ value, label }))} />
            <FilterButton />
          </form>
          <p className="text-lg">
            {selected.result.respondents === null
              ? `${selected.name}: för få svar för att visa resultat.`
              : `${selected.name}: ${selected.result.respondents} av ${selected.result.sent} svarade (${formatPercent(selected.result.responseRate)}).`}
          </p>
          {results.statements.map((statement) => (
            <section key={statement.id} aria-labelledby={`p-${statement.id}`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
              <h2 id={`p-${statement.id}`} className="text-lg font-semibold">
                ”{statement.text}”
              </h2>
              <SmileyBars
                bars={results.byYear.map(({ year, result }) => ({ label: String(year), ...pick(result.overall?.[statement.id]) }))}
                summary={`Alla svarande per år. ${results.byYear.map(({ year, result }) => `${year}: ${words(result.overall?.[statement.id])}`).join("; ")}.`}
              />
              <table className="w-full text-left text-sm" aria-label={`”${statement.text}” ${selected.year} per ${BREAKDOWNS[breakdown].toLowerCase()}`}>
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 pr-4 font-medium">{BREAKDOWNS[breakdown]}</th>
                    <th scope="col" className="py-1 pr-4 font-medium">Svar</th>
                    <th scope="col" className="py-1 pr-4 font-medium">Röd</th>
                    <th scope="col" className="py-1 pr-4 font-medium">Gul</th>
                    <th scope="col" className="py-1 font-medium">Grön</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {selected.result.groups.map((group) => {
                    const distribution = group.statements?.[statement.id];
                    return (
                      <tr key={group.key}>
                        <th scope="row" className="py-1 pr-4 text-left font-normal">{group.label}</th>
                        {group.respondents === null ? (
                          <td colSpan={4} className="py-1 text-slate-600">{group.hiddenBecause === "small" ? "för få svar" : "dold"}</td>
                        ) : !distribution?.answered ? (
                          <td colSpan={4} className="py-1 text-slate-600">inga svar</td>
                        ) : (
                          <>
                            <td className="py-1 pr-4 tabular-nums">{distribution.answered}</td>
                            <td className="py-1 pr-4 tabular-nums">{formatPercent(distribution.red)}</td>
                            <td className="py-1 pr-4 tabular-nums">{formatPercent(distribution.yellow)}</td>
                            <td className="py-1 tabular-nums">{formatPercent(distribution.green)}</td>
                          </>
                        )}
                      </tr>
                    );
                  })}
                  <tr className="font-medium">
                    <th scope="row" className="py-1 pr-4 text-left">Alla</th>
                    {selected.result.overall ? (
                      <>
                        <td className="py-1 pr-4 tabular-nums">{selected.result.overall[statement.id]?.answered ?? 0}</td>
                        <td className="py-1 pr-4 tabular-nums">{formatPercent(selected.result.overall[statement.id]?.red)}</td>
                        <td className="py-1 pr-4 tabular-nums">{formatPercent(selected.result.overall[statement.id]?.yellow)}</td>
                        <td className="py-1 tabular-nums">{formatPercent(selected.result.overall[statement.id]?.green)}</td>
                      </>
                    ) : (
                      <td colSpan={4} className="py-1 font-normal text-slate-600">för få svar</td>
                    )}
                  </tr>
                </tbody>
              </table>
            </section>
          ))}
        </>
      )}
    </div>
  );
}

function pick(distribution: Distribution | undefined) {
  return { red: distribution?.red ?? null, yellow: distribution?.yellow ?? null, green: distribution?.green ?? null };
}
