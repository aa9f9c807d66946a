"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { formKeyOf, INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

interface NewCycleFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  versions: { id: string; label: string }[];
  providers: { id: string; name: string }[];
  year: number;
}

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

const TEXT_FIELDS = [
  { name: "name", label: "Namn", type: "text" },
  { name: "serviceArea", label: "Område som följs upp", type: "text" },
  { name: "year", label: "År", type: "number" },
  { name: "periodStart", label: "Period från", type: "date" },
  { name: "periodEnd", label: "Period till", type: "date" },
  { name: "selfAssessmentDueOn", label: "Sista dag för egenrapportering", type: "date" },
  { name: "assessmentDueOn", label: "Bedömning klar senast", type: "date" },
] as const;

/** A new follow-up cycle: what, when, which questionnaire version and which providers. */
export function NewCycleForm({ action, versions, providers, year }: NewCycleFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form key={formKeyOf(state)} action={formAction} noValidate className="space-y-6 rounded-lg border border-slate-200 bg-white p-6">
      <div className="grid gap-4 sm:grid-cols-2">
        {TEXT_FIELDS.map((field) => (
          <div key={field.name}>
            <label htmlFor={`cycle-${field.name}`} className="block text-sm font-medium">
              {field.label}
            </label>
            <input
              id={`cycle-${field.name}`}
              name={field.name}
              type={field.type}
              defaultValue={(state.values?.[field.name] as string | undefined) ?? (field.name === "year" ? year : undefined)}
              className={INPUT}
              aria-invalid={errors[field.name] ? true : undefined}
              aria-describedby={errors[field.name] ? `${field.name}-error` : undefined}
            />
            <FieldError id={`${field.name}-error`} errors={errors[field.name]} />
          </div>
        ))}
        <div className="sm:col-span-2">
          <label htmlFor="templateVersionId" className="block text-sm font-medium">
            Enkät
          </label>
          <select id="templateVersionId" name="templateVersionId" className={INPUT} defaultValue={versions[0]?.id}>
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                {version.label}
              </option>
            ))}
          </select>
          <FieldError id="templateVersionId-error" errors={errors.templateVersionId} />
        </div>
      </div>
      <fieldset aria-describedby={errors.providerIds ? "providerIds-error" : undefined}>
        <legend className="text-sm font-medium">Utförare som följs upp</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {providers.map((provider) => (
            <label key={provider.id} className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="providerIds"
                value={provider.id}
                defaultChecked={[state.values?.providerIds ?? []].flat().includes(provider.id)}
                className="size-4"
              />
              {provider.name}
            </label>
          ))}
        </div>
        <FieldError id="providerIds-error" errors={errors.providerIds} />
      </fieldset>
      <div className="flex items-center gap-4">
        <SubmitButton pending={pending} label="Skapa uppföljning" pendingLabel="Skapar…" />
        <FormMessage state={state} />
      </div>
    </form>
  );
}
