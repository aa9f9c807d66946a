import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/layout/back-link";
import { CreateSurveyForm } from "@/components/surveys/create-survey-form";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { listStatements, listSurveys } from "@/lib/data/surveys";
import { sharePercent } from "@/lib/domain/share";
import { formatPercent } from "@/lib/format";
import { createSurveyAction } from "../actions";

export const metadata: Metadata = { title: "Enkäter om nöjdhet" };

export default async function SurveysPage() {
  const actor = await requirePermission("survey.read");
  const ctx = tenantCtxOf(actor);
  const surveys = await listSurveys(ctx);
  const mayManage = can(subjectOf(actor), "survey.manage");
  return (
    <div className="space-y-6">
      <BackLink href="/nojdhet">Nöjdhet</BackLink>
      <div>
        <h1 className="text-2xl font-bold">Enkäter om nöjdhet</h1>
        <p className="text-slate-700">Svaren importeras från enkätverktygets export (XLSX eller CSV) eller registreras ett i taget.</p>
      </div>
      {surveys.length === 0 ? (
        <p className="text-slate-600">Inga enkäter ännu.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" aria-label="Enkäter">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Enkät</th>
                <th scope="col" className="px-3 py-2 font-medium">År</th>
                <th scope="col" className="px-3 py-2 font-medium">Påståenden</th>
                <th scope="col" className="px-3 py-2 font-medium">Svar</th>
                <th scope="col" className="px-3 py-2 font-medium">Svarsfrekvens</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {surveys.map((survey) => (
                <tr key={survey.id}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link href={`/nojdhet/enkater/${survey.id}`} className="text-brand-700 underline">
                      {survey.name}
                    </Link>
                  </th>
                  <td className="px-3 py-2 tabular-nums">{survey.year}</td>
                  <td className="px-3 py-2 tabular-nums">{survey.statements}</td>
                  <td className="px-3 py-2 tabular-nums">
                    {survey.responses} av {survey.sentCount}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{formatPercent(sharePercent(survey.responses, survey.sentCount))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayManage ? <CreateSurveyForm statements={await listStatements(ctx)} year={new Date().getFullYear()} action={createSurveyAction} /> : null}
    </div>
  );
}
