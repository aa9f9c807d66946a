import "server-only";
import { unsafeAcrossTenants, withTenant } from "@/lib/db/tenant";
import { remindersDue, swedishToday, type ReminderKind } from "@/lib/domain/reminders";
import { formatDate } from "@/lib/format";

const SUBJECT: Record<ReminderKind, (cycle: string) => string> = {
  DUE_SOON: (cycle) => `Påminnelse: egenrapporteringen i ${cycle} ska vara inskickad snart`,
  OVERDUE: (cycle) => `Egenrapporteringen i ${cycle} är försenad`,
};

/**
 * Queues due-soon and overdue reminders for every open self-assessment in every tenant, to the
 * provider's active users (or its contact address). Each reminder goes out once per recipient:
 * the outbox's dedupe key makes running the job again harmless. Returns how many were queued.
 */
export async function unsafeQueueSelfAssessmentReminders(now = new Date(), link: (id: string) => string = (id) => `/egenrapportering/${id}`): Promise<number> {
  const today = swedishToday(now);
  const open = await unsafeAcrossTenants((tx) =>
    tx.selfAssessment.findMany({
      where: { status: { in: ["NOT_STARTED", "DRAFT", "REOPENED"] }, cycle: { status: "OPEN", selfAssessmentDueOn: { not: null } } },
      select: {
        id: true,
        tenantId: true,
        status: true,
        cycle: { select: { name: true, selfAssessmentDueOn: true } },
        provider: {
          select: {
            contactEmail: true,
            memberships: { where: { isActive: true, role: "PROVIDER", user: { isActive: true } }, select: { user: { select: { email: true } } } },
          },
        },
      },
    }),
  );
  const due = remindersDue(
    open.map((row) => ({ id: row.id, status: row.status, dueOn: row.cycle.selfAssessmentDueOn?.toISOString().slice(0, 10) ?? null })),
    today,
  );
  let queued = 0;
  for (const { id, kind } of due) {
    const row = open.find((candidate) => candidate.id === id)!;
    const recipients = row.provider.memberships.map((membership) => membership.user.email);
    if (recipients.length === 0 && row.provider.contactEmail) recipients.push(row.provider.contactEmail);
    const result = await withTenant(row.tenantId, (tx) =>
      tx.outboxMessage.createMany({
        skipDuplicates: true,
        data: recipients.map((to) => ({
          tenantId: row.tenantId,
          kind: `REMINDER_${kind}`,
          dedupeKey: `${kind}:${row.id}:${to}`,
          toAddress: to,
          subject: SUBJECT[kind](row.cycle.name),
          bodyText: `${kind === "OVERDUE" ? "Sista dag var" : "Sista dag är"} ${formatDate(row.cycle.selfAssessmentDueOn)}.\n\nFyll i och skicka in egenrapporteringen här: ${link(row.id)}`,
        })),
      }),
    );
    queued += result.count;
  }
  return queued;
}
