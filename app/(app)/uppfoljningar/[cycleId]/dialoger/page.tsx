import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { QuickForm } from "@/components/forms/quick-form";
import { BackLink } from "@/components/layout/back-link";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { listCycleDialogues } from "@/lib/data/dialogues";
import { listMunicipalStaff } from "@/lib/data/users";
import { ROLE_LABELS, type RoleCode } from "@/lib/domain/labels";
import { dateInDays, formatDateTime } from "@/lib/format";
import { scheduleDialogueAction } from "../../../dialoger/actions";

export const metadata: Metadata = { title: "Kvalitetsdialoger" };

const STATUS_TEXT = { PLANNED: "Planerad", HELD: "Genomförd", CANCELLED: "Inställd" } as const;

export default async function CycleDialoguesPage({ params }: { params: Promise<{ cycleId: string }> }) {
  const { cycleId } = await params;
  if (!z.uuid().safeParse(cycleId).success) notFound();
  const actor = await requirePermission("cycle.read");
  const ctx = tenantCtxOf(actor);
  const found = await listCycleDialogues(ctx, cycleId);
  if (!found) notFound();
  const mayManage = can(subjectOf(actor), "dialogue.manage");
  const schedulable = found.rows.filter((row) => row.dialogue?.status !== "PLANNED");
  const staff = mayManage ? (await listMunicipalStaff(ctx)).filter((member) => member.userId !== actor.userId) : [];
  return (
    <div className="space-y-6">
      <div>
        <BackLink href={`/uppfoljningar/${cycleId}`}>{found.cycle.name}</BackLink>
        <h1 className="text-2xl font-bold">Kvalitetsdialoger</h1>
        <p className="text-slate-700">Ett digitalt möte per utförare om egenrapporteringen och bedömningen. Besluten blir åtgärder som följs upp.</p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm" aria-label="Dialoger per utförare">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Utförare</th>
              <th scope="col" className="px-3 py-2 font-medium">Dialog</th>
              <th scope="col" className="px-3 py-2 font-medium">Status</th>
              <th scope="col" className="px-3 py-2 font-medium">Öppna åtgärder</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {found.rows.map((row) => (
              <tr key={row.providerId}>
                <th scope="row" className="px-3 py-2 text-left font-medium">{row.providerName}</th>
                <td className="px-3 py-2">
                  {row.dialogue ? (
                    <Link href={`/dialoger/${row.dialogue.id}`} className="text-brand-700 underline">
                      {formatDateTime(row.dialogue.startsAt)}
                    </Link>
                  ) : (
                    "Inte planerad"
                  )}
                </td>
                <td className="px-3 py-2">{row.dialogue ? STATUS_TEXT[row.dialogue.status] : "–"}</td>
                <td className="px-3 py-2 tabular-nums">{row.dialogue ? row.dialogue.openActions : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {mayManage && schedulable.length ? (
        <section aria-labelledby="planera" className="space-y-2">
          <h2 id="planera" className="text-lg font-semibold">
            Planera en dialog
          </h2>
          <p className="text-sm text-slate-700">
            Du och utförarens användare bjuds in automatiskt. Alla med e-postadress får en inbjudan med kalenderfil (.ics). Tiden är svensk tid.
          </p>
          <QuickForm
            action={scheduleDialogueAction}
            submitLabel="Planera och bjud in"
            pendingLabel="Bjuder in…"
            fields={[
              { kind: "hidden", name: "cycleId", value: cycleId },
              { kind: "select", name: "providerId", label: "Utförare", placeholder: "Välj…", options: schedulable.map((row) => ({ value: row.providerId, label: row.providerName })) },
              { kind: "date", name: "date", label: "Datum", defaultValue: dateInDays(14) },
              { kind: "time", name: "time", label: "Tid", defaultValue: "09:00" },
              { kind: "number", name: "durationMinutes", label: "Längd (minuter)", defaultValue: "90" },
              { kind: "url", name: "meetingUrl", label: "Länk till det digitala mötet" },
              { kind: "checkboxes", name: "municipalUserIds", label: "Fler deltagare från kommunen", options: staff.map((member) => ({ value: member.userId, label: `${member.name} (${ROLE_LABELS[member.role as RoleCode]})` })) },
              { kind: "textarea", name: "guests", label: "Gäster utan konto, en per rad: Namn <e-post>", rows: 2 },
            ]}
          />
        </section>
      ) : null}
    </div>
  );
}
