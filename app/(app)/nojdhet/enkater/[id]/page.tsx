import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ImportFileForm } from "@/components/forms/import-file-form";
import { BackLink } from "@/components/layout/back-link";
import { SurveyResponseForm } from "@/components/surveys/survey-response-form";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { findSurvey } from "@/lib/data/surveys";
import { sharePercent } from "@/lib/domain/share";
import { BACKGROUND_COLUMNS } from "@/lib/domain/survey-import";
import { formatPercent } from "@/lib/format";
import { IMPORT_MODES } from "@/lib/validation/survey";
import { addSurveyResponseAction } from "../../actions";

export const metadata: Metadata = { title: "Enkät" };

export default async function SurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await requirePermission("survey.read");
  const survey = await findSurvey(tenantCtxOf(actor), id);
  if (!survey) notFound();
  const mayManage = can(subjectOf(actor), "survey.manage");
  return (
    <div className="space-y-6">
      <BackLink href="/nojdhet/enkater">Enkäter</BackLink>
      <div>
        <h1 className="text-2xl font-bold">{survey.name}</h1>
        <p className="text-slate-700">
          {survey.year}: {survey.responses} svar av {survey.sentCount} som fick enkäten ({formatPercent(sharePercent(survey.responses, survey.sentCount))}).
        </p>
      </div>
      <section aria-labelledby="pastaenden" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="pastaenden" className="text-lg font-semibold">
          Påståenden
        </h2>
        <table className="mt-2 w-full text-left text-sm">
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">Kolumn i importfilen</th>
              <th scope="col" className="py-1 font-medium">Påstående</th>
            </tr>
          </thead>
          <tbody>
            {survey.statementList.map((statement) => (
              <tr key={statement.id}>
                <td className="py-1 pr-3 font-mono text-xs">{statement.code}</td>
                <td className="py-1">{statement.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {mayManage ? (
        <div className="grid gap-4 xl:grid-cols-2">
          <ImportFileForm endpoint={`/api/nojdhet/${survey.id}/import`} title="Importera svar">
            <p className="text-sm text-slate-600">
              En rad per svarande. En kolumn per påstående, namngiven med koden eller påståendets text, med 1–3 eller röd/gul/grön. Bakgrund i kolumnerna{" "}
              <code className="text-xs">{[BACKGROUND_COLUMNS.serviceType[0], BACKGROUND_COLUMNS.gender[0], BACKGROUND_COLUMNS.age[0], BACKGROUND_COLUMNS.provider[0]].join(", ")}</code> (kan
              lämnas tomma). Övriga kolumner hoppas över. Ingenting sparas om någon rad är fel.
            </p>
            <fieldset>
              <legend className="text-sm font-medium">Befintliga svar</legend>
              <div className="mt-1 flex flex-wrap gap-4">
                {Object.entries(IMPORT_MODES).map(([mode, label]) => (
                  <label key={mode} className="flex items-center gap-2 text-sm">
                    <input type="radio" name="mode" value={mode} defaultChecked={mode === "replace"} />
                    {label}
                  </label>
                ))}
              </div>
            </fieldset>
          </ImportFileForm>
          <SurveyResponseForm surveyId={survey.id} statements={survey.statementList} choices={survey.choices} action={addSurveyResponseAction} />
        </div>
      ) : null}
    </div>
  );
}
