import { describe, expect, it } from "vitest";
import { finaliseGrade, previewGrade } from "@/lib/data/grades";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { updateTenantSettings } from "@/lib/data/tenant-settings";
import { adminDb } from "../fixtures/admin-db";

async function setUp(providerName: string) {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "QUALITY_DEVELOPER" } });
  const ctx: TenantCtx = { tenantId: tenant.id, userId: membership.userId, role: "QUALITY_DEVELOPER", providerId: null };
  const cycle = await adminDb.followUpCycle.findFirstOrThrow({ where: { tenantId: tenant.id, year: 2020 } });
  const provider = await adminDb.provider.findFirstOrThrow({ where: { tenantId: tenant.id, name: { startsWith: providerName } } });
  return { ctx, cycleId: cycle.id, providerId: provider.id };
}

describe("grade snapshots", () => {
  it("computes the demo grade from the stored assessments, with the deciding requirement and last year's comparison", async () => {
    const { ctx, cycleId, providerId } = await setUp("Välfärd");
    const { result, current } = await previewGrade(ctx, cycleId, providerId);
    expect(result.grade).toBe("LOW");
    expect(result.reasons[0]).toMatchObject({ kind: "CRITICAL_UNMET", requirementCode: "ET-10" });
    expect(result.change).toMatchObject({ previousGrade: "LOW", direction: "same" });
    expect(current?.grade).toBe("LOW");
  });

  it("does not overwrite a finalised grade until the replacement is confirmed, then keeps the old one as history", async () => {
    const { ctx, cycleId, providerId } = await setUp("Caleo");
    const { current } = await previewGrade(ctx, cycleId, providerId);
    await expect(finaliseGrade(ctx, cycleId, providerId)).rejects.toMatchObject({ code: "CONFLICT" });

    const { snapshotId, result } = await finaliseGrade(ctx, cycleId, providerId, current!.id);
    expect(result.grade).toBe("NOTABLY_MATURE");
    const snapshots = await adminDb.gradeSnapshot.findMany({ where: { cycleId, providerId }, orderBy: { createdAt: "asc" } });
    expect(snapshots).toHaveLength(2);
    expect(snapshots[0]!.supersededAt).toBeInstanceOf(Date);
    expect(snapshots[1]).toMatchObject({ id: snapshotId, supersededAt: null, grade: "NOTABLY_MATURE" });
    expect(await adminDb.auditLog.count({ where: { entity: "GradeSnapshot", entityId: snapshotId, action: "replace" } })).toBe(1);
  });

  it("refuses a provider that is not in the cycle", async () => {
    const { ctx, cycleId } = await setUp("Caleo");
    const other = await adminDb.provider.findFirstOrThrow({ where: { name: "Klivet boendestöd" } });
    await expect(previewGrade(ctx, cycleId, other.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the tenant's scoring rules", () => {
  it("decide the computed grade and are stored with a finalised one", async () => {
    const { ctx, cycleId, providerId } = await setUp("Youth and Care");
    expect((await previewGrade(ctx, cycleId, providerId)).result.grade).toBe("ADEQUATE");
    const points = { ACHIEVED: 1, PARTIALLY_ACHIEVED: 0.5, NOT_ACHIEVED: 0, YES: 1, IN_PROGRESS: 0.5, NO: 0 };
    await updateTenantSettings(ctx, { scoring: { points, thresholds: { notablyMature: 1, adequate: 0.99 } } });
    const { result, current, config } = await previewGrade(ctx, cycleId, providerId);
    expect(config.thresholds.adequate).toBe(0.99);
    expect(result.total).toBeLessThan(0.99);
    expect(result.grade).toBe("LOW");
    expect(result.reasons.map((reason) => reason.kind)).toContain("BELOW_THRESHOLD");

    await finaliseGrade(ctx, cycleId, providerId, current!.id);
    const snapshot = await adminDb.gradeSnapshot.findFirstOrThrow({ where: { cycleId, providerId, supersededAt: null } });
    expect(snapshot.config).toMatchObject({ thresholds: { adequate: 0.99 } });
  });

  it("fall back to the defaults when the stored rules are inconsistent", async () => {
    const { ctx, cycleId, providerId } = await setUp("Caleo");
    await adminDb.tenant.update({ where: { id: ctx.tenantId }, data: { settings: { scoring: { points: {}, thresholds: { notablyMature: 0.5, adequate: 0.9 } } } } });
    const { config } = await previewGrade(ctx, cycleId, providerId);
    expect(config.thresholds).toEqual({ notablyMature: 0.95, adequate: 0.75 });
  });
});
