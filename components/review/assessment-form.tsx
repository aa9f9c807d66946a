"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { ASSESSMENT_OUTCOME_LABELS, SUPERVISION_ANSWER_LABELS } from "@/lib/domain/labels";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

interface AssessmentFormProps {
  ids: { cycleId: string; providerId: string; requirementId: string };
  code: string;
  scale: "ACTIVITY" | "SUPERVISION";
  current: { outcome: string | null; supervisionAnswer: string | null; motivation: string | null; version: number } | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

/** The municipality's judgement of one requirement: result and motivation. */
export function AssessmentForm({ ids, code, scale, current, action }: AssessmentFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const version = state.ok && state.data?.version ? String(state.data.version) : String(current?.version ?? 0);
  const field = scale === "ACTIVITY" ? "outcome" : "supervisionAnswer";
  const labels = scale === "ACTIVITY" ? ASSESSMENT_OUTCOME_LABELS : SUPERVISION_ANSWER_LABELS;
  const selected = (scale === "ACTIVITY" ? current?.outcome : current?.supervisionAnswer) ?? "";
  return (
    <form action={formAction} className="mt-3 space-y-2">
      {Object.entries(ids).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium">
          Bedömning av {code}
          <select name={field} defaultValue={selected} className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5">
            <option value="">Välj…</option>
            {Object.entries(labels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? "Sparar…" : "Spara"}
          <span className="sr-only"> bedömning av {code}</span>
        </button>
        <FormMessage state={state} />
      </div>
      <label className="block text-sm font-medium">
        Motivering för {code}
        <textarea name="motivation" rows={2} defaultValue={current?.motivation ?? ""} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
      </label>
    </form>
  );
}
