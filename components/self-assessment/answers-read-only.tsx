import type { ReactNode } from "react";
import type { SelfAssessmentForm } from "@/lib/data/self-assessments";
import { isVisible } from "@/lib/domain/questionnaire";
import { SUPERVISION_ANSWER_LABELS } from "@/lib/domain/labels";
import { formatPercent } from "@/lib/format";
import { EvidenceLinks } from "./evidence-links";

/** An answer as text, e.g. "Ja" for a status question and "72 %" for a share. */
export function displayAnswer(type: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "Inget svar";
  if (type === "STATUS" || type === "YES_NO") return SUPERVISION_ANSWER_LABELS[value as keyof typeof SUPERVISION_ANSWER_LABELS] ?? String(value);
  if (type === "PERCENT") return formatPercent(Number(value));
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

/** A submitted self-assessment as it was sent in, for the provider and the municipality alike. */
export function AnswersReadOnly({ form, afterAnswer }: { form: SelfAssessmentForm; afterAnswer?: (question: { id: string; text: string }) => ReactNode }) {
  const questions = form.sections.flatMap((section) => section.questions);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const values = new Map(Object.entries(form.answers).map(([id, answer]) => [id, answer.value]));
  return (
    <div className="space-y-8">
      {form.sections.map((section) => (
        <section key={section.id} aria-labelledby={`rubrik-${section.id}`}>
          <h2 id={`rubrik-${section.id}`} className="text-xl font-semibold">
            {section.title}
          </h2>
          <dl className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {section.questions
              .filter((question) => isVisible(question, byId, values))
              .map((question) => (
                <div key={question.id} className="grid gap-1 p-4 sm:grid-cols-[1fr_1fr]">
                  <dt className="font-medium">{question.text}</dt>
                  <dd className="break-words whitespace-pre-wrap text-slate-800">
                    {question.type === "FILE" ? (
                      form.attachments[question.id]?.length ? (
                        <EvidenceLinks files={form.attachments[question.id]!} />
                      ) : (
                        "Inget underlag"
                      )
                    ) : (
                      displayAnswer(question.type, values.get(question.id))
                    )}
                  </dd>
                  {afterAnswer ? <dd className="space-y-2 sm:col-span-2">{afterAnswer(question)}</dd> : null}
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
