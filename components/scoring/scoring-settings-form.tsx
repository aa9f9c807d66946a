"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ScoringConfig } from "@/lib/scoring/engine";
import { INITIAL_FORM_STATE, formKeyOf, type FormState } from "@/lib/validation/form-state";

interface ScoringSettingsFormProps {
  config: ScoringConfig;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

const percent = (share: number) => String(Math.round(share * 1000) / 10);

const GROUPS = [
  {
    legend: "Poäng för aktiviteter (andel av kravets vikt)",
    fields: [
      { name: "achieved", label: "Uppnått", value: (c: ScoringConfig) => c.points.ACHIEVED },
      { name: "partiallyAchieved", label: "Delvis uppnått", value: (c: ScoringConfig) => c.points.PARTIALLY_ACHIEVED },
      { name: "notAchieved", label: "Ej uppnått", value: (c: ScoringConfig) => c.points.NOT_ACHIEVED },
    ],
  },
  {
    legend: "Poäng för tillsynspunkter (Inte aktuellt räknas inte)",
    fields: [
      { name: "yes", label: "Ja", value: (c: ScoringConfig) => c.points.YES },
      { name: "inProgress", label: "Pågår", value: (c: ScoringConfig) => c.points.IN_PROGRESS },
      { name: "no", label: "Nej", value: (c: ScoringConfig) => c.points.NO },
    ],
  },
  {
    legend: "Lägsta sammanvägda resultat för varje nivå",
    fields: [
      { name: "notablyMature", label: "Särskilt kvalitetsmogen", value: (c: ScoringConfig) => c.thresholds.notablyMature },
      { name: "adequate", label: "Fullgod kvalitetsmognad", value: (c: ScoringConfig) => c.thresholds.adequate },
    ],
  },
] as const;

/** The tenant's scoring rules in percent. Changes apply to grades computed from now on; finalised grades keep theirs. */
export function ScoringSettingsForm({ config, action }: ScoringSettingsFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form key={formKeyOf(state)} action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5" noValidate>
      <h2 className="text-lg font-semibold">Ändra bedömningsgrunderna</h2>
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="space-y-2">
          <legend className="font-medium">{group.legend}</legend>
          <div className="flex flex-wrap gap-4">
            {group.fields.map((field) => (
              <div key={field.name}>
                <label className="block text-sm">
                  {field.label} (%)
                  <input
                    name={field.name}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    max={100}
                    step="any"
                    defaultValue={String(state.values?.[field.name] ?? percent(field.value(config)))}
                    aria-invalid={state.fieldErrors?.[field.name] ? true : undefined}
                    aria-describedby={`fel-${field.name}`}
                    className="mt-1 block w-28 rounded-md border border-slate-300 px-2 py-1.5"
                  />
                </label>
                <FieldError id={`fel-${field.name}`} errors={state.fieldErrors?.[field.name]} />
              </div>
            ))}
          </div>
        </fieldset>
      ))}
      <p className="text-sm text-slate-600">
        Kritiska krav begränsar alltid nivån: ett kritiskt krav som inte är uppfyllt ger lägre kvalitetsmognad, ett delvis uppfyllt högst fullgod. Särskilt
        kvalitetsmogen kräver dessutom att alla aktiviteter är uppnådda. Kravens vikter ändras i kravkatalogen.
      </p>
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending} label="Spara bedömningsgrunderna" pendingLabel="Sparar…" />
        <FormMessage state={state} />
      </div>
    </form>
  );
}
