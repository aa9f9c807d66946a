import type { FormState } from "@/lib/validation/form-state";

/** The form-level outcome, announced to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`text-sm font-medium ${state.ok ? "text-emerald-800" : "text-red-700"}`}>
      {state.message}
    </p>
  );
}
