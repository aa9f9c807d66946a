import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ActionForm } from "@/components/questionnaires/action-form";
import { AddQuestionForm, QUESTION_TYPE_LABELS } from "@/components/questionnaires/add-question-form";
import { AddSectionForm } from "@/components/questionnaires/add-section-form";
import { QuestionnairePreview } from "@/components/questionnaires/questionnaire-preview";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { findVersion } from "@/lib/data/questionnaires";
import { addQuestionAction, addSectionAction, publishVersionAction, removeQuestionAction } from "../actions";

export const metadata: Metadata = { title: "Enkätversion" };

export default async function VersionPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  if (!z.uuid().safeParse(versionId).success) notFound();
  const actor = await requirePermission("questionnaire.read");
  const version = await findVersion(tenantCtxOf(actor), versionId);
  if (!version) notFound();
  const editable = version.status === "DRAFT" && can(subjectOf(actor), "questionnaire.manage");
  const questions = version.sections.flatMap((section) => section.questions);

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600">{version.templateName}</p>
          <h1 className="text-2xl font-bold">
            Version {version.number} {version.status === "DRAFT" ? "(utkast)" : "(publicerad)"}
          </h1>
        </div>
        {editable ? <ActionForm action={publishVersionAction} fields={{ versionId: version.id }} label="Publicera version" pendingLabel="Publicerar…" /> : null}
      </div>

      {editable ? (
        <section aria-labelledby="bygg" className="space-y-4">
          <h2 id="bygg" className="text-xl font-semibold">
            Bygg enkäten
          </h2>
          <ol className="space-y-3">
            {version.sections.map((section) => (
              <li key={section.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-semibold">{section.title}</p>
                <ul className="mt-2 space-y-1 text-sm">
                  {section.questions.map((question) => (
                    <li key={question.id} className="flex flex-wrap items-center gap-3">
                      <span>{question.text}</span>
                      <span className="text-slate-600">
                        {QUESTION_TYPE_LABELS[question.type]}
                        {question.isRequired ? ", obligatorisk" : ""}
                        {question.conditionQuestionId ? ", villkorad" : ""}
                      </span>
                      <ActionForm action={removeQuestionAction} fields={{ versionId: version.id, questionId: question.id }} label="Ta bort" pendingLabel="Tar bort…" tone="danger" />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          <div className="grid gap-4 lg:grid-cols-2">
            <AddSectionForm versionId={version.id} action={addSectionAction} />
            {version.sections.length ? (
              <AddQuestionForm versionId={version.id} sections={version.sections} questions={questions} requirements={version.requirements} action={addQuestionAction} />
            ) : null}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="forhandsvisning" className="space-y-4">
        <h2 id="forhandsvisning" className="text-xl font-semibold">
          Förhandsvisning – så här ser utföraren enkäten
        </h2>
        <QuestionnairePreview sections={version.sections} />
      </section>
    </div>
  );
}
