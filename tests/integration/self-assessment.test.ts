import { describe, expect, it } from "vitest";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { findSelfAssessmentForm, reopenSelfAssessment, saveAnswer, submitSelfAssessment } from "@/lib/data/self-assessments";
import { replaceAppClient } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/prisma";
import { adminDb } from "../fixtures/admin-db";

// The data layer runs on this client, which counts its statements.
const statements: string[] = [];
replaceAppClient(createPrismaClient(process.env.DATABASE_URL as string, { onQuery: (sql) => statements.push(sql) }));

async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; count: number }> {
  statements.length = 0;
  const result = await work();
  return { result, count: statements.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(sql.trim())).length };
}

async function ctxOf(email: string, slug = "sjovik"): Promise<TenantCtx> {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, user: { email } } });
  return { tenantId: tenant.id, userId: membership.userId, role: membership.role, providerId: membership.providerId };
}

/** A fresh, empty 2020 self-assessment for Caleo (the seeded one is already submitted). */
async function openAssessment() {
  const provider = await ctxOf("utforare@caleo.demo");
  const row = await adminDb.selfAssessment.findFirstOrThrow({ where: { tenantId: provider.tenantId, providerId: provider.providerId!, cycle: { year: 2020 } } });
  await adminDb.answer.deleteMany({ where: { tenantId: provider.tenantId, selfAssessmentId: row.id } });
  await adminDb.selfAssessment.update({ where: { tenantId_id: { tenantId: provider.tenantId, id: row.id } }, data: { status: "NOT_STARTED", submittedAt: null } });
  const form = (await findSelfAssessmentForm(provider, row.id))!;
  const question = (key: string) => form.sections.flatMap((section) => section.questions).find((q) => q.key === key)!;
  return { provider, id: row.id, form, question };
}

describe("autosave with optimistic concurrency", () => {
  it("saves a new answer as version 1 and moves the self-assessment to draft", async () => {
    const { provider, id, question } = await openAssessment();
    const result = await saveAnswer(provider, { selfAssessmentId: id, questionId: question("antal-placerade").id, value: "4", expectedVersion: 0 });
    expect(result).toEqual({ status: "saved", version: 1, value: 4 });
    expect((await findSelfAssessmentForm(provider, id))!.status).toBe("DRAFT");
  });

  it("refuses a save that started from an older version, writes nothing and returns the stored answer", async () => {
    const { provider, id, question } = await openAssessment();
    const questionId = question("vg-1-beskrivning").id;
    await saveAnswer(provider, { selfAssessmentId: id, questionId, value: "Första fliken skrev detta.", expectedVersion: 0 });
    await saveAnswer(provider, { selfAssessmentId: id, questionId, value: "Första fliken ändrade.", expectedVersion: 1 });
    const late = await saveAnswer(provider, { selfAssessmentId: id, questionId, value: "Andra fliken, gammal version.", expectedVersion: 1 });
    expect(late).toMatchObject({ status: "conflict", current: { value: "Första fliken ändrade.", version: 2 } });
    const stored = await adminDb.answer.findFirstOrThrow({ where: { selfAssessmentId: id, questionId } });
    expect(stored).toMatchObject({ value: "Första fliken ändrade.", version: 2 });
    // Choosing to keep one's own text means saving again from the current version.
    expect(await saveAnswer(provider, { selfAssessmentId: id, questionId, value: "Andra fliken vann medvetet.", expectedVersion: 2 })).toMatchObject({ status: "saved", version: 3 });
  });

  it("lets exactly one of two simultaneous saves from the same version win", async () => {
    const { provider, id, question } = await openAssessment();
    const questionId = question("vg-2-beskrivning").id;
    await saveAnswer(provider, { selfAssessmentId: id, questionId, value: "Start", expectedVersion: 0 });
    const results = await Promise.allSettled([
      saveAnswer(provider, { selfAssessmentId: id, questionId, value: "Flik A", expectedVersion: 1 }),
      saveAnswer(provider, { selfAssessmentId: id, questionId, value: "Flik B", expectedVersion: 1 }),
    ]);
    const saved = results.filter((r) => r.status === "fulfilled" && r.value.status === "saved");
    expect(saved).toHaveLength(1);
    const stored = await adminDb.answer.findFirstOrThrow({ where: { selfAssessmentId: id, questionId } });
    expect(stored.version).toBe(2);
  });

  it("answers invalid input with a Swedish message and keeps what was saved", async () => {
    const { provider, id, question } = await openAssessment();
    const questionId = question("andel-personal-utbildning").id;
    await saveAnswer(provider, { selfAssessmentId: id, questionId, value: "80", expectedVersion: 0 });
    expect(await saveAnswer(provider, { selfAssessmentId: id, questionId, value: "180", expectedVersion: 1 })).toEqual({
      status: "invalid",
      message: "Procentsatsen kan inte vara över 100.",
    });
    expect((await adminDb.answer.findFirstOrThrow({ where: { selfAssessmentId: id, questionId } })).value).toBe(80);
  });

  it("does not let another provider, a municipal user or another tenant write", async () => {
    const { id, question } = await openAssessment();
    const questionId = question("antal-placerade").id;
    for (const ctx of [await ctxOf("utforare@valfard.demo"), await ctxOf("kvalitet@sjovik.demo"), await ctxOf("utforare@caleo.demo", "bergsby")]) {
      await expect(saveAnswer(ctx, { selfAssessmentId: id, questionId, value: "9", expectedVersion: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await adminDb.answer.count({ where: { selfAssessmentId: id } })).toBe(0);
    expect(await findSelfAssessmentForm(await ctxOf("utforare@valfard.demo"), id)).toBeNull();
  });
});

describe("saving a question again", () => {
  it("takes one statement once the question is known, and still checks everything the first save checked", async () => {
    const { provider, id, question } = await openAssessment();
    const questionId = question("verksamhetsform").id;
    const first = await statementsOf(() => saveAnswer(provider, { selfAssessmentId: id, questionId, value: "Aktiebolag", expectedVersion: 0 }));
    expect(first).toEqual({ result: { status: "saved", version: 1, value: "Aktiebolag" }, count: 2 });
    const again = await statementsOf(() => saveAnswer(provider, { selfAssessmentId: id, questionId, value: "Kommunal regi", expectedVersion: 1 }));
    expect(again).toEqual({ result: { status: "saved", version: 2, value: "Kommunal regi" }, count: 1 });
    const stale = await statementsOf(() => saveAnswer(provider, { selfAssessmentId: id, questionId, value: "Aktiebolag", expectedVersion: 1 }));
    expect(stale).toMatchObject({ result: { status: "conflict", current: { value: "Kommunal regi", version: 2 } }, count: 1 });
    const audit = await adminDb.auditLog.count({ where: { tenantId: provider.tenantId, entity: "Answer", entityId: `${id}:${questionId}` } });
    expect(audit).toBe(2);

    // The question's options are not what the server remembers: the value is checked against the stored ones.
    await adminDb.question.update({ where: { tenantId_id: { tenantId: provider.tenantId, id: questionId } }, data: { options: ["Ekonomisk förening", "Kommunal regi"] } });
    expect(await saveAnswer(provider, { selfAssessmentId: id, questionId, value: "Aktiebolag", expectedVersion: 2 })).toMatchObject({ status: "invalid" });
    expect(await saveAnswer(provider, { selfAssessmentId: id, questionId, value: "Ekonomisk förening", expectedVersion: 2 })).toMatchObject({ status: "saved", version: 3 });

    // Another provider gets nothing from what was remembered for this one.
    await expect(saveAnswer(await ctxOf("utforare@valfard.demo"), { selfAssessmentId: id, questionId, value: "Kommunal regi", expectedVersion: 3 })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Submitted in the meantime (another tab): the save is refused with the reason.
    await adminDb.selfAssessment.update({ where: { tenantId_id: { tenantId: provider.tenantId, id } }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    await expect(saveAnswer(provider, { selfAssessmentId: id, questionId, value: "Kommunal regi", expectedVersion: 3 })).rejects.toMatchObject({
      message: "Egenrapporteringen är inskickad och kan inte ändras.",
    });
    expect(await adminDb.answer.findFirstOrThrow({ where: { selfAssessmentId: id, questionId } })).toMatchObject({ value: "Ekonomisk förening", version: 3 });
  });

  it("clears an answer never given without writing, and an answer given as a new version", async () => {
    const { provider, id, question } = await openAssessment();
    const questionId = question("antal-placerade").id;
    await saveAnswer(provider, { selfAssessmentId: id, questionId: question("vg-1-beskrivning").id, value: "Någon text.", expectedVersion: 0 });
    await saveAnswer(provider, { selfAssessmentId: id, questionId, value: "3", expectedVersion: 0 });
    await adminDb.answer.deleteMany({ where: { selfAssessmentId: id, questionId } });
    expect(await saveAnswer(provider, { selfAssessmentId: id, questionId, value: "", expectedVersion: 0 })).toEqual({ status: "saved", version: 0, value: null });
    expect(await adminDb.answer.count({ where: { selfAssessmentId: id, questionId } })).toBe(0);
    await saveAnswer(provider, { selfAssessmentId: id, questionId, value: "5", expectedVersion: 0 });
    expect(await saveAnswer(provider, { selfAssessmentId: id, questionId, value: "", expectedVersion: 1 })).toEqual({ status: "saved", version: 2, value: null });
    expect(await adminDb.answer.findFirstOrThrow({ where: { selfAssessmentId: id, questionId } })).toMatchObject({ value: null, version: 2 });
  });
});

describe("submission and reopening", () => {
  it("refuses to submit while required answers are missing, then submits and locks", async () => {
    const { provider, id, form, question } = await openAssessment();
    await expect(submitSelfAssessment(provider, id)).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/obligatoriska frågor saknar svar/) });

    const values: Record<string, unknown> = { STATUS: "YES", YES_NO: "YES", TEXT: "Beskrivet.", NUMBER: "3", PERCENT: "90", DATE: "2020-05-01" };
    for (const q of form.sections.flatMap((section) => section.questions)) {
      if (!q.isRequired || q.conditionQuestionId) continue;
      const value = q.type === "SINGLE_CHOICE" ? q.options[0] : q.type === "MULTI_CHOICE" ? [q.options[0]] : values[q.type];
      await saveAnswer(provider, { selfAssessmentId: id, questionId: q.id, value, expectedVersion: 0 });
    }
    await submitSelfAssessment(provider, id);
    const after = (await findSelfAssessmentForm(provider, id))!;
    expect(after).toMatchObject({ status: "SUBMITTED", editable: false });
    await expect(saveAnswer(provider, { selfAssessmentId: id, questionId: question("antal-placerade").id, value: "5", expectedVersion: 1 })).rejects.toMatchObject({
      message: "Egenrapporteringen är inskickad och kan inte ändras.",
    });

    // Only the quality developer reopens, with a reason that is audited and sent to the provider.
    await expect(reopenSelfAssessment(provider, id, "Vill ändra")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await reopenSelfAssessment(await ctxOf("kvalitet@sjovik.demo"), id, "Komplettera rutinen för avvikelser.");
    expect(await findSelfAssessmentForm(provider, id)).toMatchObject({ status: "REOPENED", editable: true, reopenReason: "Komplettera rutinen för avvikelser." });
    expect(await adminDb.auditLog.count({ where: { entity: "SelfAssessment", entityId: id, action: "reopen" } })).toBe(1);
    expect(await adminDb.outboxMessage.count({ where: { kind: "SELF_ASSESSMENT_REOPENED" } })).toBeGreaterThan(0);
  });
});
