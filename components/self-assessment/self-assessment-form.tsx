"use client";

import { useRouter } from "next/navigation";
import { useActionState, useCallback, useMemo, useState } from "react";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { FormMessage } from "@/components/forms/form-message";
import { overallStatus, SaveProblem, SaveStatusText } from "@/components/forms/save-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAutosave } from "@/components/forms/use-autosave";
import type { SelfAssessmentForm as FormData_ } from "@/lib/data/self-assessments";
import { isVisible, progressOf } from "@/lib/domain/questionnaire";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";
import type { SaveAnswerRequest } from "@/lib/validation/self-assessment";
import { EvidenceField, type EvidenceFile } from "./evidence-field";
import { QuestionField } from "./question-field";
import { putAnswer } from "./put-answer";
import { QuestionHelp, QuestionText } from "./question-prompt";

const describeAnswer = (value: unknown) =>
  value === null || value === undefined || value === "" ? "(inget svar)" : Array.isArray(value) ? value.join(", ") : String(value);

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

interface SelfAssessmentFormProps {
  form: FormData_;
  submit: Action;
}

/** The provider's questionnaire: section by section, saved as they type, submitted when complete. */
export function SelfAssessmentForm({ form, submit }: SelfAssessmentFormProps) {
  const router = useRouter();
  const encode = useCallback((questionId: string, value: unknown, expectedVersion: number): SaveAnswerRequest => ({ questionId, value, expectedVersion }), []);
  const save = useCallback((request: SaveAnswerRequest) => putAnswer(form.id, request), [form.id]);
  const { fields, change, resolve } = useAutosave(form.answers, save, encode);
  const [submitState, submitAction, submitting] = useActionState(async (state: FormState, data: FormData) => {
    const result = await submit(state, data);
    if (result.ok) router.refresh();
    return result;
  }, INITIAL_FORM_STATE);

  const questions = useMemo(() => form.sections.flatMap((section) => section.questions), [form.sections]);
  const byId = useMemo(() => new Map(questions.map((question) => [question.id, question])), [questions]);
  const [files, setFiles] = useState<Record<string, EvidenceFile[]>>(form.attachments);
  const values = new Map<string, unknown>(Object.entries(fields).map(([id, field]) => [id, field.value]));
  for (const [questionId, list] of Object.entries(files)) values.set(questionId, list.length ? list.map((file) => file.fileName) : null);
  const progress = progressOf(questions, values);
  const statuses = Object.values(fields).map((field) => field.status);
  const unsaved = statuses.some((status) => status !== "saved");
  const percent = progress.required === 0 ? 100 : Math.round((progress.requiredAnswered / progress.required) * 100);

  return (
    <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
      <aside className="lg:sticky lg:top-4 lg:self-start">
        <nav aria-label="Avsnitt" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p className="font-semibold">
            {progress.requiredAnswered} av {progress.required} obligatoriska besvarade
          </p>
          <div className="h-2 rounded bg-slate-200" role="progressbar" aria-label="Andel besvarade obligatoriska frågor" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
            <div className="h-2 rounded bg-brand-600" style={{ width: `${percent}%` }} />
          </div>
          <ol className="space-y-1">
            {form.sections.map((section) => {
              const sectionProgress = progressOf(section.questions, values);
              return (
                <li key={section.id}>
                  <a href={`#avsnitt-${section.id}`} className="text-brand-700 hover:underline">
                    {section.title}
                  </a>{" "}
                  <span className="text-slate-600">
                    ({sectionProgress.requiredAnswered}/{sectionProgress.required})
                  </span>
                </li>
              );
            })}
          </ol>
          <p role="status" aria-live="polite" className="text-slate-700">
            {overallStatus(statuses)}
          </p>
        </nav>
      </aside>

      <div className="space-y-10">
        {form.sections.map((section) => (
          <section key={section.id} id={`avsnitt-${section.id}`} aria-labelledby={`rubrik-${section.id}`} className="space-y-5">
            <div>
              <h2 id={`rubrik-${section.id}`} className="text-xl font-semibold">
                {section.title}
              </h2>
              {section.description ? <p className="text-slate-600">{section.description}</p> : null}
            </div>
            {section.questions
              .filter((question) => isVisible(question, byId, values))
              .map((question) => {
                const field = fields[question.id];
                const status = field?.status ?? "saved";
                const helpId = `q-${question.id}-help`;
                return (
                  <div key={question.id} className="rounded-lg border border-slate-200 bg-white p-4">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <QuestionText question={question} />
                      {field ? <SaveStatusText status={status} /> : null}
                    </div>
                    <QuestionHelp question={question}>
                      <SaveProblem field={field} />
                    </QuestionHelp>
                    {question.type === "FILE" ? (
                      <EvidenceField
                        selfAssessmentId={form.id}
                        questionId={question.id}
                        files={files[question.id] ?? []}
                        labelledBy={`q-${question.id}-label`}
                        onFilesChange={(list) => setFiles((current) => ({ ...current, [question.id]: list }))}
                      />
                    ) : (
                      <QuestionField
                        question={question}
                        value={field?.value}
                        disabled={status === "conflict"}
                        describedBy={helpId}
                        invalid={status === "invalid"}
                        onChange={(value) => change(question.id, value)}
                      />
                    )}
                    {status === "conflict" && field?.conflict ? (
                      <ConflictNotice
                        message={field.message ?? "Svaret har ändrats någon annanstans."}
                        theirs={describeAnswer(field.conflict.value)}
                        onKeepMine={() => resolve(question.id, "mine")}
                        onTakeTheirs={() => resolve(question.id, "theirs")}
                      />
                    ) : null}
                  </div>
                );
              })}
          </section>
        ))}

        <form action={submitAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <input type="hidden" name="selfAssessmentId" value={form.id} />
          <h2 className="text-lg font-semibold">Skicka in</h2>
          {progress.missing.length > 0 ? (
            <p>Besvara de {progress.missing.length} obligatoriska frågor som återstår, så kan du skicka in.</p>
          ) : unsaved ? (
            <p>Vänta tills alla svar är sparade.</p>
          ) : (
            <p>Allt obligatoriskt är besvarat. Efter inskickning kan svaren inte ändras om inte kommunen öppnar egenrapporteringen igen.</p>
          )}
          <SubmitButton pending={submitting} label="Skicka in egenrapporteringen" pendingLabel="Skickar…" />
          <FormMessage state={submitState} />
        </form>
      </div>
    </div>
  );
}
