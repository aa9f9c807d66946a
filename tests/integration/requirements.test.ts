import { describe, expect, it } from "vitest";
import { importRequirements, listRequirements } from "@/lib/data/requirements";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { validateRequirementRows } from "@/lib/validation/requirement-import";
import { adminDb } from "../fixtures/admin-db";

async function qualityDeveloper(slug = "sjovik"): Promise<TenantCtx> {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "QUALITY_DEVELOPER" } });
  return { tenantId: tenant.id, userId: membership.userId, role: "QUALITY_DEVELOPER", providerId: null };
}

describe("requirement catalogue import", () => {
  it("creates new codes, updates existing ones, creates missing goal areas, and audits the import", async () => {
    const ctx = await qualityDeveloper();
    const { rows, errors } = validateRequirementRows([
      { kod: "VG-1", källa: "lag", referens: "SOSFS 2011:9", rubrik: "Synpunkter och klagomål (ny lydelse)", text: "Text", målområde: "Värdegrund", kvalitetsområden: "", kritisk: "nej", vikt: "2", bedömning: "" },
      { kod: "NY-1", källa: "kommunalt mål", referens: "", rubrik: "Digital delaktighet", text: "Text", målområde: "Digitalisering", kvalitetsområden: "Tillgänglighet", kritisk: "", vikt: "", bedömning: "aktivitet" },
    ]);
    expect(errors).toEqual([]);
    expect(await importRequirements(ctx, rows, "krav.xlsx")).toEqual({ created: 1, updated: 1 });
    const catalogue = await listRequirements(ctx);
    expect(catalogue.find((row) => row.code === "VG-1")?.title).toBe("Synpunkter och klagomål (ny lydelse)");
    expect(catalogue.find((row) => row.code === "NY-1")).toMatchObject({ goalArea: "Digitalisering", source: "MUNICIPAL_GOAL", qualityAreas: ["ACCESSIBILITY"], weight: 1 });
    expect(await adminDb.auditLog.count({ where: { tenantId: ctx.tenantId, entity: "Requirement", action: "import" } })).toBe(1);
    // The other municipality's catalogue is untouched.
    expect((await listRequirements(await qualityDeveloper("bergsby"))).map((row) => row.code)).not.toContain("NY-1");
  });
});
