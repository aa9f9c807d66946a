"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

interface TenantSwitcherProps {
  current: string;
  tenants: { id: string; name: string }[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

/** Lets a person who works for several municipalities choose which one they act in. */
export function TenantSwitcher({ current, tenants, action }: TenantSwitcherProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <p className="text-sm text-slate-600">Du arbetar i {tenants.find((tenant) => tenant.id === current)?.name}.</p>
      <label className="text-sm">
        <span className="sr-only">Kommun</span>
        <select key={current} name="tenantId" defaultValue={current} className="rounded-md border border-slate-300 px-2 py-1 text-sm">
          {tenants.map((tenant) => (
            <option key={tenant.id} value={tenant.id}>
              {tenant.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending} className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100">
        {pending ? "Byter…" : "Byt kommun"}
      </button>
      {state.message ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
