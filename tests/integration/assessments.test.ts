import { describe, expect, it } from "vitest";
import { findReviewWorkspace, saveAssessment } from "@/lib/data/assessments";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { adminDb } from "../fixtures/admin-db";

async function setUp() {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "QUALITY_DEVELOPER" } });
  const ctx: TenantCtx = { tenantId: tenant.id, userId: membership.userId, role: "QUALITY_DEVELOPER", providerId: null };
  const cycle = await adminDb.followUpCycle.findFirstOrThrow({ where: { tenantId: tenant.id, year: 2020 } });
  const provider = await adminDb.provider.findFirstOrThrow({ where: { tenantId: tenant.id, name: "Youth and Care" } });
  return { ctx, cycleId: cycle.id, providerId: provider.id };
}

describe("the review workspace", () => {
  it("shows each requirement with the provider's answers and the assessment so far", async () => {
    const { ctx, cycleId, providerId } = await setUp();
    const workspace = (await findReviewWorkspace(ctx, cycleId, providerId))!;
    expect(workspace.providerName).toBe("Youth and Care");
    expect(workspace.items).toHaveLength(32);
    const process = workspace.items.find((item) => item.code === "ET-3")!;
    expect(process.assessment).toMatchObject({ outcome: "PARTIALLY_ACHIEVED", version: 1 });
    expect(process.answers[0]!.question).toMatch(/Arbetsprocess med kund/);
  });

  it("saves an assessment from the version it started from, and refuses a stale one", async () => {
    const { ctx, cycleId, providerId } = await setUp();
    const requirement = await adminDb.requirement.findFirstOrThrow({ where: { tenantId: ctx.tenantId, code: "ET-3" } });
    const input = { cycleId, providerId, requirementId: requirement.id, outcome: "ACHIEVED" as const, motivation: "Processen är nu dokumenterad.", expectedVersion: 1 };
    expect(await saveAssessment(ctx, input)).toEqual({ status: "saved", version: 2 });
    expect(await saveAssessment(ctx, { ...input, outcome: "NOT_ACHIEVED" })).toEqual({ status: "conflict", version: 2 });
    const stored = await adminDb.assessment.findFirstOrThrow({ where: { cycleId, providerId, requirementId: requirement.id } });
    expect(stored).toMatchObject({ outcome: "ACHIEVED", motivation: "Processen är nu dokumenterad.", version: 2 });
    expect(await adminDb.auditLog.count({ where: { entity: "Assessment", action: "save" } })).toBe(1);
  });

  it("needs a result of the requirement's own scale", async () => {
    const { ctx, cycleId, providerId } = await setUp();
    const item = await adminDb.requirement.findFirstOrThrow({ where: { tenantId: ctx.tenantId, code: "TS-03" } });
    await expect(saveAssessment(ctx, { cycleId, providerId, requirementId: item.id, outcome: "ACHIEVED", expectedVersion: 1 })).rejects.toMatchObject({
      message: "Välj Ja, Nej, Pågår eller Inte aktuellt.",
    });
  });
});
