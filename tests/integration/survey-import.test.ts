import { describe, expect, it } from "vitest";
import { getSurveyResults } from "@/lib/data/survey-results";
import { addSurveyResponse, createSurvey, findSurvey, importSurveyResponses, listStatements, listSurveys } from "@/lib/data/surveys";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { readSpreadsheet } from "@/lib/import/spreadsheet";
import { adminDb } from "../fixtures/admin-db";

async function ctxFor(slug: string): Promise<TenantCtx> {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "QUALITY_DEVELOPER" } });
  return { tenantId: tenant.id, userId: membership.userId, role: "QUALITY_DEVELOPER", providerId: null };
}

const csv = (lines: string[]) => new TextEncoder().encode(["Svars-id;Tidpunkt;TRYGG;FRITID;FRAMTID;SVENSKA;Placeringsform;Kön;Ålder", ...lines].join("\n"));

async function newSurvey(ctx: TenantCtx, sentCount = 10, year = 2021) {
  const statements = await listStatements(ctx);
  return createSurvey(ctx, { name: `Nöjdhet ${year} (${sentCount})`, year, sentCount, statementIds: statements.map((statement) => statement.id), newStatements: ["Jag trivs i skolan"] });
}

describe("surveys", () => {
  it("are created with earlier statements reused and new ones given a code", async () => {
    const ctx = await ctxFor("sjovik");
    const { id } = await newSurvey(ctx);
    const survey = (await findSurvey(ctx, id))!;
    expect(survey.statementList.map((statement) => statement.code)).toEqual(["FRAMTID", "FRITID", "SVENSKA", "TRYGG", "JAG_TRIVS_I_SKOLAN"]);
    await expect(newSurvey(ctx)).rejects.toThrow(/finns redan en enkät som heter/);
    await expect(newSurvey(ctx, 11)).rejects.toThrow(/finns redan en enkät för 2021/);
    expect((await listSurveys(ctx)).find((row) => row.id === id)).toMatchObject({ year: 2021, sentCount: 10, responses: 0, statements: 5 });
    expect(await findSurvey(await ctxFor("bergsby"), id)).toBeNull();
  });
});

describe("importing survey responses", () => {
  it("reports every bad row with its line number and imports nothing", async () => {
    const ctx = await ctxFor("sjovik");
    const { id } = await newSurvey(ctx, 20, 2024);
    const rows = await readSpreadsheet("export.csv", csv(["1;2021-06-01;3;3;2;1;Stödboende;Flicka;17", "2;2021-06-01;röd;9;2;1;Jourhem;Pojke;19", "3;2021-06-01;;;;;Slott;;", "4;2021-06-01;3;3;3;3;Familjehem;Pojke;22"]));
    const result = await importSurveyResponses(ctx, id, rows, "replace", "export.csv");
    expect(result.status).toBe("invalid");
    if (result.status !== "invalid") return;
    expect(result.errors.map((error) => error.row)).toEqual([3, 4]);
    expect(await adminDb.surveyResponse.count({ where: { surveyId: id } })).toBe(0);
  });

  it("imports a clean file completely, replaces or adds, and the results count it", async () => {
    const ctx = await ctxFor("sjovik");
    const { id } = await newSurvey(ctx, 12, 2022);
    const lines = ["1;x;3;3;2;1;Stödboende;Flicka;17", "2;x;1;2;2;3;Träningslägenhet;Pojke;19", "3;x;grön;gul;röd;grön;Eget boende;Pojke;20", "4;x;3;3;3;3;Familjehem;Pojke;16", "5;x;2;2;2;2;Stödboende;Pojke;18", "6;x;3;;3;3;Stödboende;Pojke;21"];
    const rows = await readSpreadsheet("export.csv", csv(lines));
    expect(await importSurveyResponses(ctx, id, rows, "replace", "export.csv")).toEqual({ status: "imported", imported: 6, replaced: 0 });
    expect(await importSurveyResponses(ctx, id, rows, "replace", "export.csv")).toEqual({ status: "imported", imported: 6, replaced: 6 });
    expect(await adminDb.surveyResponse.count({ where: { surveyId: id } })).toBe(6);
    expect(await adminDb.surveyAnswer.count({ where: { response: { surveyId: id } } })).toBe(23);
    // Adding the same six again would give 12 of 12; a seventh response is one too many.
    await importSurveyResponses(ctx, id, rows, "append", "export.csv");
    await expect(importSurveyResponses(ctx, id, rows.slice(0, 1), "append", "export.csv")).rejects.toThrow(/skickades till 12/);
    const results = await getSurveyResults(ctx, 2022, "placeringsform");
    expect(results.selected!.result).toMatchObject({ respondents: 12, sent: 12, responseRate: 100 });
    expect(await adminDb.auditLog.count({ where: { tenantId: ctx.tenantId, entity: "Survey", entityId: id, action: "importResponses" } })).toBe(3);
  });

  it("adds one response typed in, checked against the survey's statements", async () => {
    const ctx = await ctxFor("sjovik");
    const { id } = await newSurvey(ctx, 1, 2023);
    const survey = (await findSurvey(ctx, id))!;
    const [first, second] = survey.statementList;
    const other = await adminDb.surveyStatement.create({ data: { tenantId: ctx.tenantId, code: "ANNAT", text: "Ett annat påstående" } });
    await expect(addSurveyResponse(ctx, { surveyId: id, scores: { [other.id]: 3 } })).rejects.toThrow(/hör inte till enkäten/);
    await addSurveyResponse(ctx, { surveyId: id, gender: "GIRL", ageBand: "AGE_18_19", serviceTypeId: survey.choices.serviceTypes[0]!.id, scores: { [first!.id]: 3, [second!.id]: 1 } });
    const stored = await adminDb.surveyResponse.findFirstOrThrow({ where: { surveyId: id }, include: { answers: true } });
    expect(stored).toMatchObject({ gender: "GIRL", ageBand: "AGE_18_19" });
    expect(stored.answers.map((answer) => answer.score).sort()).toEqual([1, 3]);
    await expect(addSurveyResponse(ctx, { surveyId: id, scores: { [first!.id]: 2 } })).rejects.toThrow(/skickades till 1/);
  });
});
