"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

interface SecuritySettingsFormProps {
  requireTwoFactorForAll: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

export function SecuritySettingsForm({ requireTwoFactorForAll, action }: SecuritySettingsFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">Inloggning</h2>
      <label className="flex items-start gap-3">
        <input type="checkbox" name="requireTwoFactorForAll" defaultChecked={requireTwoFactorForAll} className="mt-1 size-4" />
        <span>
          <span className="font-medium">Kräv tvåfaktorsinloggning för alla kommunens roller</span>
          <span className="block text-sm text-slate-600">Administratörer måste alltid använda det. Utförare loggar in med lösenord eller engångslänk.</span>
        </span>
      </label>
      <SubmitButton pending={pending} label="Spara" pendingLabel="Sparar…" className="text-sm" />
      <FormMessage state={state} />
    </form>
  );
}
