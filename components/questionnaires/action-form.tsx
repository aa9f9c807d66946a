"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

interface ActionFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  tone?: "primary" | "secondary" | "danger";
  /** Shown but not usable, e.g. when there is nothing to do; the last outcome stays visible. */
  disabled?: boolean;
}

/** A single-button form for an action on hidden fields (publish, new draft, remove). */
export function ActionForm({ action, fields, label, pendingLabel, tone = "primary", disabled = false }: ActionFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const style = { primary: "bg-brand-600 text-white hover:bg-brand-700", secondary: "border border-slate-300 text-slate-800 hover:bg-slate-50", danger: "text-red-700 hover:bg-red-50" }[tone];
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending || disabled} className={`rounded-md px-3 py-1.5 text-sm font-semibold disabled:opacity-60 ${style}`}>
        {pending ? pendingLabel : label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
