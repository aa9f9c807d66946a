"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { INITIAL_FORM_STATE, formKeyOf, type FormState } from "@/lib/validation/form-state";

interface ReviewSummaryFormProps {
  cycleId: string;
  providerId: string;
  summary: { strengths: string; improvementAreas: string };
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

/** The review's overall strengths and areas to improve, used in the report and the quality dialogue. */
export function ReviewSummaryForm({ cycleId, providerId, summary, action }: ReviewSummaryFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const values = { strengths: String(state.values?.strengths ?? summary.strengths), improvementAreas: String(state.values?.improvementAreas ?? summary.improvementAreas) };
  return (
    <form key={formKeyOf(state)} action={formAction} className="space-y-3">
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="providerId" value={providerId} />
      <div className="grid gap-3 md:grid-cols-2">
        <label className="block text-sm font-medium">
          Utförarens styrkor
          <textarea name="strengths" rows={3} maxLength={5000} defaultValue={values.strengths} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-normal" />
        </label>
        <label className="block text-sm font-medium">
          Utförarens förbättringsområden
          <textarea name="improvementAreas" rows={3} maxLength={5000} defaultValue={values.improvementAreas} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-normal" />
        </label>
      </div>
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending} label="Spara sammanfattningen" pendingLabel="Sparar…" />
        <FormMessage state={state} />
      </div>
    </form>
  );
}
