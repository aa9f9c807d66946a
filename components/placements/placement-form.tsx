"use client";

import { useActionState, type ReactNode } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { AGE_BAND_LABELS, ASYLUM_STATUS_LABELS, GENDER_LABELS, NEEDS_LEVEL_LABELS } from "@/lib/domain/labels";
import { INITIAL_FORM_STATE, formKeyOf, type FormState } from "@/lib/validation/form-state";

interface PlacementFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  choices: { providers: string[]; serviceTypes: string[] };
  /** The placement being changed; empty for a new one. */
  initial?: Record<string, string>;
}

const input = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 font-normal";

/** A pseudonymous placement: a code, never a name or personnummer. */
export function PlacementForm({ action, choices, initial = {} }: PlacementFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const value = (name: string) => String(state.values?.[name] ?? initial[name] ?? "");
  const field = (name: string, label: string, control: ReactNode) => (
    <div>
      <label className="block text-sm font-medium">
        {label}
        {control}
      </label>
      <FieldError id={`placering-${name}-fel`} errors={state.fieldErrors?.[name]} />
    </div>
  );
  const select = (name: string, options: [string, string][], optional = false) => (
    <select name={name} defaultValue={value(name)} aria-describedby={`placering-${name}-fel`} aria-invalid={state.fieldErrors?.[name] ? true : undefined} className={input}>
      <option value="">{optional ? "Uppgift saknas" : "Välj…"}</option>
      {options.map(([code, label]) => (
        <option key={code} value={code}>
          {label}
        </option>
      ))}
    </select>
  );
  const pairs = (labels: Record<string, string>) => Object.entries(labels) as [string, string][];
  const names = (list: string[]) => list.map((name): [string, string] => [name, name]);

  return (
    <form key={formKeyOf(state)} action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" noValidate>
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {field(
          "kod",
          "Kod (pseudonym)",
          <input name="kod" defaultValue={value("kod")} placeholder="P-2021-0042" autoComplete="off" aria-describedby="placering-kod-fel" className={input} />,
        )}
        {field("utförare", "Utförare", select("utförare", names(choices.providers)))}
        {field("placeringsform", "Placeringsform", select("placeringsform", names(choices.serviceTypes)))}
        {field("åldersgrupp", "Åldersgrupp", select("åldersgrupp", pairs(AGE_BAND_LABELS)))}
        {field("kön", "Kön", select("kön", pairs(GENDER_LABELS)))}
        {field("asylstatus", "Asylstatus", select("asylstatus", pairs(ASYLUM_STATUS_LABELS), true))}
        {field("behov", "Behov", select("behov", pairs(NEEDS_LEVEL_LABELS)))}
        {field("startdatum", "Startdatum", <input name="startdatum" type="date" defaultValue={value("startdatum")} aria-describedby="placering-startdatum-fel" className={input} />)}
        {field("slutdatum", "Slutdatum (om avslutad)", <input name="slutdatum" type="date" defaultValue={value("slutdatum")} aria-describedby="placering-slutdatum-fel" className={input} />)}
      </div>
      <p className="text-sm text-slate-600">Skriv aldrig namn eller personnummer. Koden kopplar placeringen till akten i verksamhetssystemet.</p>
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending} label={initial.id ? "Spara ändringarna" : "Lägg till placeringen"} pendingLabel="Sparar…" />
        <FormMessage state={state} />
      </div>
    </form>
  );
}
