"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

export function AddSectionForm({ versionId, action }: { versionId: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="versionId" value={versionId} />
      <h3 className="font-semibold">Nytt avsnitt</h3>
      <div>
        <label htmlFor="section-title" className="block text-sm font-medium">
          Rubrik
        </label>
        <input id="section-title" name="title" defaultValue={state.ok ? undefined : (state.values?.title as string | undefined)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" aria-describedby={state.fieldErrors?.title ? "section-title-error" : undefined} />
        <FieldError id="section-title-error" errors={state.fieldErrors?.title} />
      </div>
      <div>
        <label htmlFor="section-description" className="block text-sm font-medium">
          Beskrivning (valfri)
        </label>
        <input id="section-description" name="description" defaultValue={state.ok ? undefined : (state.values?.description as string | undefined)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
      </div>
      <SubmitButton pending={pending} label="Lägg till avsnitt" pendingLabel="Lägger till…" className="text-sm" />
      <FormMessage state={state} />
    </form>
  );
}
