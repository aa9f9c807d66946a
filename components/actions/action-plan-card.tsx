import { QuickForm } from "@/components/forms/quick-form";
import { ActionForm } from "@/components/questionnaires/action-form";
import type { ActionPlanView } from "@/lib/data/action-items";
import type { FormState } from "@/lib/validation/form-state";
import { ActionsList } from "./actions-list";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const PLAN_STATUS = { REQUESTED: "Begärd", SUBMITTED: "Inskickad", ACCEPTED: "Godkänd" } as const;

/** A requested action plan: what was asked and by when, its actions, and the next step for whoever is to take it. */
export function ActionPlanCard({ plan, provider, steering }: { plan: ActionPlanView; provider: { add: Action; submit: Action } | null; steering: { accept: Action } | null }) {
  return (
    <article aria-label={`Åtgärdsplan ${plan.providerName}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <h3 className="font-semibold">
          Åtgärdsplan: {plan.providerName} <span className="font-normal text-slate-600">({plan.cycleName})</span>
        </h3>
        <p className="text-sm text-slate-700">
          {PLAN_STATUS[plan.status]} · senast {plan.dueOn}
        </p>
        {plan.note ? <p className="mt-1 text-sm">{plan.note}</p> : null}
      </div>
      <ActionsList rows={plan.actions} label={`Åtgärder i planen för ${plan.providerName}`} showProvider={false} empty="Planen har inga åtgärder ännu." />
      {provider && plan.status === "REQUESTED" ? (
        <div className="space-y-3">
          <QuickForm
            title="Lägg till en åtgärd i planen"
            action={provider.add}
            submitLabel="Lägg till åtgärden"
            fields={[
              { kind: "hidden", name: "actionPlanId", value: plan.id },
              { kind: "textarea", name: "description", label: "Åtgärd", rows: 2 },
              { kind: "text", name: "ownerName", label: "Ansvarig hos er" },
              { kind: "date", name: "dueOn", label: "Klar senast" },
            ]}
          />
          <ActionForm action={provider.submit} fields={{ actionPlanId: plan.id }} label="Skicka in åtgärdsplanen" pendingLabel="Skickar…" disabled={plan.actions.length === 0} />
        </div>
      ) : null}
      {steering && plan.status === "SUBMITTED" ? <ActionForm action={steering.accept} fields={{ actionPlanId: plan.id }} label="Godkänn åtgärdsplanen" pendingLabel="Godkänner…" /> : null}
    </article>
  );
}
