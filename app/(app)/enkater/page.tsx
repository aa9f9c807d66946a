import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/questionnaires/action-form";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { listTemplates } from "@/lib/data/questionnaires";
import { createDraftAction } from "./actions";

export const metadata: Metadata = { title: "Enkäter" };

const STATUS = { DRAFT: "Utkast", PUBLISHED: "Publicerad", RETIRED: "Avvecklad" } as const;

export default async function QuestionnairesPage() {
  const actor = await requirePermission("questionnaire.read");
  const templates = await listTemplates(tenantCtxOf(actor));
  const mayManage = can(subjectOf(actor), "questionnaire.manage");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Enkäter</h1>
        <p className="text-slate-600">Publicerade versioner ändras aldrig; en uppföljning låses till en version. Ändringar görs i ett nytt utkast.</p>
      </div>
      {templates.length === 0 ? <p className="text-slate-600">Det finns inga enkäter ännu.</p> : null}
      {templates.map((template) => {
        const hasDraft = template.versions.some((version) => version.status === "DRAFT");
        const latestPublished = template.versions.find((version) => version.status === "PUBLISHED");
        return (
          <section key={template.id} aria-labelledby={`mall-${template.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id={`mall-${template.id}`} className="text-lg font-semibold">
                {template.name}
              </h2>
              {mayManage && !hasDraft && latestPublished ? (
                <ActionForm action={createDraftAction} fields={{ versionId: latestPublished.id }} label="Skapa nytt utkast" pendingLabel="Skapar…" />
              ) : null}
            </div>
            <ul className="divide-y divide-slate-100 text-sm">
              {template.versions.map((version) => (
                <li key={version.id} className="flex flex-wrap items-center gap-4 py-2">
                  <Link href={`/enkater/${version.id}`} className="font-medium text-brand-700 hover:underline">
                    Version {version.number}
                  </Link>
                  <span>{STATUS[version.status as keyof typeof STATUS]}</span>
                  <span className="text-slate-600">
                    {version.questions} frågor · används i {version.cycles} uppföljningar
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
