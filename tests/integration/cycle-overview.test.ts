import { describe, expect, it } from "vitest";
import { getCycleOverviewTable } from "@/lib/data/cycle-overview";
import { saveAssessment } from "@/lib/data/assessments";
import { getSupervisionChecklist } from "@/lib/data/supervision-checklist";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { adminDb } from "../fixtures/admin-db";

async function setUp() {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "QUALITY_DEVELOPER" } });
  const ctx: TenantCtx = { tenantId: tenant.id, userId: membership.userId, role: "QUALITY_DEVELOPER", providerId: null };
  const cycle = await adminDb.followUpCycle.findFirstOrThrow({ where: { tenantId: tenant.id, year: 2020 } });
  return { ctx, cycleId: cycle.id };
}

describe("the cycle overview", () => {
  it("shows the 2020 providers with scores per goal area and the grades of seed 000 (2 / 6 / 1)", async () => {
    const { ctx, cycleId } = await setUp();
    const overview = (await getCycleOverviewTable(ctx, cycleId))!;
    expect(overview.rows).toHaveLength(9);
    const count = (grade: string) => overview.rows.filter((row) => row.grade === grade).length;
    expect([count("NOTABLY_MATURE"), count("ADEQUATE"), count("LOW")]).toEqual([2, 6, 1]);
    expect(overview.rows.every((row) => row.finalised)).toBe(true);
    expect(overview.goalAreas.length).toBeGreaterThanOrEqual(2);
    const low = overview.rows.find((row) => row.grade === "LOW")!;
    expect(low.providerName).toMatch(/^Välfärd/);
    expect(low.change).toBe("Oförändrad (förra: lägre kvalitetsmognad)");
    for (const row of overview.rows) for (const area of overview.goalAreas) expect(row.areaScores[area]).toBeGreaterThanOrEqual(0);
  });

  it("shows a preliminary grade from the assessments while nothing is finalised", async () => {
    const { ctx, cycleId } = await setUp();
    const provider = await adminDb.provider.findFirstOrThrow({ where: { tenantId: ctx.tenantId, name: "Youth and Care" } });
    await adminDb.gradeSnapshot.updateMany({ where: { cycleId, providerId: provider.id }, data: { supersededAt: new Date() } });
    const requirement = await adminDb.requirement.findFirstOrThrow({ where: { tenantId: ctx.tenantId, code: "ET-10" } });
    const stored = await adminDb.assessment.findFirstOrThrow({ where: { cycleId, providerId: provider.id, requirementId: requirement.id } });
    await saveAssessment(ctx, { cycleId, providerId: provider.id, requirementId: requirement.id, result: "NOT_ACHIEVED", expectedVersion: stored.version });

    const row = (await getCycleOverviewTable(ctx, cycleId))!.rows.find((entry) => entry.providerId === provider.id)!;
    expect(row).toMatchObject({ finalised: false, grade: "LOW", gradeLabel: "Lägre kvalitetsmognad (preliminär)" });
  });

  it("does not exist for another tenant", async () => {
    const { cycleId } = await setUp();
    const bergsby = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "bergsby" } });
    const member = await adminDb.membership.findFirstOrThrow({ where: { tenantId: bergsby.id, role: "QUALITY_DEVELOPER" } });
    expect(await getCycleOverviewTable({ tenantId: bergsby.id, userId: member.userId, role: "QUALITY_DEVELOPER", providerId: null }, cycleId)).toBeNull();
  });
});

describe("the supervision checklist of 2020", () => {
  it("counts the answers of the nine providers as the appendix of seed 000 describes", async () => {
    const { ctx, cycleId } = await setUp();
    const checklist = (await getSupervisionChecklist(ctx, cycleId))!;
    expect(checklist.providers).toHaveLength(9);
    expect(checklist.rows).toHaveLength(20);
    const item = (title: RegExp) => checklist.rows.find((row) => title.test(row.title))!;
    expect(item(/arbetar i enlighet med processerna/).counts).toEqual({ YES: 8, NO: 0, IN_PROGRESS: 1, NOT_APPLICABLE: 0 });
    expect(item(/Erforderliga tillstånd/).counts).toEqual({ YES: 8, NO: 0, IN_PROGRESS: 0, NOT_APPLICABLE: 1 });
    expect(item(/brandutbildning/).counts.YES).toBe(6);
    expect(item(/Erforderliga tillstånd/).comments).toHaveLength(1);
    for (const row of checklist.rows) expect(row.unanswered).toBe(0);
  });
});
