"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm";

const FIELDS = [
  { name: "current", label: "Nuvarande lösenord", autoComplete: "current-password" },
  { name: "password", label: "Nytt lösenord (minst 12 tecken)", autoComplete: "new-password" },
  { name: "confirm", label: "Upprepa det nya lösenordet", autoComplete: "new-password" },
] as const;

export function ChangePasswordForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">Byt lösenord</h2>
      {FIELDS.map((field) => (
        <label key={field.name} className="block text-sm font-medium">
          {field.label}
          <input
            name={field.name}
            type="password"
            autoComplete={field.autoComplete}
            className={INPUT}
            aria-invalid={errors[field.name] ? true : undefined}
            aria-describedby={errors[field.name] ? `${field.name}-error` : undefined}
          />
          <FieldError id={`${field.name}-error`} errors={errors[field.name]} />
        </label>
      ))}
      <p className="text-sm text-slate-600">Alla dina inloggningar avslutas när lösenordet byts.</p>
      <SubmitButton pending={pending} label="Byt lösenord" pendingLabel="Sparar…" className="text-sm" />
      <FormMessage state={state} />
    </form>
  );
}
