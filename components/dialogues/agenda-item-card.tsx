import Link from "next/link";
import { ActionStatusBadge } from "@/components/actions/action-status-badge";
import { QuickForm, type QuickField } from "@/components/forms/quick-form";
import { ActionForm } from "@/components/questionnaires/action-form";
import type { DialogueView } from "@/lib/data/dialogues";
import { displayStatus } from "@/lib/domain/actions";
import { formatDate } from "@/lib/format";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const SOURCE_LABELS = {
  ASSESSMENT: "Från bedömningen",
  OPEN_ACTION: "Öppen åtgärd",
  IMPROVEMENT_AREA: "Utförarens förbättringsområde",
  UNANSWERED: "Obesvarad fråga",
  MANUAL: "Tillagd",
} as const;

/** The fields of a decision recorded as an action, shared by agenda items and the dialogue as a whole. */
export function decisionFields(dialogueId: string, agendaItemId: string | null, staff: { value: string; label: string }[]): QuickField[] {
  return [
    { kind: "hidden", name: "dialogueId", value: dialogueId },
    ...(agendaItemId ? [{ kind: "hidden" as const, name: "agendaItemId", value: agendaItemId }] : []),
    { kind: "textarea", name: "description", label: "Beslut: vad ska göras?", rows: 2 },
    {
      kind: "select",
      name: "ownerSide",
      label: "Ansvarar",
      options: [
        { value: "PROVIDER", label: "Utföraren" },
        { value: "MUNICIPALITY", label: "Kommunen" },
      ],
    },
    { kind: "select", name: "ownerUserId", label: "Ansvarig i kommunen", placeholder: "Ingen vald", options: staff },
    { kind: "text", name: "ownerName", label: "Ansvarig (namn eller roll)" },
    { kind: "date", name: "dueOn", label: "Klar senast" },
  ];
}

/** One agenda item: its notes, the decisions taken on it, and (for the quality developer) the forms to change it. */
export function AgendaItemCard({
  dialogueId,
  item,
  position,
  count,
  decisions,
  manage,
}: {
  dialogueId: string;
  item: DialogueView["agenda"][number];
  position: number;
  count: number;
  decisions: DialogueView["actions"];
  manage: { save: Action; move: Action; remove: Action; decide: Action; staff: { value: string; label: string }[] } | null;
}) {
  const ref = { dialogueId, itemId: item.id };
  const today = new Date();
  return (
    <li className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="text-xs uppercase tracking-wide text-slate-600">
            Punkt {position} · {SOURCE_LABELS[item.source]}
          </p>
          <h3 className="font-semibold">{item.title}</h3>
          {item.notes ? <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{item.notes}</p> : null}
        </div>
        {manage ? (
          <div className="flex flex-wrap gap-1">
            <ActionForm action={manage.move} fields={{ ...ref, direction: "up" }} label="Flytta upp" pendingLabel="Flyttar…" disabled={position === 1} tone="secondary" />
            <ActionForm action={manage.move} fields={{ ...ref, direction: "down" }} label="Flytta ned" pendingLabel="Flyttar…" disabled={position === count} tone="secondary" />
            <ActionForm action={manage.remove} fields={ref} label="Ta bort" pendingLabel="Tar bort…" tone="danger" disabled={decisions.length > 0} />
          </div>
        ) : null}
      </div>
      {decisions.length ? (
        <ul aria-label={`Beslut under punkt ${position}`} className="space-y-1 text-sm">
          {decisions.map((action) => (
            <li key={action.id} className="flex flex-wrap items-center gap-3">
              <ActionStatusBadge status={displayStatus(action, today)} />
              <Link href={`/atgarder/${action.id}`} className="text-brand-700 underline">
                {action.description}
              </Link>
              <span className="text-slate-600">
                {action.ownerSide === "PROVIDER" ? "Utföraren" : "Kommunen"}
                {action.dueOn ? `, senast ${formatDate(action.dueOn)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {manage ? (
        <details className="rounded-md bg-slate-50 p-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Anteckningar och beslut</summary>
          <div className="mt-3 space-y-4">
            <QuickForm
              compact
              action={manage.save}
              submitLabel="Spara punkten"
              fields={[
                { kind: "hidden", name: "dialogueId", value: dialogueId },
                { kind: "hidden", name: "itemId", value: item.id },
                { kind: "text", name: "title", label: "Punkt", defaultValue: item.title, wide: true },
                { kind: "textarea", name: "notes", label: "Anteckningar", defaultValue: item.notes ?? "" },
              ]}
            />
            <QuickForm compact action={manage.decide} submitLabel="Registrera beslutet som åtgärd" fields={decisionFields(dialogueId, item.id, manage.staff)} />
          </div>
        </details>
      ) : null}
    </li>
  );
}
