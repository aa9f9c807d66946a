import { describe, expect, it } from "vitest";
import { endPlacement, importPlacements, listPlacements, savePlacement } from "@/lib/data/placements";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { readSpreadsheet } from "@/lib/import/spreadsheet";
import { adminDb } from "../fixtures/admin-db";

async function setUp() {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "SOCIAL_SECRETARY" } });
  const ctx: TenantCtx = { tenantId: tenant.id, userId: membership.userId, role: "SOCIAL_SECRETARY", providerId: null };
  return { ctx, before: await adminDb.placement.count({ where: { tenantId: tenant.id } }) };
}

const csv = (lines: string[]) => new TextEncoder().encode(["kod;utförare;placeringsform;åldersgrupp;kön;asylstatus;behov;startdatum;slutdatum", ...lines].join("\n"));

describe("importing placements", () => {
  it("reports every bad row with its line number and imports nothing", async () => {
    const { ctx, before } = await setUp();
    const rows = await readSpreadsheet(
      "placeringar.csv",
      csv([
        "P-2021-0001;Caleo omsorg;Stödboende;16–17 år;Pojke;PUT;;2021-01-10;",
        "Anna Svensson;Caleo omsorg;Stödboende;16–17;Pojke;;;2021-01-10;",
        "P-2021-0003;Okänd AB;Stödboende;16–17;Flicka;;;2021-01-10;",
        "P-2021-0004;Caleo omsorg;Slott;99 år;Katt;;;10/1 2021;",
        "P-2021-0001;Caleo omsorg;Familjehem;18–20;Pojke;TUT;Mer omfattande;2021-02-01;2021-01-01",
        "811218-9876;Caleo omsorg;Stödboende;16–17;Pojke;;;2021-01-10;",
      ]),
    );
    const result = await importPlacements(ctx, rows, "placeringar.csv");
    expect(result.status).toBe("invalid");
    if (result.status !== "invalid") return;
    expect([...new Set(result.errors.map((error) => error.row))]).toEqual([3, 4, 5, 6, 7]);
    const messages = result.errors.map((error) => `${error.row} ${error.message}`);
    expect(messages).toContain("4 utförare: Okänd AB finns inte bland kommunens utförare.");
    expect(messages.filter((message) => message.startsWith("5 ")).map((message) => message.split(":")[0])).toEqual(["5 åldersgrupp", "5 kön", "5 startdatum"]);
    expect(messages.some((message) => message.startsWith("3 kod: Koden ska vara en pseudonym"))).toBe(true);
    expect(messages.some((message) => message.startsWith("6 slutdatum: Slutdatum kan inte vara före startdatum"))).toBe(true);
    expect(messages.some((message) => message.startsWith("7 kod:"))).toBe(true);
    expect(await adminDb.placement.count({ where: { tenantId: ctx.tenantId } })).toBe(before);
  });

  it("imports a clean file completely, updating codes that exist, audited", async () => {
    const { ctx, before } = await setUp();
    const existing = await adminDb.placement.findFirstOrThrow({ where: { tenantId: ctx.tenantId }, orderBy: { code: "asc" } });
    const rows = await readSpreadsheet(
      "placeringar.csv",
      csv([
        "P-2021-0101;Caleo omsorg;Stödboende;16–17 år;Pojke;PUT;;2021-01-10;",
        "P-2021-0102;Svenska familjehem;familjehem;0–15;flicka;asylsökande;mer omfattande;2021-03-01;2021-06-30",
        `${existing.code};Caleo omsorg;Träningslägenhet;18–20;Pojke;TUT;;2020-01-01;`,
      ]),
    );
    expect(await importPlacements(ctx, rows, "placeringar.csv")).toEqual({ status: "imported", created: 2, updated: 1 });
    expect(await adminDb.placement.count({ where: { tenantId: ctx.tenantId } })).toBe(before + 2);
    expect(await adminDb.placement.findFirstOrThrow({ where: { tenantId: ctx.tenantId, code: "P-2021-0102" } })).toMatchObject({
      ageBand: "AGE_0_15",
      gender: "GIRL",
      asylumStatus: "ASYLUM_SEEKER",
      needsLevel: "EXTENSIVE",
    });
    expect(await adminDb.auditLog.count({ where: { tenantId: ctx.tenantId, entity: "Placement", action: "import" } })).toBe(1);
  });
});

describe("the placement register", () => {
  it("creates, changes and ends a placement; refuses a code in use and an end before the start", async () => {
    const { ctx } = await setUp();
    const row = { kod: "P-2021-0201", utförare: "Caleo omsorg", placeringsform: "Stödboende", åldersgrupp: "AGE_16_17", kön: "BOY", asylstatus: null, behov: "STANDARD", startdatum: "2021-01-10", slutdatum: null } as const;
    const { id } = await savePlacement(ctx, row);
    await savePlacement(ctx, { ...row, id, utförare: "Svenska familjehem", placeringsform: "Familjehem" });
    expect((await listPlacements(ctx, id))[0]).toMatchObject({ providerName: "Svenska familjehem", serviceType: "Familjehem", endsOn: null });
    await expect(savePlacement(ctx, { ...row, kod: (await adminDb.placement.findFirstOrThrow({ where: { tenantId: ctx.tenantId, id: { not: id } } })).code })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(endPlacement(ctx, id, "2020-12-31")).rejects.toMatchObject({ code: "INVALID" });
    await endPlacement(ctx, id, "2021-06-30");
    expect((await listPlacements(ctx, id))[0]!.endsOn).toBe("2021-06-30");
    expect(await adminDb.auditLog.count({ where: { entity: "Placement", entityId: id } })).toBe(3);
  });
});
