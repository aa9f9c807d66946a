"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { INITIAL_FORM_STATE, formKeyOf, type FormState } from "@/lib/validation/form-state";

const input = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 font-normal";

/** A new survey: reuse earlier statements so years compare, or write new ones. */
export function CreateSurveyForm({ statements, year, action }: { statements: { id: string; text: string }[]; year: number; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const value = (name: string, fallback = "") => String(state.values?.[name] ?? fallback);
  const chosen = state.values ? [state.values.statementIds ?? []].flat() : statements.map((statement) => statement.id);
  const described = (name: string) => ({ "aria-describedby": `enkat-${name}-fel`, "aria-invalid": state.fieldErrors?.[name] ? true : undefined });
  return (
    <form key={formKeyOf(state)} action={formAction} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">Ny enkät</h2>
      <div className="grid gap-3 sm:grid-cols-[3fr_1fr_1fr]">
        <div>
          <label className="block text-sm font-medium">
            Namn
            <input name="name" defaultValue={value("name", `Nöjdhetsuppföljning ${year}`)} className={input} {...described("name")} />
          </label>
          <FieldError id="enkat-name-fel" errors={state.fieldErrors?.name} />
        </div>
        <div>
          <label className="block text-sm font-medium">
            År
            <input name="year" inputMode="numeric" defaultValue={value("year", String(year))} className={input} {...described("year")} />
          </label>
          <FieldError id="enkat-year-fel" errors={state.fieldErrors?.year} />
        </div>
        <div>
          <label className="block text-sm font-medium">
            Skickad till (antal)
            <input name="sentCount" inputMode="numeric" defaultValue={value("sentCount")} className={input} {...described("sentCount")} />
          </label>
          <FieldError id="enkat-sentCount-fel" errors={state.fieldErrors?.sentCount} />
        </div>
      </div>
      <fieldset {...described("statementIds")}>
        <legend className="text-sm font-medium">Påståenden (samma påståenden som tidigare år gör resultaten jämförbara)</legend>
        <div className="mt-1 space-y-1">
          {statements.map((statement) => (
            <label key={statement.id} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="statementIds" value={statement.id} defaultChecked={chosen.includes(statement.id)} className="mt-1" />
              {statement.text}
            </label>
          ))}
        </div>
        <FieldError id="enkat-statementIds-fel" errors={state.fieldErrors?.statementIds} />
      </fieldset>
      <div>
        <label className="block text-sm font-medium">
          Nya påståenden (ett per rad)
          <textarea name="newStatements" rows={2} defaultValue={value("newStatements")} className={input} {...described("newStatements")} />
        </label>
        <FieldError id="enkat-newStatements-fel" errors={state.fieldErrors?.newStatements} />
      </div>
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending} label="Skapa enkät" pendingLabel="Skapar…" />
        <FormMessage state={state} />
      </div>
    </form>
  );
}
