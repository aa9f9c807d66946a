"use client";

import { useActionState, useState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormQuestion } from "@/lib/data/self-assessments";
import { formKeyOf, INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";
import { QUESTION_TYPES } from "@/lib/validation/questionnaire";

export const QUESTION_TYPE_LABELS: Record<(typeof QUESTION_TYPES)[number], string> = {
  STATUS: "Ja / Nej / Pågår / Inte aktuellt",
  YES_NO: "Ja / Nej",
  TEXT: "Fritext",
  NUMBER: "Tal",
  PERCENT: "Procent",
  DATE: "Datum",
  SINGLE_CHOICE: "Ett val",
  MULTI_CHOICE: "Flera val",
  FILE: "Fil (underlag)",
};

interface AddQuestionFormProps {
  versionId: string;
  sections: { id: string; title: string }[];
  questions: FormQuestion[];
  requirements: { id: string; code: string; title: string }[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

/** A new question: type, text, help, required, requirement links and an optional condition. */
export function AddQuestionForm({ versionId, sections, questions, requirements, action }: AddQuestionFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  // Selects are uncontrolled (with the failed attempt's values as defaults): React resets a form
  // after its action, and a controlled select would jump back to its first option.
  const [type, setType] = useState<(typeof QUESTION_TYPES)[number]>("TEXT");
  const errors = state.fieldErrors ?? {};
  const previous = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  const field = (name: string, label: string, control: React.ReactNode) => (
    <div>
      <label htmlFor={`question-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {control}
      <FieldError id={`question-${name}-error`} errors={errors[name]} />
    </div>
  );
  return (
    <form key={formKeyOf(state)} action={formAction} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="versionId" value={versionId} />
      <h3 className="font-semibold">Ny fråga</h3>
      {field(
        "sectionId",
        "Avsnitt",
        <select id="question-sectionId" name="sectionId" defaultValue={previous("sectionId")} className={INPUT}>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.title}
            </option>
          ))}
        </select>,
      )}
      {field(
        "type",
        "Frågetyp",
        <select id="question-type" name="type" defaultValue={previous("type") ?? type} onChange={(event) => setType(event.target.value as typeof type)} className={INPUT}>
          {QUESTION_TYPES.map((code) => (
            <option key={code} value={code}>
              {QUESTION_TYPE_LABELS[code]}
            </option>
          ))}
        </select>,
      )}
      {field("text", "Frågetext", <textarea id="question-text" name="text" rows={2} defaultValue={previous("text")} className={INPUT} aria-describedby={errors.text ? "question-text-error" : undefined} />)}
      {field("helpText", "Hjälptext (valfri)", <input id="question-helpText" name="helpText" defaultValue={previous("helpText")} className={INPUT} />)}
      {type === "SINGLE_CHOICE" || type === "MULTI_CHOICE"
        ? field("options", "Alternativ, ett per rad", <textarea id="question-options" name="options" rows={4} defaultValue={previous("options")} className={INPUT} aria-describedby={errors.options ? "question-options-error" : undefined} />)
        : null}
      <label className="inline-flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="isRequired" defaultChecked className="size-4" />
        Obligatorisk
      </label>
      {field(
        "requirementIds",
        "Kopplade krav (håll ned Ctrl för flera)",
        <select id="question-requirementIds" name="requirementIds" multiple size={5} className={INPUT}>
          {requirements.map((requirement) => (
            <option key={requirement.id} value={requirement.id}>
              {requirement.code} – {requirement.title}
            </option>
          ))}
        </select>,
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {field(
          "conditionQuestionId",
          "Visas bara när frågan (valfritt)",
          <select id="question-conditionQuestionId" name="conditionQuestionId" defaultValue={previous("conditionQuestionId") ?? ""} className={INPUT}>
            <option value="">Visas alltid</option>
            {questions
              .filter((question) => ["STATUS", "YES_NO", "SINGLE_CHOICE", "MULTI_CHOICE"].includes(question.type))
              .map((question) => (
                <option key={question.id} value={question.id}>
                  {question.text.slice(0, 80)}
                </option>
              ))}
          </select>,
        )}
        {field("conditionValue", "har svaret (t.ex. NO för Nej)", <input id="question-conditionValue" name="conditionValue" defaultValue={previous("conditionValue")} className={INPUT} aria-describedby={errors.conditionValue ? "question-conditionValue-error" : undefined} />)}
      </div>
      <SubmitButton pending={pending} label="Lägg till fråga" pendingLabel="Lägger till…" className="text-sm" />
      <FormMessage state={state} />
    </form>
  );
}
