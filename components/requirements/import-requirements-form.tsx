"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { REQUIREMENT_COLUMNS } from "@/lib/validation/requirement-import";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

/** Import of the requirement catalogue from XLSX or CSV, with a report per row when something is wrong. */
export function ImportRequirementsForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const rowErrors = Array.isArray(state.data?.errors) ? state.data.errors : [];
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">Importera krav</h2>
      <p className="text-sm text-slate-600">
        XLSX eller CSV med rubrikraden <code className="text-xs">{REQUIREMENT_COLUMNS.join(", ")}</code>. Källa: lag, avtal eller kommunalt mål.
        Kvalitetsområden separeras med semikolon. Befintliga koder uppdateras; ingenting sparas om någon rad är fel.
      </p>
      <label className="block text-sm font-medium">
        Fil
        <input name="file" type="file" accept=".xlsx,.csv" className="mt-1 block text-sm" aria-describedby={state.fieldErrors?.file ? "import-file-error" : undefined} />
      </label>
      <FieldError id="import-file-error" errors={state.fieldErrors?.file} />
      <SubmitButton pending={pending} label="Importera" pendingLabel="Importerar…" className="text-sm" />
      <FormMessage state={state} />
      {rowErrors.length ? (
        <ul aria-label="Fel per rad" className="list-disc space-y-1 pl-5 text-sm text-red-800">
          {rowErrors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
