"use client";

import { useActionState, type ReactNode } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { DEVIATION_KIND_LABELS } from "@/lib/domain/labels";
import { INITIAL_FORM_STATE, formKeyOf, type FormState } from "@/lib/validation/form-state";

const input = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 font-normal";

/** Registers a count (e.g. 12 avvikelser 2020) or one event with date and a summary without personal data. */
export function DeviationForm({ providers, year, action }: { providers: { id: string; name: string }[]; year: number; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const value = (name: string, fallback = "") => String(state.values?.[name] ?? fallback);
  const field = (name: string, label: string, control: ReactNode, wide = false) => (
    <div className={wide ? "sm:col-span-2 lg:col-span-3" : undefined}>
      <label className="block text-sm font-medium">
        {label}
        {control}
      </label>
      <FieldError id={`avvikelse-${name}-fel`} errors={state.fieldErrors?.[name]} />
    </div>
  );
  const described = (name: string) => ({ "aria-describedby": `avvikelse-${name}-fel`, "aria-invalid": state.fieldErrors?.[name] ? true : undefined });
  return (
    <form key={formKeyOf(state)} action={formAction} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">Registrera</h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {field(
          "providerId",
          "Utförare",
          <select name="providerId" defaultValue={value("providerId")} className={input} {...described("providerId")}>
            <option value="">Välj…</option>
            {providers.map((provider) => (
              <option key={provider.id} value={provider.id}>
                {provider.name}
              </option>
            ))}
          </select>,
        )}
        {field(
          "kind",
          "Vad",
          <select name="kind" defaultValue={value("kind")} className={input} {...described("kind")}>
            <option value="">Välj…</option>
            {Object.entries(DEVIATION_KIND_LABELS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>,
        )}
        {field("year", "År", <input name="year" inputMode="numeric" defaultValue={value("year", String(year))} className={input} {...described("year")} />)}
        {field("count", "Antal", <input name="count" inputMode="numeric" defaultValue={value("count", "1")} className={input} {...described("count")} />)}
        {field("occurredOn", "Datum (för en enskild händelse)", <input name="occurredOn" type="date" defaultValue={value("occurredOn")} className={input} {...described("occurredOn")} />)}
        {field(
          "hasFindings",
          "Brister (IVO)",
          <select name="hasFindings" defaultValue={value("hasFindings")} className={input} {...described("hasFindings")}>
            <option value="">Ej aktuellt</option>
            <option value="ja">Ja, brister konstaterades</option>
            <option value="nej">Nej, inga brister</option>
          </select>,
        )}
        {field("category", "Kategori", <input name="category" defaultValue={value("category")} className={input} {...described("category")} />)}
        {field("summary", "Sammanfattning utan personuppgifter", <textarea name="summary" rows={2} defaultValue={value("summary")} className={input} {...described("summary")} />, true)}
      </div>
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending} label="Registrera" pendingLabel="Sparar…" />
        <FormMessage state={state} />
      </div>
    </form>
  );
}
