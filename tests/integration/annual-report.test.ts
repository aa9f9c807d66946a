import { describe, expect, it } from "vitest";
import { createReport, findPublishedReport, getReport, listPublishedReports, publishReport, saveReportSection, unpublishReport } from "@/lib/data/reports";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { annualNarrativeTitle } from "@/lib/report/annual";
import { tablesOf, type ReportDocument } from "@/lib/report/document";
import { adminDb } from "../fixtures/admin-db";

async function quality(): Promise<TenantCtx> {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "QUALITY_DEVELOPER" } });
  return { tenantId: tenant.id, userId: membership.userId, role: "QUALITY_DEVELOPER", providerId: null };
}

async function demoReportId(ctx: TenantCtx) {
  return (await adminDb.report.findFirstOrThrow({ where: { tenantId: ctx.tenantId, year: 2020, template: "ANNUAL_QUALITY_REPORT" } })).id;
}

const table = (document: ReportDocument, id: string) => tablesOf(document).find((candidate) => candidate.id === id)!;
const facts = (document: ReportDocument) => document.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === "fact" ? [block.text] : [])));

describe("the demo 2020 annual report", () => {
  it("has seed 000's figures: placements per form, asylum status, gender, the indicator table and the survey's response rate", async () => {
    const ctx = await quality();
    const { document } = await getReport(ctx, await demoReportId(ctx));
    expect(document.sections.map((section) => section.title)).toEqual([
      "Inledning",
      "Urval",
      "Målgrupp",
      "De ungas nöjdhet",
      ...document.sections.filter((section) => section.key.startsWith("mal-")).map((section) => section.title),
      "Indikatorer",
      "Sammanfattande bedömning",
      "Bilaga: tillsynspunkter",
    ]);
    expect(table(document, "malgrupp-placeringsform").rows).toEqual([["Jourhem", "9"], ["Familjehem", "14"], ["HVB", "4"], ["Stödboende", "18"], ["Träningslägenhet", "24"], ["Eget boende", "12"], ["Totalt", "81"]]);
    expect(table(document, "malgrupp-asylstatus").rows).toEqual([["PUT", "55"], ["TUT", "20"], ["Asylsökande", "4"], ["Avslag", "2"], ["Totalt", "81"]]);
    expect(facts(document)).toContain("Den 2020-08-31 var 81 unga placerade, varav 13 flickor.");
    expect(table(document, "indikatorer")).toMatchObject({
      columns: ["Indikator", "2017", "2018", "2019", "2020"],
      rows: [
        ["Andel barn/unga i yrkes- eller högskoleförberedande gymnasieprogram", "ingen mätning", "38 %", "68 %", "78,5 %"],
        ["Andel ≥16 år som arbetar extra/feriearbetar", "11 %", "29 %", "69 %", "52 %"],
        ["Andel barn/unga med en aktiv fritid", "92 %", "78 %", "80 %", "40,5 %"],
        ["Andel barn/unga med en av boendet uppföljd framtidsplan", "ingen mätning", "64 %", "53,3 %", "95 %"],
      ],
    });
    expect(facts(document)).toContain("Nöjdhetsuppföljning ensamkommande 2020: 69 av 96 svarade (71,9 %).");
    expect(facts(document)).toContain("9 av kommunens 19 utförare följdes upp; hos dem bodde 46,9 % av de placerade unga.");
    expect(table(document, "sammanfattning-mognad").rows.map((row) => row[1])).toEqual(["2", "6", "1"]);
    const appendix = table(document, "bilaga-tillsyn");
    expect(appendix.columns).toEqual(["Punkt", "Ja", "Nej", "Pågår", "Inte aktuellt", "Kommentarer"]);
    expect(appendix.rows.every((row) => row.slice(1, 5).reduce((sum, count) => sum + Number(count), 0) === 9)).toBe(true);
  });

  it("is generated the same way twice from the same data", async () => {
    const ctx = await quality();
    const id = await demoReportId(ctx);
    expect((await getReport(ctx, id)).document).toEqual((await getReport(ctx, id)).document);
  });

  it("suppresses the small target groups when published, and the public page shows what was stored", async () => {
    const ctx = await quality();
    const id = await demoReportId(ctx);
    const published = (await getReport(ctx, id, { asPublished: true })).document;
    expect(table(published, "malgrupp-placeringsform").rows.find((row) => row[0] === "HVB")).toEqual(["HVB", "färre än 5"]);
    const { publicPath } = await publishReport(ctx, id);
    const [, , tenantSlug, slug] = publicPath.split("/");
    const page = await findPublishedReport(tenantSlug!, slug!);
    expect(table(page!.document, "malgrupp-asylstatus").rows.find((row) => row[0] === "Avslag")).toEqual(["Avslag", "färre än 5"]);
    expect((await listPublishedReports(tenantSlug!))!.reports.map((report) => report.path)).toEqual([publicPath]);
    await unpublishReport(ctx, id);
    expect(await findPublishedReport(tenantSlug!, slug!)).toBeNull();
    expect((await listPublishedReports(tenantSlug!))!.reports).toEqual([]);
    expect(await adminDb.report.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id } } })).toMatchObject({ status: "DRAFT", publishedData: null, publicSlug: slug });
    expect(await findPublishedReport("bergsby", slug!)).toBeNull();
  });
});

describe("narrative sections", () => {
  it("start from a suggestion the data supports, save with versions, and refuse a stale version without overwriting", async () => {
    const ctx = await quality();
    const id = await demoReportId(ctx);
    const before = await getReport(ctx, id);
    const summary = before.document.sections.find((section) => section.key === "sammanfattning")!.blocks.find((block) => block.kind === "narrative")!;
    expect(summary).toMatchObject({ edited: false });
    expect(summary.kind === "narrative" && summary.suggestion).toMatch(/^Av de 9 uppföljda utförarna bedöms 2 ha särskilt god kvalitetsmognad, 6 fullgod .* och 1 lägre kvalitetsmognad\./);
    expect(await saveReportSection(ctx, { reportId: id, key: "sammanfattning", body: "Vår egen sammanfattning.", version: 0 })).toEqual({ status: "saved", version: 1 });
    expect(await saveReportSection(ctx, { reportId: id, key: "sammanfattning", body: "Någon annans text.", version: 0 })).toEqual({ status: "conflict", body: "Vår egen sammanfattning.", version: 1 });
    const after = await getReport(ctx, id);
    expect(after.document.sections.find((section) => section.key === "sammanfattning")!.blocks.find((block) => block.kind === "narrative")).toMatchObject({ edited: true, body: "Vår egen sammanfattning." });
    await expect(saveReportSection(ctx, { reportId: id, key: "finns-inte", body: "x", version: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // What the editor may save is what the template shows, by key and title.
    const narratives = after.document.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === "narrative" ? [block] : [])));
    expect(narratives.map((block) => annualNarrativeTitle(block.key))).toEqual(narratives.map((block) => block.title));
  });
});

describe("the second template (seed 001's shape)", () => {
  it("gives response rates per service area and Lex Sarah and complaints as 'N av M verksamheter (P %)'", async () => {
    const ctx = await quality();
    const { id } = await createReport(ctx, { template: "ACTIVITY_REPORT", title: "Verksamhetsuppföljning 2020", year: 2020 });
    const { document } = await getReport(ctx, id);
    expect(document.template).toBe("ACTIVITY_REPORT");
    expect(table(document, "svarsfrekvens").rows[0]).toEqual(["Boende för ensamkommande barn och unga", "9", "9", "100 %"]);
    expect(facts(document).some((text) => /^\d+ av 9 verksamheter \(\d+ %\) har utfört lex Sarah-utredningar under 2020/.test(text))).toBe(true);
    expect(facts(document).some((text) => /^\d+ av 9 verksamheter \(\d+ %\) har registrerat synpunkter och klagomål/.test(text))).toBe(true);
  });
});
