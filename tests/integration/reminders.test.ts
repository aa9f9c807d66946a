import { describe, expect, it } from "vitest";
import { unsafeQueueSelfAssessmentReminders } from "@/lib/data/reminders";
import { adminDb } from "../fixtures/admin-db";

describe("self-assessment reminders", () => {
  it("queues one due-soon reminder per provider user, once however often the job runs", async () => {
    // Bergsby's open 2020 cycle: Caleo's self-assessment is a draft due 2020-10-15.
    const soon = new Date("2020-10-13T08:00:00Z");
    expect(await unsafeQueueSelfAssessmentReminders(soon)).toBe(1);
    expect(await unsafeQueueSelfAssessmentReminders(soon)).toBe(0);
    const message = await adminDb.outboxMessage.findFirstOrThrow({ where: { kind: "REMINDER_DUE_SOON" } });
    expect(message).toMatchObject({ toAddress: "utforare@caleo.demo", subject: "Påminnelse: egenrapporteringen i Familjehem och stödboende 2020 ska vara inskickad snart" });
    expect(message.bodyText).toContain("Sista dag är 2020-10-15");
  });

  it("queues an overdue reminder after the deadline, and nothing for cycles that are not open", async () => {
    expect(await unsafeQueueSelfAssessmentReminders(new Date("2020-10-20T08:00:00Z"))).toBe(1);
    expect(await adminDb.outboxMessage.count({ where: { kind: "REMINDER_OVERDUE" } })).toBe(1);
    // Sjövik's 2020 cycle is in review, its self-assessments submitted: no reminders there.
    expect(await adminDb.outboxMessage.count({ where: { kind: { startsWith: "REMINDER_" }, tenant: { slug: "sjovik" } } })).toBe(0);
  });
});
