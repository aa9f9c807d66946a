"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

/** For the quality developer: open a submitted self-assessment again, with a reason the provider sees. */
export function ReopenForm({ selfAssessmentId, action }: { selfAssessmentId: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <input type="hidden" name="selfAssessmentId" value={selfAssessmentId} />
      <h2 className="text-lg font-semibold">Öppna igen för komplettering</h2>
      <label className="block text-sm font-medium">
        Skäl (visas för utföraren)
        <textarea
          name="reason"
          rows={3}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? "reopen-reason-error" : undefined}
        />
        <FieldError id="reopen-reason-error" errors={errors.reason} />
      </label>
      <SubmitButton pending={pending} label="Öppna igen" pendingLabel="Öppnar…" className="text-sm" />
      <FormMessage state={state} />
    </form>
  );
}
