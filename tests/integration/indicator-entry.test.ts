import { describe, expect, it } from "vitest";
import { getIndicatorResults } from "@/lib/data/indicator-results";
import { getEntrySheet, listIndicators, saveIndicator, saveIndicatorValues } from "@/lib/data/indicators";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { adminDb } from "../fixtures/admin-db";

async function ctxFor(slug: string, role: "SOCIAL_SECRETARY" | "QUALITY_DEVELOPER"): Promise<TenantCtx> {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role } });
  return { tenantId: tenant.id, userId: membership.userId, role, providerId: null };
}

describe("indicator definitions", () => {
  it("are listed with their reported values, created with a unique code and changed (audited)", async () => {
    const ctx = await ctxFor("sjovik", "QUALITY_DEVELOPER");
    const before = await listIndicators(ctx);
    expect(before.map((indicator) => indicator.code)).toEqual(["GYMNASIUM", "EXTRAJOBB", "AKTIV_FRITID", "FRAMTIDSPLAN"]);
    expect(before.every((indicator) => indicator.reportedValues > 0)).toBe(true);

    const { id } = await saveIndicator(ctx, { code: "SKOLNARVARO", name: "Andel med minst 80 % närvaro i skolan", ageBands: ["AGE_0_15", "AGE_16_17"], isActive: true });
    await expect(saveIndicator(ctx, { code: "SKOLNARVARO", name: "Dubblett", ageBands: [], isActive: true })).rejects.toThrow(/används redan/);
    await saveIndicator(ctx, { id, code: "SKOLNARVARO", name: "Andel med minst 80 % närvaro", ageBands: [], isActive: false });
    const changed = (await listIndicators(ctx)).find((indicator) => indicator.id === id)!;
    expect(changed).toMatchObject({ name: "Andel med minst 80 % närvaro", ageBands: [], isActive: false, reportedValues: 0 });
    expect(await adminDb.auditLog.count({ where: { tenantId: ctx.tenantId, entity: "Indicator", entityId: id } })).toBe(2);
  });
});

describe("the indicator entry table", () => {
  it("lists the placements current during the year with the reported values, and 'n/a' where an indicator does not apply", async () => {
    const ctx = await ctxFor("sjovik", "SOCIAL_SECRETARY");
    const sheet = await getEntrySheet(ctx, 2020, { onlyMine: true });
    expect(sheet.indicators).toHaveLength(4);
    expect(sheet.rows.length).toBeGreaterThanOrEqual(81);
    const young = sheet.rows.find((row) => row.ageBand === "AGE_0_15")!;
    const extraJob = sheet.indicators.find((indicator) => /arbetar extra/.test(indicator.name))!;
    expect(young.values[extraJob.id]).toBe("n/a");
    // What the table shows for 2020 is what the results count: 52 % for extra jobs.
    const reported = sheet.rows.map((row) => row.values[extraJob.id]).filter((value) => typeof value === "boolean");
    expect(Math.round((reported.filter(Boolean).length / reported.length) * 1000) / 10).toBe(52);
    expect((await getEntrySheet(ctx, 2005, { onlyMine: false })).rows).toEqual([]);
  });

  it("saves set and cleared cells in one go, and the results follow", async () => {
    const ctx = await ctxFor("sjovik", "SOCIAL_SECRETARY");
    const sheet = await getEntrySheet(ctx, 2021, { onlyMine: false });
    const activeLeisure = sheet.indicators.find((indicator) => /aktiv fritid/.test(indicator.name))!;
    const [first, second, third] = sheet.rows;
    const result = await saveIndicatorValues(ctx, 2021, [
      { placementId: first!.placementId, indicatorId: activeLeisure.id, met: true },
      { placementId: second!.placementId, indicatorId: activeLeisure.id, met: false },
      { placementId: third!.placementId, indicatorId: activeLeisure.id, met: true },
    ]);
    expect(result).toEqual({ set: 3, cleared: 0 });
    // Change one, clear one: the same cells are updated, not duplicated.
    expect(await saveIndicatorValues(ctx, 2021, [
      { placementId: first!.placementId, indicatorId: activeLeisure.id, met: false },
      { placementId: third!.placementId, indicatorId: activeLeisure.id, met: null },
    ])).toEqual({ set: 1, cleared: 1 });
    const after = await getEntrySheet(ctx, 2021, { onlyMine: false });
    expect(after.rows.slice(0, 3).map((row) => row.values[activeLeisure.id])).toEqual([false, false, null]);
    const results = await getIndicatorResults(ctx);
    const cell = results.rows.find((row) => row.indicatorId === activeLeisure.id)!.cells.find((entry) => entry.year === 2021)!;
    expect(cell).toMatchObject({ status: "suppressed" });
    expect(await adminDb.auditLog.count({ where: { tenantId: ctx.tenantId, entity: "IndicatorValue", entityId: "2021" } })).toBe(2);
  });

  it("saves nothing when one cell is wrong: a placement of another tenant, one not current that year, or an indicator that does not apply", async () => {
    const ctx = await ctxFor("sjovik", "SOCIAL_SECRETARY");
    const sheet = await getEntrySheet(ctx, 2020, { onlyMine: false });
    const activeLeisure = sheet.indicators.find((indicator) => /aktiv fritid/.test(indicator.name))!;
    const extraJob = sheet.indicators.find((indicator) => /arbetar extra/.test(indicator.name))!;
    const good = { placementId: sheet.rows[0]!.placementId, indicatorId: activeLeisure.id, met: !sheet.rows[0]!.values[activeLeisure.id] };
    const count = () => adminDb.indicatorValue.count({ where: { tenantId: ctx.tenantId, year: 2020 } });
    const before = await count();

    const bergsby = await ctxFor("bergsby", "QUALITY_DEVELOPER");
    const foreignProvider = await adminDb.provider.findFirstOrThrow({ where: { tenantId: bergsby.tenantId } });
    const serviceType = await adminDb.serviceType.create({ data: { tenantId: bergsby.tenantId, code: "STODBOENDE", name: "Stödboende", category: "RESIDENTIAL" } });
    const foreign = await adminDb.placement.create({
      data: { tenantId: bergsby.tenantId, code: "B-0001", providerId: foreignProvider.id, serviceTypeId: serviceType.id, ageBand: "AGE_16_17", gender: "BOY", startsOn: new Date("2019-01-01") },
    });
    await expect(saveIndicatorValues(ctx, 2020, [good, { placementId: foreign.id, indicatorId: activeLeisure.id, met: true }])).rejects.toThrow(/finns inte eller pågick inte/);
    await expect(saveIndicatorValues(ctx, 2014, [good])).rejects.toThrow(/pågick inte under 2014/);
    const young = sheet.rows.find((row) => row.ageBand === "AGE_0_15")!;
    await expect(saveIndicatorValues(ctx, 2020, [good, { placementId: young.placementId, indicatorId: extraJob.id, met: true }])).rejects.toThrow(/åldersgrupp/);
    expect(await count()).toBe(before);
    const stored = await adminDb.indicatorValue.findFirst({ where: { tenantId: ctx.tenantId, year: 2020, placementId: good.placementId, indicatorId: good.indicatorId } });
    expect(stored?.met ?? null).toBe(sheet.rows[0]!.values[activeLeisure.id]);
  });
});
