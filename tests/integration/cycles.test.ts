import { describe, expect, it } from "vitest";
import { createCycle, listPublishedVersions, openCycle } from "@/lib/data/cycles";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { adminDb } from "../fixtures/admin-db";

async function qualityDeveloper(): Promise<TenantCtx> {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, user: { email: "kvalitet@sjovik.demo" } } });
  return { tenantId: tenant.id, userId: membership.userId, role: "QUALITY_DEVELOPER", providerId: null };
}

const providerId = async (name: string, slug = "sjovik") => (await adminDb.provider.findFirstOrThrow({ where: { name, tenant: { slug } } })).id;

const base = {
  serviceArea: "Boende för ensamkommande barn och unga",
  year: 2021,
  periodStart: "2021-08-01",
  periodEnd: "2021-10-31",
  selfAssessmentDueOn: "2021-09-15",
  assessmentDueOn: "2021-10-31",
};

describe("follow-up cycles", () => {
  it("opens a cycle: a self-assessment per provider, last year's answers carried forward, an invitation each", async () => {
    const ctx = await qualityDeveloper();
    const [latest] = await listPublishedVersions(ctx);
    expect(latest!.label).toMatch(/version 2$/);
    const caleo = await providerId("Caleo omsorg");
    const nyasteg = await providerId("Nya steg boende");
    const { id } = await createCycle(ctx, { ...base, name: "Uppföljning 2021", templateVersionId: latest!.id, providerIds: [caleo, nyasteg, caleo] });
    expect(await adminDb.cycleProvider.count({ where: { cycleId: id } })).toBe(2);

    const result = await openCycle(ctx, id, (sa) => `https://x/egenrapportering/${sa}`);
    expect(result.opened).toBe(2);
    const assessments = await adminDb.selfAssessment.findMany({ where: { cycleId: id }, include: { _count: { select: { answers: true } } } });
    const caleoAssessment = assessments.find((row) => row.providerId === caleo)!;
    // Caleo answered in 2020; Nya steg was never followed up and starts empty.
    expect(caleoAssessment.copiedFromId).not.toBeNull();
    expect(caleoAssessment._count.answers).toBeGreaterThan(30);
    expect(assessments.find((row) => row.providerId === nyasteg)!._count.answers).toBe(0);
    const invitation = await adminDb.outboxMessage.findFirstOrThrow({ where: { kind: "CYCLE_INVITATION", toAddress: "utforare@caleo.demo" } });
    expect(invitation.bodyText).toContain(`https://x/egenrapportering/${caleoAssessment.id}`);
    expect(invitation.bodyText).toContain("Förra årets svar är ifyllda");
    expect(await adminDb.followUpCycle.findFirstOrThrow({ where: { id } })).toMatchObject({ status: "OPEN" });

    await expect(openCycle(ctx, id, (sa) => sa)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses another tenant's provider and an unpublished version, writing nothing", async () => {
    const ctx = await qualityDeveloper();
    const [latest] = await listPublishedVersions(ctx);
    const bergsbyProvider = await providerId("Bergsby familjehem", "bergsby");
    await expect(createCycle(ctx, { ...base, name: "Smuggel", templateVersionId: latest!.id, providerIds: [bergsbyProvider] })).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      createCycle(ctx, { ...base, name: "Fel version", templateVersionId: "00000000-0000-4000-8000-000000000000", providerIds: [await providerId("Caleo omsorg")] }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await adminDb.followUpCycle.count({ where: { name: { in: ["Smuggel", "Fel version"] } } })).toBe(0);
  });
});
