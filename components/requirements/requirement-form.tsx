"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { QUALITY_AREA_LABELS } from "@/lib/domain/labels";
import { formKeyOf, INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

interface RequirementFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  goalAreas: string[];
}

/** Adds a requirement, or updates the one with the same code. */
export function RequirementForm({ action, goalAreas }: RequirementFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  const previous = (name: string) => state.values?.[name];
  const text = (name: string, label: string, multiline = false) => (
    <div>
      <label htmlFor={`req-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {multiline ? (
        <textarea id={`req-${name}`} name={name} rows={3} defaultValue={previous(name) as string | undefined} className={INPUT} aria-describedby={errors[name] ? `req-${name}-error` : undefined} />
      ) : (
        <input id={`req-${name}`} name={name} defaultValue={previous(name) as string | undefined} list={name === "målområde" ? "goal-areas" : undefined} className={INPUT} aria-describedby={errors[name] ? `req-${name}-error` : undefined} />
      )}
      <FieldError id={`req-${name}-error`} errors={errors[name]} />
    </div>
  );
  return (
    <form key={formKeyOf(state)} action={formAction} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">Lägg till eller ändra krav</h2>
      <p className="text-sm text-slate-600">Ange en befintlig kod för att ändra det kravet.</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {text("kod", "Kod")}
        <div>
          <label htmlFor="req-källa" className="block text-sm font-medium">
            Källa
          </label>
          <select id="req-källa" name="källa" defaultValue={(previous("källa") as string | undefined) ?? "lag"} className={INPUT}>
            <option value="lag">Lag/föreskrift</option>
            <option value="avtal">Avtalskrav</option>
            <option value="kommunalt mål">Kommunalt mål</option>
          </select>
        </div>
        {text("referens", "Referens, t.ex. SoL 14 kap 1–2 §§")}
        {text("målområde", "Målområde")}
      </div>
      <datalist id="goal-areas">
        {goalAreas.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {text("rubrik", "Rubrik")}
      {text("text", "Kravtext", true)}
      <fieldset>
        <legend className="text-sm font-medium">Kvalitetsområden (SoL)</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {Object.values(QUALITY_AREA_LABELS).map((label) => (
            <label key={label} className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name="kvalitetsområden" value={label} defaultChecked={[previous("kvalitetsområden") ?? []].flat().includes(label)} className="size-4" />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="inline-flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" name="kritisk" defaultChecked={previous("kritisk") === "on"} className="size-4" />
          Kritiskt krav
        </label>
        <div>
          <label htmlFor="req-vikt" className="block text-sm font-medium">
            Vikt (1–10)
          </label>
          <input id="req-vikt" name="vikt" inputMode="numeric" defaultValue={(previous("vikt") as string | undefined) ?? "1"} className={INPUT} aria-describedby={errors.vikt ? "req-vikt-error" : undefined} />
          <FieldError id="req-vikt-error" errors={errors.vikt} />
        </div>
        <div>
          <label htmlFor="req-bedömning" className="block text-sm font-medium">
            Bedömning
          </label>
          <select id="req-bedömning" name="bedömning" defaultValue={(previous("bedömning") as string | undefined) ?? "aktivitet"} className={INPUT}>
            <option value="aktivitet">Aktivitet (Uppnått/Delvis/Ej)</option>
            <option value="tillsyn">Tillsyn (Ja/Nej/Pågår/Inte aktuellt)</option>
          </select>
        </div>
      </div>
      <SubmitButton pending={pending} label="Spara krav" pendingLabel="Sparar…" className="text-sm" />
      <FormMessage state={state} />
    </form>
  );
}
