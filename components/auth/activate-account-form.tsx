"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm";

export function ActivateAccountForm({ token, action }: { token: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="mt-6 space-y-4">
      <input type="hidden" name="token" value={token} />
      <label className="block text-sm font-medium">
        Nytt lösenord (minst 12 tecken)
        <input name="password" type="password" autoComplete="new-password" className={INPUT} aria-invalid={errors.password ? true : undefined} aria-describedby={errors.password ? "activate-password-error" : undefined} />
        <FieldError id="activate-password-error" errors={errors.password} />
      </label>
      <label className="block text-sm font-medium">
        Upprepa lösenordet
        <input name="confirm" type="password" autoComplete="new-password" className={INPUT} aria-invalid={errors.confirm ? true : undefined} aria-describedby={errors.confirm ? "activate-confirm-error" : undefined} />
        <FieldError id="activate-confirm-error" errors={errors.confirm} />
      </label>
      <SubmitButton pending={pending} label="Spara lösenord" pendingLabel="Sparar…" className="w-full" />
      <FormMessage state={state} />
    </form>
  );
}
