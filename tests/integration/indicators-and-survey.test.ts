import { describe, expect, it } from "vitest";
import { getIndicatorResults } from "@/lib/data/indicator-results";
import { getSurveyResults } from "@/lib/data/survey-results";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { adminDb } from "../fixtures/admin-db";

async function readerCtx(): Promise<TenantCtx> {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "READER" } });
  return { tenantId: tenant.id, userId: membership.userId, role: "READER", providerId: null };
}

describe("indicator results", () => {
  it("give table 4 of seed 000 for 2017–2020, with 'ingen mätning' where nothing was measured", async () => {
    const results = await getIndicatorResults(await readerCtx());
    expect(results.years).toEqual([2017, 2018, 2019, 2020]);
    const shares = (name: RegExp) =>
      results.rows.find((row) => name.test(row.name))!.cells.map((cell) => (cell.status === "measured" ? cell.share : cell.status));
    expect(shares(/gymnasieprogram/)).toEqual(["none", 38, 68, 78.5]);
    expect(shares(/arbetar extra/)).toEqual([11, 29, 69, 52]);
    expect(shares(/aktiv fritid/)).toEqual([92, 78, 80, 40.5]);
    expect(shares(/framtidsplan/)).toEqual(["none", 64, 53.3, 95]);
    expect(results.rows.find((row) => /arbetar extra/.test(row.name))!.trend).toBe(-17);
  });

  it("narrow to one provider, and stay inside the tenant", async () => {
    const ctx = await readerCtx();
    const all = await getIndicatorResults(ctx);
    const provider = all.providers[0]!;
    const one = await getIndicatorResults(ctx, provider.id);
    const reported = (results: typeof all) => results.rows.flatMap((row) => row.cells).reduce((sum, cell) => sum + ("reported" in cell ? cell.reported : 0), 0);
    expect(reported(one)).toBeLessThan(reported(all));
    const bergsby = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "bergsby" } });
    const member = await adminDb.membership.findFirstOrThrow({ where: { tenantId: bergsby.id, role: "QUALITY_DEVELOPER" } });
    expect((await getIndicatorResults({ tenantId: bergsby.id, userId: member.userId, role: "QUALITY_DEVELOPER", providerId: null })).rows).toEqual([]);
  });
});

describe("survey results", () => {
  it("give 69 of 96 (72 %) in 2020 and hide jourhem's 3 answers and one more group", async () => {
    const results = await getSurveyResults(await readerCtx(), 2020, "placeringsform");
    expect(results.byYear.map((entry) => entry.year)).toEqual([2017, 2018, 2020]);
    expect(results.selected!.result).toMatchObject({ respondents: 69, sent: 96, responseRate: 71.9 });
    const groups = results.selected!.result.groups;
    expect(groups.find((group) => group.label === "Jourhem")!.respondents).toBeNull();
    expect(groups.filter((group) => group.respondents === null)).toHaveLength(2);
    const trygg = results.statements.find((statement) => /trygg/.test(statement.text))!;
    expect(results.selected!.result.overall![trygg.id]).toMatchObject({ answered: 69, red: 11.6 });
  });

  it("break down by gender and age: 10 girls, all age groups large enough", async () => {
    const byGender = await getSurveyResults(await readerCtx(), 2020, "kon");
    expect(byGender.selected!.result.groups.find((group) => group.key === "GIRL")!.respondents).toBe(10);
    const byAge = await getSurveyResults(await readerCtx(), 2020, "alder");
    expect(byAge.selected!.result.groups.filter((group) => group.respondents && group.respondents > 0).map((group) => group.respondents)).toEqual([16, 22, 31]);
  });
});
