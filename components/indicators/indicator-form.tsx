"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { AGE_BAND_LABELS } from "@/lib/domain/labels";
import { INITIAL_FORM_STATE, formKeyOf, type FormState } from "@/lib/validation/form-state";

const input = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 font-normal";

export interface IndicatorFormValues {
  id?: string;
  code: string;
  name: string;
  description: string | null;
  ageBands: string[];
  isActive: boolean;
}

const EMPTY: IndicatorFormValues = { code: "", name: "", description: null, ageBands: [], isActive: true };

/** Creates an indicator, or changes one when `indicator` is given. */
export function IndicatorForm({ indicator = EMPTY, action }: { indicator?: IndicatorFormValues; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const echoed = state.values;
  const text = (name: "code" | "name" | "description") => (echoed ? String(echoed[name] ?? "") : (indicator[name] ?? ""));
  const bands = echoed ? [echoed.ageBands ?? []].flat() : indicator.ageBands;
  const active = echoed ? echoed.isActive === "on" : indicator.isActive;
  const described = (name: string) => ({ "aria-describedby": `indikator-${name}-fel`, "aria-invalid": state.fieldErrors?.[name] ? true : undefined });
  const isNew = !indicator.id;
  return (
    <form key={formKeyOf(state)} action={formAction} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">{isNew ? "Ny indikator" : "Ändra indikatorn"}</h2>
      {indicator.id ? <input type="hidden" name="id" value={indicator.id} /> : null}
      <div className="grid gap-3 sm:grid-cols-[1fr_3fr]">
        <div>
          <label className="block text-sm font-medium">
            Kod
            <input name="code" defaultValue={text("code")} className={`${input} uppercase`} {...described("code")} />
          </label>
          <FieldError id="indikator-code-fel" errors={state.fieldErrors?.code} />
        </div>
        <div>
          <label className="block text-sm font-medium">
            Namn
            <input name="name" defaultValue={text("name")} className={input} {...described("name")} />
          </label>
          <FieldError id="indikator-name-fel" errors={state.fieldErrors?.name} />
        </div>
      </div>
      <div>
        <label className="block text-sm font-medium">
          Beskrivning (hur man bedömer, vad som räknas)
          <textarea name="description" rows={2} defaultValue={text("description")} className={input} {...described("description")} />
        </label>
        <FieldError id="indikator-description-fel" errors={state.fieldErrors?.description} />
      </div>
      <fieldset {...described("ageBands")}>
        <legend className="text-sm font-medium">Gäller åldersgrupper (ingen vald = alla)</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {Object.entries(AGE_BAND_LABELS).map(([code, label]) => (
            <label key={code} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="ageBands" value={code} defaultChecked={bands.includes(code)} />
              {label}
            </label>
          ))}
        </div>
        <FieldError id="indikator-ageBands-fel" errors={state.fieldErrors?.ageBands} />
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="isActive" defaultChecked={active} />
        Aktiv (visas i rapporteringen och resultaten)
      </label>
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending} label={isNew ? "Skapa indikator" : "Spara ändringar"} pendingLabel="Sparar…" />
        <FormMessage state={state} />
      </div>
    </form>
  );
}
