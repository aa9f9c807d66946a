import { describe, expect, it } from "vitest";
import { createCycle } from "@/lib/data/cycles";
import { confirmSelection, getSelectionWorkspace } from "@/lib/data/selection";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { adminDb } from "../fixtures/admin-db";

async function setUp() {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "QUALITY_DEVELOPER" } });
  const ctx: TenantCtx = { tenantId: tenant.id, userId: membership.userId, role: "QUALITY_DEVELOPER", providerId: null };
  const cycle2020 = await adminDb.followUpCycle.findFirstOrThrow({ where: { tenantId: tenant.id, year: 2020 } });
  return { ctx, cycle2020 };
}

async function planningCycle(ctx: TenantCtx, someProviderId: string, name: string) {
  const version = await adminDb.questionnaireVersion.findFirstOrThrow({ where: { tenantId: ctx.tenantId, status: "PUBLISHED" } });
  return createCycle(ctx, {
    name,
    serviceArea: "Boende för ensamkommande barn och unga",
    year: 2021,
    periodStart: "2020-08-01",
    periodEnd: "2020-10-31",
    selfAssessmentDueOn: "2020-09-15",
    assessmentDueOn: "2020-10-31",
    templateVersionId: version.id,
    providerIds: [someProviderId],
  });
}

describe("the selection of a cycle", () => {
  it("computes the criteria from the registers and proposes a reproducible selection", async () => {
    const { ctx, cycle2020 } = await setUp();
    const workspace = (await getSelectionWorkspace(ctx, cycle2020.id))!;
    expect(workspace.candidates).toHaveLength(19);
    expect(workspace.proposal.facts.reduce((sum, fact) => sum + fact.placements, 0)).toBeGreaterThan(0);
    expect(workspace.proposal.seed).toBe("sjovik-2020");
    expect(workspace.selected.size).toBe(9);
    const again = (await getSelectionWorkspace(ctx, cycle2020.id))!;
    expect(again.proposal).toEqual(workspace.proposal);
    const withOtherSeed = (await getSelectionWorkspace(ctx, cycle2020.id, "annat-frö"))!;
    expect(withOtherSeed.proposal.seed).toBe("annat-frö");
  });

  it("is confirmed with the reasons recomputed on the server, hand-picked providers marked as such, audited", async () => {
    const { ctx } = await setUp();
    const providers = await adminDb.provider.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { name: "asc" } });
    const { id: cycleId } = await planningCycle(ctx, providers[0]!.id, "Urval A");
    const workspace = (await getSelectionWorkspace(ctx, cycleId, "prov-2021"))!;
    const proposed = workspace.proposal.proposals.map((entry) => entry.providerId);
    const manual = providers.find((provider) => !proposed.includes(provider.id))!;

    await confirmSelection(ctx, { cycleId, seed: "prov-2021", providerIds: [...proposed, manual.id] });
    const rows = await adminDb.cycleProvider.findMany({ where: { cycleId } });
    expect(rows).toHaveLength(proposed.length + 1);
    expect(rows.find((row) => row.providerId === manual.id)!.reasons).toEqual(["MANUAL"]);
    for (const entry of workspace.proposal.proposals) expect(rows.find((row) => row.providerId === entry.providerId)!.reasons).toEqual(entry.reasons);
    expect(await adminDb.followUpCycle.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: cycleId } } })).toMatchObject({
      selectionSeed: "prov-2021",
      providerCountAtSelection: 19,
    });
    expect(await adminDb.auditLog.count({ where: { entity: "FollowUpCycle", entityId: cycleId, action: "confirmSelection" } })).toBe(1);
  });

  it("refuses changes once the cycle is open, and providers of another municipality", async () => {
    const { ctx, cycle2020 } = await setUp();
    const providers = await adminDb.provider.findMany({ where: { tenantId: ctx.tenantId }, take: 1 });
    await expect(confirmSelection(ctx, { cycleId: cycle2020.id, seed: "x", providerIds: [providers[0]!.id] })).rejects.toMatchObject({ code: "CONFLICT" });

    const { id: cycleId } = await planningCycle(ctx, providers[0]!.id, "Urval B");
    const bergsbyProvider = await adminDb.provider.findFirstOrThrow({ where: { tenant: { slug: "bergsby" } } });
    await expect(confirmSelection(ctx, { cycleId, seed: "x", providerIds: [bergsbyProvider.id] })).rejects.toMatchObject({ code: "INVALID" });
    expect(await adminDb.cycleProvider.count({ where: { cycleId } })).toBe(1);
  });
});
