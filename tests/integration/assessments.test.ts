import { describe, expect, it } from "vitest";
import { findReviewWorkspace, saveAssessment, saveReviewSummary } from "@/lib/data/assessments";
import { addReviewComment, findReviewComments, removeReviewComment } from "@/lib/data/review-comments";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { adminDb } from "../fixtures/admin-db";

async function setUp() {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "QUALITY_DEVELOPER" } });
  const ctx: TenantCtx = { tenantId: tenant.id, userId: membership.userId, role: "QUALITY_DEVELOPER", providerId: null };
  const cycle = await adminDb.followUpCycle.findFirstOrThrow({ where: { tenantId: tenant.id, year: 2020 } });
  const provider = await adminDb.provider.findFirstOrThrow({ where: { tenantId: tenant.id, name: "Youth and Care" } });
  const selfAssessment = await adminDb.selfAssessment.findFirstOrThrow({ where: { cycleId: cycle.id, providerId: provider.id } });
  return { ctx, cycleId: cycle.id, providerId: provider.id, selfAssessmentId: selfAssessment.id };
}

async function ctxOf(tenantId: string, role: "SOCIAL_SECRETARY" | "PROVIDER", providerId: string | null = null): Promise<TenantCtx> {
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId, role } });
  return { tenantId, userId: membership.userId, role, providerId: providerId ?? membership.providerId };
}

describe("the review workspace", () => {
  it("shows each requirement with the provider's answers and the assessment so far", async () => {
    const { ctx, cycleId, providerId } = await setUp();
    const workspace = (await findReviewWorkspace(ctx, cycleId, providerId))!;
    expect(workspace.providerName).toBe("Youth and Care");
    expect(workspace.items).toHaveLength(32);
    const process = workspace.items.find((item) => item.code === "ET-3")!;
    expect(process.assessment).toMatchObject({ value: { result: "PARTIALLY_ACHIEVED" }, version: 1 });
    expect(process.answers[0]!.question).toMatch(/Arbetsprocess med kund/);
    expect(process.commentQuestionId).toBe(process.answers[0]!.questionId);
  });

  it("saves an assessment with strengths and improvement areas from the version it started from, and refuses a stale one", async () => {
    const { ctx, cycleId, providerId } = await setUp();
    const requirement = await adminDb.requirement.findFirstOrThrow({ where: { tenantId: ctx.tenantId, code: "ET-3" } });
    const input = {
      cycleId,
      providerId,
      requirementId: requirement.id,
      result: "ACHIEVED" as const,
      motivation: "Processen är nu dokumenterad.",
      strengths: "Tydlig ansvarsfördelning.",
      improvementAreas: "Följ upp rutinen årligen.",
      expectedVersion: 1,
    };
    expect(await saveAssessment(ctx, input)).toEqual({ status: "saved", version: 2 });
    expect(await saveAssessment(ctx, { ...input, result: "NOT_ACHIEVED" })).toEqual({
      status: "conflict",
      version: 2,
      current: { result: "ACHIEVED", motivation: "Processen är nu dokumenterad.", strengths: "Tydlig ansvarsfördelning.", improvementAreas: "Följ upp rutinen årligen." },
    });
    const stored = await adminDb.assessment.findFirstOrThrow({ where: { cycleId, providerId, requirementId: requirement.id } });
    expect(stored).toMatchObject({ outcome: "ACHIEVED", strengths: "Tydlig ansvarsfördelning.", improvementAreas: "Följ upp rutinen årligen.", version: 2 });
    expect(await adminDb.auditLog.count({ where: { entity: "Assessment", action: "save" } })).toBe(1);
  });

  it("keeps a motivation written before the result, and then counts the requirement as not assessed", async () => {
    const { ctx, cycleId, providerId } = await setUp();
    const requirement = await adminDb.requirement.findFirstOrThrow({ where: { tenantId: ctx.tenantId, code: "ET-4" } });
    const before = await adminDb.assessment.findFirst({ where: { cycleId, providerId, requirementId: requirement.id } });
    await saveAssessment(ctx, { cycleId, providerId, requirementId: requirement.id, motivation: "Behöver se rutinen först.", expectedVersion: before?.version ?? 0 });
    const stored = await adminDb.assessment.findFirstOrThrow({ where: { cycleId, providerId, requirementId: requirement.id } });
    expect(stored).toMatchObject({ outcome: null, motivation: "Behöver se rutinen först." });
    const workspace = (await findReviewWorkspace(ctx, cycleId, providerId))!;
    expect(workspace.items.find((item) => item.code === "ET-4")!.assessment.value.result).toBeNull();
  });

  it("needs a result of the requirement's own scale", async () => {
    const { ctx, cycleId, providerId } = await setUp();
    const item = await adminDb.requirement.findFirstOrThrow({ where: { tenantId: ctx.tenantId, code: "TS-03" } });
    await expect(saveAssessment(ctx, { cycleId, providerId, requirementId: item.id, result: "ACHIEVED", expectedVersion: 1 })).rejects.toMatchObject({
      message: "Välj Ja, Nej, Pågår eller Inte aktuellt.",
    });
  });

  it("stores the review's summary, audited", async () => {
    const { ctx, cycleId, providerId } = await setUp();
    await saveReviewSummary(ctx, { cycleId, providerId, strengths: "Stabil personalgrupp.", improvementAreas: "Dokumentation av genomförandeplaner." });
    const workspace = (await findReviewWorkspace(ctx, cycleId, providerId))!;
    expect(workspace.summary).toEqual({ strengths: "Stabil personalgrupp.", improvementAreas: "Dokumentation av genomförandeplaner." });
    expect(await adminDb.auditLog.count({ where: { entity: "CycleProvider", action: "saveSummary" } })).toBe(1);
  });
});

describe("the municipality's comments on a provider's answers", () => {
  it("are shown to municipal users beside the requirement, never to the provider", async () => {
    const { ctx, cycleId, providerId, selfAssessmentId } = await setUp();
    const secretary = await ctxOf(ctx.tenantId, "SOCIAL_SECRETARY");
    const before = (await findReviewWorkspace(ctx, cycleId, providerId))!;
    const item = before.items.find((entry) => entry.code === "ET-3")!;
    await addReviewComment(secretary, { selfAssessmentId, questionId: item.commentQuestionId!, body: "Stämmer med det vi ser i placeringarna." });

    const after = (await findReviewWorkspace(ctx, cycleId, providerId))!;
    expect(after.items.find((entry) => entry.code === "ET-3")!.comments).toMatchObject([{ body: "Stämmer med det vi ser i placeringarna.", mine: false }]);
    expect(await findReviewComments(secretary, selfAssessmentId)).toMatchObject([{ mine: true }]);

    const provider = await ctxOf(ctx.tenantId, "PROVIDER", providerId);
    expect(await findReviewComments(provider, selfAssessmentId)).toEqual([]);
  });

  it("may be removed by their author only", async () => {
    const { ctx, selfAssessmentId } = await setUp();
    const secretary = await ctxOf(ctx.tenantId, "SOCIAL_SECRETARY");
    const { id } = await addReviewComment(secretary, { selfAssessmentId, body: "Allmän kommentar." });
    const { cycleId, providerId } = await setUp();
    expect((await findReviewWorkspace(ctx, cycleId, providerId))!.otherComments).toMatchObject([{ body: "Allmän kommentar." }]);
    await expect(removeReviewComment(ctx, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await removeReviewComment(secretary, id);
    expect(await adminDb.reviewComment.count({ where: { id } })).toBe(0);
  });

  it("refuse a question from another questionnaire and a self-assessment of another tenant", async () => {
    const { ctx, cycleId, selfAssessmentId } = await setUp();
    const cycle = await adminDb.followUpCycle.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: cycleId } } });
    const otherQuestion = await adminDb.question.findFirstOrThrow({ where: { tenantId: ctx.tenantId, versionId: { not: cycle.templateVersionId! } } });
    await expect(addReviewComment(ctx, { selfAssessmentId, questionId: otherQuestion.id, body: "Fel fråga." })).rejects.toMatchObject({ code: "INVALID" });
    const bergsby = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "bergsby" } });
    const bergsbyDeveloper = await adminDb.membership.findFirstOrThrow({ where: { tenantId: bergsby.id, role: "QUALITY_DEVELOPER" } });
    const outsider: TenantCtx = { tenantId: bergsby.id, userId: bergsbyDeveloper.userId, role: "QUALITY_DEVELOPER", providerId: null };
    await expect(addReviewComment(outsider, { selfAssessmentId, body: "Från fel kommun." })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
