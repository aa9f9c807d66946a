"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { ROLE_LABELS, type RoleCode } from "@/lib/domain/labels";
import { ProviderSelect } from "./provider-select";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

interface UserRowActionsProps {
  membershipId: string;
  name: string;
  role: RoleCode;
  providerId: string | null;
  active: boolean;
  providers: { id: string; name: string }[];
  changeRole: Action;
  setActive: Action;
}

/** Role change and (de)activation for one person, each its own small form. */
export function UserRowActions({ membershipId, name, role, providerId, active, providers, changeRole, setActive }: UserRowActionsProps) {
  const [roleState, roleAction, rolePending] = useActionState(changeRole, INITIAL_FORM_STATE);
  const [activeState, activeAction, activePending] = useActionState(setActive, INITIAL_FORM_STATE);
  const [selectedRole, setSelectedRole] = useState<RoleCode>(role);
  return (
    <div className="space-y-2">
      <form action={roleAction} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="membershipId" value={membershipId} />
        <label className="text-sm">
          <span className="sr-only">Roll för {name}</span>
          <select name="role" value={selectedRole} onChange={(event) => setSelectedRole(event.target.value as RoleCode)} className="rounded-md border border-slate-300 px-2 py-1 text-sm">
            {Object.entries(ROLE_LABELS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {selectedRole === "PROVIDER" ? (
          <label className="text-sm">
            <span className="sr-only">Utförare för {name}</span>
            <ProviderSelect providers={providers} defaultValue={providerId ?? ""} className="max-w-48 rounded-md border border-slate-300 px-2 py-1 text-sm" />
          </label>
        ) : null}
        <button type="submit" disabled={rolePending} className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100">
          Spara roll<span className="sr-only"> för {name}</span>
        </button>
      </form>
      <FormMessage state={roleState} />
      <form action={activeAction}>
        <input type="hidden" name="membershipId" value={membershipId} />
        <input type="hidden" name="active" value={active ? "false" : "true"} />
        <button type="submit" disabled={activePending} className={`rounded-md px-2 py-1 text-sm font-medium ${active ? "text-red-700 hover:bg-red-50" : "text-emerald-800 hover:bg-emerald-50"}`}>
          {active ? "Inaktivera" : "Aktivera"}
          <span className="sr-only"> {name}</span>
        </button>
      </form>
      <FormMessage state={activeState} />
    </div>
  );
}
