"use client";

import { useActionState, useId } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

interface EmailRequestFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  submitLabel: string;
}

/** Asks for an e-mail address to send a link to (sign-in link, password reset). */
export function EmailRequestForm({ action, label, submitLabel }: EmailRequestFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errorId = useId();
  return (
    <form action={formAction} noValidate className="mt-4 space-y-3">
      <label className="block text-sm font-medium">
        {label}
        <input
          name="email"
          type="email"
          autoComplete="email"
          aria-invalid={state.fieldErrors?.email ? true : undefined}
          aria-describedby={state.fieldErrors?.email ? errorId : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm"
        />
        <FieldError id={errorId} errors={state.fieldErrors?.email} />
      </label>
      <button type="submit" disabled={pending} className="w-full rounded-md border border-brand-600 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60">
        {pending ? "Skickar…" : submitLabel}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
