import type { Metadata } from "next";
import Link from "next/link";
import { ActionStatusBadge } from "@/components/actions/action-status-badge";
import { decisionFields } from "@/components/dialogues/agenda-item-card";
import { QuickForm } from "@/components/forms/quick-form";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { listMunicipalStaff } from "@/lib/data/users";
import { listQualityPlans } from "@/lib/data/quality-plan";
import { ACTION_STATUSES } from "@/lib/domain/actions";
import { QUALITY_AREA_LABELS } from "@/lib/domain/labels";
import { createActionAction } from "../atgarder/actions";
import { addProcessAction, addRiskAction, addSelfCheckAction, createQualityPlanAction, recordSelfCheckResultAction } from "./actions";

export const metadata: Metadata = { title: "Kvalitetsplan" };

const AREA_OPTIONS = Object.entries(QUALITY_AREA_LABELS).map(([value, label]) => ({ value, label }));

export default async function QualityPlanPage() {
  const actor = await requirePermission("qualityPlan.read");
  const ctx = tenantCtxOf(actor);
  const plans = await listQualityPlans(ctx);
  const mayManage = can(subjectOf(actor), "qualityPlan.manage");
  const staff = mayManage ? (await listMunicipalStaff(ctx)).map((member) => ({ value: member.userId, label: member.name })) : [];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Kvalitetsplan</h1>
        <p className="text-slate-700">
          Kommunens eget systematiska kvalitetsarbete: per process de risker som hotar kvaliteten (märkta med kvalitetsområden enligt SoL), egenkontroller med mål och
          resultat, och åtgärder.
        </p>
      </div>
      {plans.length === 0 ? <p className="text-slate-600">Ingen kvalitetsplan är upprättad ännu.</p> : null}
      {plans.map((plan) => (
        <section key={plan.id} aria-labelledby={`plan-${plan.id}`} className="space-y-4">
          <h2 id={`plan-${plan.id}`} className="text-xl font-semibold">
            {plan.title}
          </h2>
          <div className="flex flex-wrap gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm" aria-label={`Status för ${plan.title}`} role="group">
            {ACTION_STATUSES.map((status) => (
              <span key={status} className="flex items-center gap-2">
                <ActionStatusBadge status={status} /> <span className="font-semibold tabular-nums">{plan.overview.actions[status]}</span>
              </span>
            ))}
            <span>
              Egenkontroller med resultat: <span className="font-semibold tabular-nums">{plan.overview.selfChecks.withResult} av {plan.overview.selfChecks.total}</span>
            </span>
          </div>
          {plan.processes.map((process) => (
            <article key={process.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label={`Process: ${process.name}`}>
              <h3 className="text-lg font-semibold">Process: {process.name}</h3>
              {process.description ? <p className="text-sm text-slate-700">{process.description}</p> : null}
              {process.risks.length === 0 ? <p className="text-sm text-slate-600">Inga risker är beskrivna.</p> : null}
              <ol className="space-y-3">
                {process.risks.map((risk, index) => (
                  <li key={risk.id} className="space-y-2 rounded-md border border-slate-200 p-3">
                    <p className="font-medium">
                      Risk {index + 1}: {risk.description}
                    </p>
                    <p className="flex flex-wrap gap-1">
                      {risk.qualityAreas.map((area) => (
                        <span key={area} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-800">
                          {QUALITY_AREA_LABELS[area as keyof typeof QUALITY_AREA_LABELS]}
                        </span>
                      ))}
                    </p>
                    <table className="w-full text-left text-sm" aria-label={`Egenkontroller för risk ${index + 1} i ${process.name}`}>
                      <thead className="text-slate-600">
                        <tr>
                          <th scope="col" className="py-1 pr-3 font-medium">Egenkontroll</th>
                          <th scope="col" className="py-1 pr-3 font-medium">Mål</th>
                          <th scope="col" className="py-1 pr-3 font-medium">Metod</th>
                          <th scope="col" className="py-1 font-medium">Resultat</th>
                        </tr>
                      </thead>
                      <tbody className="divide-y divide-slate-100">
                        {risk.selfChecks.map((check) => (
                          <tr key={check.id}>
                            <td className="py-1 pr-3">{check.measure}</td>
                            <td className="py-1 pr-3">{check.target ?? "–"}</td>
                            <td className="py-1 pr-3">{check.method ?? "–"}</td>
                            <td className="py-1">
                              {check.result ?? <span className="text-slate-600">Inte mätt ännu</span>}
                              {mayManage ? (
                                <QuickForm compact action={recordSelfCheckResultAction} submitLabel="Spara resultat" fields={[{ kind: "hidden", name: "selfCheckId", value: check.id }, { kind: "text", name: "result", label: "Resultat", defaultValue: check.result ?? "" }]} />
                              ) : null}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    {risk.actions.length ? (
                      <ul aria-label={`Åtgärder för risk ${index + 1} i ${process.name}`} className="space-y-1 text-sm">
                        {risk.actions.map((action) => (
                          <li key={action.id} className="flex flex-wrap items-center gap-3">
                            <ActionStatusBadge status={action.shownStatus} />
                            <Link href={`/atgarder/${action.id}`} className="text-brand-700 underline">
                              {action.description}
                            </Link>
                            <span className="text-slate-600">
                              {action.ownerName ?? ""}
                              {action.dueOn ? ` senast ${action.dueOn}` : ""}
                            </span>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {mayManage ? (
                      <details className="rounded-md bg-slate-50 p-3">
                        <summary className="cursor-pointer text-sm font-medium text-brand-700">Lägg till egenkontroll eller åtgärd</summary>
                        <div className="mt-3 space-y-4">
                          <QuickForm
                            compact
                            action={addSelfCheckAction}
                            submitLabel="Lägg till egenkontroll"
                            fields={[
                              { kind: "hidden", name: "riskId", value: risk.id },
                              { kind: "text", name: "measure", label: "Egenkontroll (vad mäts)", wide: true },
                              { kind: "text", name: "target", label: "Mål" },
                              { kind: "text", name: "method", label: "Metod" },
                            ]}
                          />
                          <QuickForm
                            compact
                            action={createActionAction}
                            submitLabel="Lägg till åtgärd"
                            fields={[
                              { kind: "hidden", name: "riskId", value: risk.id },
                              { kind: "hidden", name: "ownerSide", value: "MUNICIPALITY" },
                              ...decisionFields("", null, staff).filter((field) => !["dialogueId", "ownerSide"].includes(field.name)),
                            ]}
                          />
                        </div>
                      </details>
                    ) : null}
                  </li>
                ))}
              </ol>
              {mayManage ? (
                <QuickForm
                  title="Ny risk i processen"
                  action={addRiskAction}
                  submitLabel="Lägg till risk"
                  fields={[
                    { kind: "hidden", name: "processId", value: process.id },
                    { kind: "textarea", name: "description", label: "Risk", rows: 2 },
                    { kind: "checkboxes", name: "qualityAreas", label: "Kvalitetsområden", options: AREA_OPTIONS },
                  ]}
                />
              ) : null}
            </article>
          ))}
          {mayManage ? (
            <QuickForm
              title="Ny process"
              action={addProcessAction}
              submitLabel="Lägg till process"
              fields={[
                { kind: "hidden", name: "planId", value: plan.id },
                { kind: "text", name: "name", label: "Process", wide: true },
                { kind: "textarea", name: "description", label: "Beskrivning", rows: 2 },
              ]}
            />
          ) : null}
        </section>
      ))}
      {mayManage ? (
        <QuickForm
          title="Ny kvalitetsplan"
          action={createQualityPlanAction}
          submitLabel="Skapa kvalitetsplan"
          fields={[
            { kind: "number", name: "year", label: "År", defaultValue: String(new Date().getFullYear()) },
            { kind: "text", name: "title", label: "Rubrik" },
          ]}
        />
      ) : null}
    </div>
  );
}
