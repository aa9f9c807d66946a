"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

/** Opens a planned cycle: self-assessments are created and the providers invited. */
export function OpenCycleForm({ cycleId, action }: { cycleId: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <input type="hidden" name="cycleId" value={cycleId} />
      <p>När uppföljningen öppnas får varje utförare en egenrapportering och en inbjudan via e-post. Tidigare svar fylls i som utgångspunkt.</p>
      <SubmitButton pending={pending} label="Öppna uppföljningen" pendingLabel="Öppnar…" />
      <FormMessage state={state} />
    </form>
  );
}
