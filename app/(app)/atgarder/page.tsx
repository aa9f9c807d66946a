import type { Metadata } from "next";
import Link from "next/link";
import { ActionPlanCard } from "@/components/actions/action-plan-card";
import { ActionsList } from "@/components/actions/actions-list";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { listActionPlans, listActions, type ActionView } from "@/lib/data/action-items";
import { acceptActionPlanAction, addPlanActionAction, submitActionPlanAction } from "./actions";

export const metadata: Metadata = { title: "Åtgärder" };

const VIEWS: { key: ActionView; param: string; label: string }[] = [
  { key: "mine", param: "mina", label: "Mina åtgärder" },
  { key: "overdue", param: "forsenade", label: "Försenade" },
  { key: "all", param: "alla", label: "Alla" },
];

export default async function ActionsPage({ searchParams }: { searchParams: Promise<{ vy?: string }> }) {
  const actor = await requirePermission("action.read");
  const ctx = tenantCtxOf(actor);
  const subject = subjectOf(actor);
  const { vy } = await searchParams;
  const view = VIEWS.find((candidate) => candidate.param === vy) ?? VIEWS[0]!;
  const rows = await listActions(ctx, view.key);
  const plans = await listActionPlans(ctx);
  const isProvider = actor.membership.role === "PROVIDER";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Åtgärder</h1>
        <p className="text-slate-700">
          {isProvider
            ? "Åtgärder som er verksamhet ansvarar för efter kvalitetsdialoger och åtgärdsplaner. Rapportera vad som är gjort och ladda upp underlag."
            : "Beslutade åtgärder från kvalitetsdialoger, åtgärdsplaner och kvalitetsplanen. Röd betyder försenad: sista dag har passerat och åtgärden är inte klar."}
        </p>
      </div>
      <nav aria-label="Urval av åtgärder" className="flex flex-wrap gap-2">
        {VIEWS.map((candidate) => (
          <Link
            key={candidate.key}
            href={`/atgarder?vy=${candidate.param}`}
            aria-current={candidate.key === view.key ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${candidate.key === view.key ? "bg-brand-600 text-white" : "border border-slate-300 text-slate-800 hover:bg-slate-50"}`}
          >
            {candidate.label}
          </Link>
        ))}
      </nav>
      <ActionsList
        rows={rows}
        label={view.label}
        showProvider={!isProvider}
        empty={view.key === "overdue" ? "Inga åtgärder är försenade." : view.key === "mine" ? "Du har inga åtgärder att följa upp." : "Inga åtgärder ännu."}
      />
      {plans.length ? (
        <section aria-labelledby="planer" className="space-y-3">
          <h2 id="planer" className="text-lg font-semibold">
            Åtgärdsplaner
          </h2>
          {plans.map((plan) => (
            <ActionPlanCard
              key={plan.id}
              plan={plan}
              provider={can(subject, "actionPlan.submit", { tenantId: ctx.tenantId, providerId: plan.providerId }) ? { add: addPlanActionAction, submit: submitActionPlanAction } : null}
              steering={can(subject, "action.manage") ? { accept: acceptActionPlanAction } : null}
            />
          ))}
        </section>
      ) : null}
    </div>
  );
}
