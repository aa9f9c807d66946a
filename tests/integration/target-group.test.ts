import { describe, expect, it } from "vitest";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { getTargetGroup } from "@/lib/data/target-group";
import type { Figure } from "@/lib/domain/target-group";
import { parseDate } from "@/lib/format";
import { adminDb } from "../fixtures/admin-db";

async function ctxOf(slug: string): Promise<TenantCtx> {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "QUALITY_DEVELOPER" } });
  return { tenantId: tenant.id, userId: membership.userId, role: "QUALITY_DEVELOPER", providerId: null };
}

const count = (figure: Figure) => (figure.status === "shown" ? figure.count : figure.status);
const AUGUST_31_2020 = parseDate("2020-08-31");

describe("target-group tables from the placement register", () => {
  it("give seed 000 §1.4 on 31 August 2020: 81 young people, 13 girls, forms 9/14/4/18/24/12, ages and asylum status as in docs/demo-data.md", async () => {
    const { tables } = await getTargetGroup(await ctxOf("sjovik"), AUGUST_31_2020, false);
    expect(count(tables.total)).toBe(81);
    expect(tables.genderByAge.rows.map((row) => [row.label, count(row.count)])).toEqual([
      ["Flicka", 13],
      ["Pojke", 68],
    ]);
    expect(tables.genderByAge.columnTotals.map(count)).toEqual([9, 17, 30, 25]);
    expect(tables.placementForms.map((group) => [group.label, count(group.count)])).toEqual([
      ["Jourhem", 9],
      ["Familjehem", 14],
      ["HVB", 4],
      ["Stödboende", 18],
      ["Träningslägenhet", 24],
      ["Eget boende", 12],
    ]);
    expect(tables.asylumStatus.map((group) => [group.label, count(group.count)])).toEqual([
      ["PUT", 55],
      ["TUT", 20],
      ["Asylsökande", 4],
      ["Avslag", 2],
    ]);
  });

  it("as published, hide HVB's 4, the 4 asylum seekers and the 2 rejections, and what would give them away", async () => {
    const { tables, threshold } = await getTargetGroup(await ctxOf("sjovik"), AUGUST_31_2020, true);
    expect(threshold).toBe(5);
    expect(count(tables.total)).toBe(81);
    expect(count(tables.placementForms.find((group) => group.label === "HVB")!.count)).toBe("small");
    expect(tables.placementForms.filter((group) => group.count.status !== "shown").length).toBeGreaterThanOrEqual(2);
    // Two small groups hide each other: their sum (6) is known, neither alone is.
    expect(tables.asylumStatus.map((group) => count(group.count))).toEqual([55, 20, "small", "small"]);
  });

  it("counts only placements current on the day, and only the tenant's own", async () => {
    const before = await getTargetGroup(await ctxOf("sjovik"), parseDate("2015-01-01"), false);
    expect(count(before.tables.total)).toBe(0);
    const bergsby = await getTargetGroup(await ctxOf("bergsby"), AUGUST_31_2020, false);
    expect(count(bergsby.tables.total)).toBe(0);
  });
});
