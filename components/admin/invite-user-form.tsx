"use client";

import { useActionState, useState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ROLE_LABELS, type RoleCode } from "@/lib/domain/labels";
import { ProviderSelect } from "./provider-select";
import { formKeyOf, INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

interface InviteUserFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  providers: { id: string; name: string }[];
}

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm";

export function InviteUserForm({ action, providers }: InviteUserFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const [role, setRole] = useState<RoleCode>("QUALITY_DEVELOPER");
  const errors = state.fieldErrors ?? {};
  return (
    <form key={formKeyOf(state)} action={formAction} noValidate className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
      <h2 className="text-lg font-semibold sm:col-span-2">Bjud in en person</h2>
      <label className="block text-sm font-medium">
        Namn
        <input name="name" defaultValue={state.ok ? undefined : (state.values?.name as string | undefined)} className={INPUT} aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? "invite-name-error" : undefined} />
        <FieldError id="invite-name-error" errors={errors.name} />
      </label>
      <label className="block text-sm font-medium">
        E-postadress
        <input name="email" type="email" defaultValue={state.ok ? undefined : (state.values?.email as string | undefined)} className={INPUT} aria-invalid={errors.email ? true : undefined} aria-describedby={errors.email ? "invite-email-error" : undefined} />
        <FieldError id="invite-email-error" errors={errors.email} />
      </label>
      <div>
        <label htmlFor="invite-role" className="block text-sm font-medium">
          Roll
        </label>
        <select id="invite-role" name="role" defaultValue={(state.values?.role as string | undefined) ?? role} onChange={(event) => setRole(event.target.value as RoleCode)} className={INPUT}>
          {Object.entries(ROLE_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
        <FieldError id="invite-role-error" errors={errors.role} />
      </div>
      {role === "PROVIDER" ? (
        <div>
          <label htmlFor="invite-provider" className="block text-sm font-medium">
            Utförare
          </label>
          <ProviderSelect
            id="invite-provider"
            providers={providers}
            className={INPUT}
            aria-invalid={errors.providerId ? true : undefined}
            aria-describedby={errors.providerId ? "invite-provider-error" : undefined}
          />
          <FieldError id="invite-provider-error" errors={errors.providerId} />
        </div>
      ) : null}
      <div className="flex items-center gap-4 sm:col-span-2">
        <SubmitButton pending={pending} label="Skicka inbjudan" pendingLabel="Skickar…" className="text-sm" />
        <FormMessage state={state} />
      </div>
    </form>
  );
}
