import { describe, expect, it } from "vitest";
import { addDeviation, listDeviations, removeDeviation } from "@/lib/data/deviations";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { addDeviationSchema } from "@/lib/validation/deviation";
import { adminDb } from "../fixtures/admin-db";

async function setUp() {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "QUALITY_DEVELOPER" } });
  const ctx: TenantCtx = { tenantId: tenant.id, userId: membership.userId, role: "QUALITY_DEVELOPER", providerId: null };
  const provider = await adminDb.provider.findFirstOrThrow({ where: { tenantId: tenant.id, name: "Caleo omsorg" } });
  return { ctx, provider };
}

describe("the register of deviations, complaints, Lex Sarah and IVO", () => {
  it("lists the demo records per year and provider (Lex Sarah 2020 at Välfärd and Casa)", async () => {
    const { ctx } = await setUp();
    const rows = await listDeviations(ctx, { year: 2020 });
    expect(rows.filter((row) => row.kind === "LEX_SARAH_REPORT").map((row) => row.providerName).sort()).toEqual(["Casa Omsorg", "Välfärd samhällsservice – träningsboende"]);
    expect(rows.every((row) => row.year === 2020)).toBe(true);
  });

  it("registers an IVO decision with findings and removes it again, audited both times", async () => {
    const { ctx, provider } = await setUp();
    const input = addDeviationSchema.parse({ providerId: provider.id, year: "2021", kind: "IVO_DECISION", count: "1", occurredOn: "2021-05-04", hasFindings: "ja", summary: "Brister i dokumentationen." });
    const { id } = await addDeviation(ctx, input);
    expect((await listDeviations(ctx, { providerId: provider.id, year: 2021 }))[0]).toMatchObject({ id, hasFindings: true, occurredOn: "2021-05-04" });
    await removeDeviation(ctx, id);
    expect(await listDeviations(ctx, { providerId: provider.id, year: 2021 })).toEqual([]);
    expect(await adminDb.auditLog.count({ where: { entity: "DeviationRecord", entityId: id } })).toBe(2);
  });

  it("refuses a provider of another municipality", async () => {
    const { ctx } = await setUp();
    const other = await adminDb.provider.findFirstOrThrow({ where: { tenant: { slug: "bergsby" } } });
    await expect(addDeviation(ctx, addDeviationSchema.parse({ providerId: other.id, year: 2021, kind: "COMPLAINT", count: 2 }))).rejects.toMatchObject({ code: "INVALID" });
  });

  it("refuses a personnummer in the summary and a date outside the year, in Swedish", () => {
    const { providerId } = { providerId: "01a20c33-4d3b-747d-9c45-29a376e249f8" };
    const messages = (input: Record<string, string>) => addDeviationSchema.safeParse({ providerId, year: "2020", kind: "COMPLAINT", count: "1", ...input }).error?.issues.map((issue) => issue.message);
    expect(messages({ summary: "Gäller 811218-9876" })).toEqual(["Texten ser ut att innehålla ett personnummer. Registret ska vara utan personuppgifter – ta bort numret."]);
    expect(messages({ occurredOn: "2019-12-31" })).toEqual(["Datumet ska ligga inom det angivna året."]);
    expect(messages({})).toBeUndefined();
  });
});
