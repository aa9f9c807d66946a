"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

export function SignInLinkForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} noValidate className="mt-4 space-y-3">
      <label className="block text-sm font-medium">
        E-postadress (utförare)
        <input
          name="email"
          type="email"
          autoComplete="email"
          aria-invalid={state.fieldErrors?.email ? true : undefined}
          aria-describedby={state.fieldErrors?.email ? "link-email-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm"
        />
        <FieldError id="link-email-error" errors={state.fieldErrors?.email} />
      </label>
      <button type="submit" disabled={pending} className="w-full rounded-md border border-brand-600 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60">
        {pending ? "Skickar…" : "Skicka inloggningslänk"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
