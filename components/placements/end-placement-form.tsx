"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

/** Ends a placement on a chosen day, today by default. */
export function EndPlacementForm({ id, action }: { id: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-5">
      <input type="hidden" name="id" value={id} />
      <div>
        <label className="block text-sm font-medium">
          Avsluta placeringen den
          <input name="endsOn" type="date" defaultValue={new Date().toISOString().slice(0, 10)} aria-describedby="avsluta-fel" className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5" />
        </label>
        <FieldError id="avsluta-fel" errors={state.fieldErrors?.endsOn} />
      </div>
      <SubmitButton pending={pending} label="Avsluta placeringen" pendingLabel="Avslutar…" />
      <FormMessage state={state} />
    </form>
  );
}
