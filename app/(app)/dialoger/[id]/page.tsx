import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { QuickForm } from "@/components/forms/quick-form";
import { AgendaItemCard } from "@/components/dialogues/agenda-item-card";
import { BackLink } from "@/components/layout/back-link";
import { ActionForm } from "@/components/questionnaires/action-form";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { getDialogue } from "@/lib/data/dialogues";
import { listMunicipalStaff } from "@/lib/data/users";
import { unlessNotFound } from "@/lib/errors";
import { dateInDays, formatDateTime } from "@/lib/format";
import { createActionAction, requestActionPlanAction } from "../../atgarder/actions";
import { completeDialogueAction, generateAgendaAction, moveAgendaItemAction, removeAgendaItemAction, saveAgendaItemAction } from "../actions";

export const metadata: Metadata = { title: "Kvalitetsdialog" };

const STATUS_TEXT = { PLANNED: "Planerad", HELD: "Genomförd", CANCELLED: "Inställd" } as const;

export default async function DialoguePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await requirePermission("dialogue.read");
  const ctx = tenantCtxOf(actor);
  const dialogue = await unlessNotFound(getDialogue(ctx, id));
  if (!dialogue) notFound();
  const mayManage = can(subjectOf(actor), "dialogue.manage") && dialogue.status !== "CANCELLED";
  const staff = mayManage ? (await listMunicipalStaff(ctx)).map((member) => ({ value: member.userId, label: member.name })) : [];
  const manage = mayManage ? { save: saveAgendaItemAction, move: moveAgendaItemAction, remove: removeAgendaItemAction, decide: createActionAction, staff } : null;

  return (
    <div className="space-y-6">
      <div>
        {can(subjectOf(actor), "cycle.read") ? <BackLink href={`/uppfoljningar/${dialogue.cycleId}/dialoger`}>Kvalitetsdialoger, {dialogue.cycleName}</BackLink> : null}
        <h1 className="text-2xl font-bold">Kvalitetsdialog med {dialogue.providerName}</h1>
        <p className="text-slate-700">
          {formatDateTime(dialogue.startsAt)}, {dialogue.durationMinutes} minuter · {STATUS_TEXT[dialogue.status]} · {dialogue.cycleName}
        </p>
        <p className="mt-2 flex flex-wrap gap-4 text-sm">
          {dialogue.meetingUrl ? (
            <a href={dialogue.meetingUrl} className="font-medium text-brand-700 underline" rel="noopener noreferrer" target="_blank">
              Anslut till mötet
            </a>
          ) : null}
          <a href={`/api/dialoger/${dialogue.id}/kalender`} download className="text-brand-700 underline">
            Kalenderfil (.ics)
          </a>
        </p>
      </div>

      <section aria-labelledby="deltagare" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="deltagare" className="text-lg font-semibold">
          Deltagare
        </h2>
        <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          {dialogue.participants.map((participant) => (
            <li key={participant.id}>
              {participant.name} <span className="text-slate-600">({participant.side === "PROVIDER" ? "utföraren" : "kommunen"}{participant.roleTitle ? `, ${participant.roleTitle}` : ""})</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="dagordning" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="dagordning" className="text-lg font-semibold">
            Dagordning
          </h2>
          {mayManage ? <ActionForm action={generateAgendaAction} fields={{ dialogueId: dialogue.id }} label="Hämta punkter från uppföljningen" pendingLabel="Hämtar…" /> : null}
        </div>
        {dialogue.agenda.length === 0 ? (
          <p className="text-slate-600">
            Dagordningen är tom.{mayManage ? " Hämta punkterna från egenrapporteringen och bedömningen, eller lägg till egna." : ""}
          </p>
        ) : (
          <ol className="space-y-3">
            {dialogue.agenda.map((item, index) => (
              <AgendaItemCard
                key={item.id}
                dialogueId={dialogue.id}
                item={item}
                position={index + 1}
                count={dialogue.agenda.length}
                decisions={dialogue.actions.filter((action) => action.agendaItemId === item.id)}
                manage={manage}
              />
            ))}
          </ol>
        )}
        {mayManage ? (
          <QuickForm
            title="Lägg till en punkt"
            action={saveAgendaItemAction}
            submitLabel="Lägg till"
            fields={[
              { kind: "hidden", name: "dialogueId", value: dialogue.id },
              { kind: "text", name: "title", label: "Punkt", wide: true },
              { kind: "textarea", name: "notes", label: "Anteckningar", rows: 2 },
            ]}
          />
        ) : null}
      </section>

      {dialogue.summary ? (
        <section aria-labelledby="sammanfattning" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="sammanfattning" className="text-lg font-semibold">
            Sammanfattning
          </h2>
          <p className="mt-1 whitespace-pre-line text-sm">{dialogue.summary}</p>
        </section>
      ) : null}

      {mayManage ? (
        <div className="grid gap-4 lg:grid-cols-2">
          {dialogue.status === "PLANNED" ? (
            <QuickForm
              title="Mötet är genomfört"
              action={completeDialogueAction}
              submitLabel="Markera som genomförd"
              fields={[
                { kind: "hidden", name: "dialogueId", value: dialogue.id },
                { kind: "textarea", name: "summary", label: "Sammanfattning av mötet" },
              ]}
            />
          ) : null}
          <QuickForm
            title="Begär en åtgärdsplan"
            action={requestActionPlanAction}
            submitLabel="Begär åtgärdsplan"
            fields={[
              { kind: "hidden", name: "cycleId", value: dialogue.cycleId },
              { kind: "hidden", name: "providerId", value: dialogue.providerId },
              { kind: "date", name: "dueOn", label: "Sista dag", defaultValue: dateInDays(30) },
              { kind: "textarea", name: "note", label: "Vad planen ska omfatta", rows: 2 },
            ]}
          />
        </div>
      ) : null}
    </div>
  );
}
