import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ActionStatusBadge } from "@/components/actions/action-status-badge";
import { ImportFileForm } from "@/components/forms/import-file-form";
import { QuickForm } from "@/components/forms/quick-form";
import { BackLink } from "@/components/layout/back-link";
import { EvidenceLinks } from "@/components/self-assessment/evidence-links";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { getAction } from "@/lib/data/action-items";
import { ACTION_STATUS_LABELS } from "@/lib/domain/actions";
import { unlessNotFound } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { PROGRESS_STATUSES } from "@/lib/validation/action";
import { editActionAction, updateActionAction } from "../actions";

export const metadata: Metadata = { title: "Åtgärd" };

export default async function ActionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await requirePermission("action.read");
  const action = await unlessNotFound(getAction(tenantCtxOf(actor), id));
  if (!action) notFound();
  const current = action.status === "DELAYED" ? "IN_PROGRESS" : action.status;
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/atgarder">Åtgärder</BackLink>
        <h1 className="text-2xl font-bold">{action.description}</h1>
        <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">Status</dt>
          <dd>
            <ActionStatusBadge status={action.shownStatus} />
          </dd>
          <dt className="text-slate-600">Utförare</dt>
          <dd>{action.providerName ?? "Kommunens egen åtgärd"}</dd>
          <dt className="text-slate-600">Ansvarar</dt>
          <dd>
            {action.ownerSide === "PROVIDER" ? "Utföraren" : "Kommunen"}
            {action.ownerName ? `: ${action.ownerName}` : ""}
          </dd>
          <dt className="text-slate-600">Klar senast</dt>
          <dd>{action.dueOn ?? "Inget datum"}</dd>
          {action.requirement ? (
            <>
              <dt className="text-slate-600">Krav</dt>
              <dd>{action.requirement}</dd>
            </>
          ) : null}
          {action.dialogueId ? (
            <>
              <dt className="text-slate-600">Beslutad i</dt>
              <dd>
                <Link href={`/dialoger/${action.dialogueId}`} className="text-brand-700 underline">
                  Kvalitetsdialogen{action.cycleName ? `, ${action.cycleName}` : ""}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
      </div>

      {action.may.report ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <QuickForm
            title="Rapportera hur det går"
            action={updateActionAction}
            submitLabel="Spara uppdateringen"
            fields={[
              { kind: "hidden", name: "actionId", value: action.id },
              { kind: "hidden", name: "version", value: String(action.version) },
              { kind: "select", name: "status", label: "Status", defaultValue: current, options: PROGRESS_STATUSES.map((status) => ({ value: status, label: ACTION_STATUS_LABELS[status] })) },
              { kind: "textarea", name: "note", label: "Vad har gjorts?" },
            ]}
          />
          <ImportFileForm endpoint={`/api/atgarder/${action.id}/underlag`} title="Underlag" submitLabel="Ladda upp" pendingLabel="Laddar upp…" accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg">
            <p className="text-sm text-slate-600">PDF, Word, Excel eller bild (png, jpg), högst 10 MB. Inga personuppgifter om enskilda.</p>
          </ImportFileForm>
        </div>
      ) : null}

      {action.evidence.length ? (
        <section aria-labelledby="underlag" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="underlag" className="text-lg font-semibold">
            Uppladdat underlag
          </h2>
          <EvidenceLinks files={action.evidence} />
        </section>
      ) : null}

      <section aria-labelledby="historik" className="space-y-2">
        <h2 id="historik" className="text-lg font-semibold">
          Uppföljning
        </h2>
        {action.updates.length === 0 ? (
          <p className="text-slate-600">Ingen har rapporterat något ännu.</p>
        ) : (
          <ol className="space-y-2" aria-label="Uppdateringar, senaste först">
            {action.updates.map((update) => (
              <li key={update.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <p className="text-slate-600">
                  {formatDateTime(update.createdAt)} · {update.authorName ?? "Okänd"}
                  {update.newStatus ? ` · ny status: ${ACTION_STATUS_LABELS[update.newStatus].toLowerCase()}` : ""}
                </p>
                <p className="mt-1 whitespace-pre-line">{update.note}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      {action.may.steer ? (
        <QuickForm
          title="Ändra åtgärden"
          action={editActionAction}
          submitLabel="Spara ändringen"
          fields={[
            { kind: "hidden", name: "actionId", value: action.id },
            { kind: "hidden", name: "version", value: String(action.version) },
            { kind: "textarea", name: "description", label: "Åtgärd", defaultValue: action.description, rows: 2 },
            { kind: "text", name: "ownerName", label: "Ansvarig (namn eller roll)", defaultValue: action.ownerName ?? "" },
            { kind: "date", name: "dueOn", label: "Klar senast", defaultValue: action.dueOn ?? "" },
          ]}
        />
      ) : null}
    </div>
  );
}
