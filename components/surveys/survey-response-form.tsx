"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { GENDER_LABELS, SURVEY_AGE_BAND_LABELS } from "@/lib/domain/labels";
import { INITIAL_FORM_STATE, formKeyOf, type FormState } from "@/lib/validation/form-state";
import { SCORE_FIELD_PREFIX } from "@/lib/validation/survey";

const input = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 font-normal";
const SMILEYS = [
  { score: "1", label: "Röd", className: "accent-rose-600" },
  { score: "2", label: "Gul", className: "accent-amber-500" },
  { score: "3", label: "Grön", className: "accent-emerald-600" },
  { score: "", label: "Inget svar", className: "" },
];

interface Choices {
  serviceTypes: { id: string; name: string }[];
  providers: { id: string; name: string }[];
}

/** One paper response typed in: background (optional) and a smiley per statement. */
export function SurveyResponseForm({ surveyId, statements, choices, action }: { surveyId: string; statements: { id: string; text: string }[]; choices: Choices; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const value = (name: string) => String(state.values?.[name] ?? "");
  const select = (name: string, label: string, options: { value: string; label: string }[]) => (
    <div>
      <label className="block text-sm font-medium">
        {label}
        <select name={name} defaultValue={value(name)} className={input} aria-describedby={`svar-${name}-fel`}>
          <option value="">Uppgift saknas</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <FieldError id={`svar-${name}-fel`} errors={state.fieldErrors?.[name]} />
    </div>
  );
  return (
    <form key={formKeyOf(state)} action={formAction} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">Registrera ett svar</h2>
      <input type="hidden" name="surveyId" value={surveyId} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {select("serviceTypeId", "Placeringsform", choices.serviceTypes.map((type) => ({ value: type.id, label: type.name })))}
        {select("gender", "Kön", Object.entries(GENDER_LABELS).map(([code, label]) => ({ value: code, label })))}
        {select("ageBand", "Ålder", Object.entries(SURVEY_AGE_BAND_LABELS).map(([code, label]) => ({ value: code, label })))}
        {select("providerId", "Utförare", choices.providers.map((provider) => ({ value: provider.id, label: provider.name })))}
      </div>
      {statements.map((statement) => {
        const name = `${SCORE_FIELD_PREFIX}${statement.id}`;
        return (
          <fieldset key={statement.id} className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">{statement.text}</legend>
            <div className="flex flex-wrap gap-4">
              {SMILEYS.map((smiley) => (
                <label key={smiley.label} className="flex items-center gap-1.5 text-sm">
                  <input type="radio" name={name} value={smiley.score} defaultChecked={value(name) === smiley.score} className={smiley.className} />
                  {smiley.label}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <FieldError id="svar-scores-fel" errors={state.fieldErrors?.scores} />
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending} label="Registrera svaret" pendingLabel="Sparar…" />
        <FormMessage state={state} />
      </div>
    </form>
  );
}
