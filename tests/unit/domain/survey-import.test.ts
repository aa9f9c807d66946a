import { describe, expect, it } from "vitest";
import { parseScore, parseSurveyAge, parseSurveyRows } from "@/lib/domain/survey-import";
import { addSurveyResponseSchema } from "@/lib/validation/survey";

const context = {
  statements: [
    { id: "s-trygg", code: "TRYGG", text: "Jag känner mig trygg i mitt boende" },
    { id: "s-fritid", code: "FRITID", text: "Jag är nöjd med min fritid" },
  ],
  serviceTypes: [
    { id: "t-stod", code: "STODBOENDE", name: "Stödboende" },
    { id: "t-jour", code: "JOURHEM", name: "Jourhem" },
  ],
  providers: [{ id: "p-caleo", name: "Caleo omsorg" }],
};

describe("reading a survey tool's export", () => {
  it("reads scores as 1–3 or smiley words, ages as years or bands", () => {
    expect(["1", "Röd", "gul", "3", "glad", "", "4", "bra"].map(parseScore)).toEqual([1, 1, 2, 3, 3, null, undefined, undefined]);
    expect(["15", "17 år", "18-19", "20 år och äldre", "23", "", "sjutton"].map(parseSurveyAge)).toEqual(["UNDER_16", "AGE_16_17", "AGE_18_19", "AGE_20_PLUS", "AGE_20_PLUS", null, undefined]);
  });

  it("matches statement columns by code or by text, ignores the tool's own columns, and keeps empty background as unknown", () => {
    const { responses, errors } = parseSurveyRows(
      [
        { "svars-id": "881", tidpunkt: "2021-06-01 10:12", trygg: "3", "jag är nöjd med min fritid": "röd", placeringsform: "stödboende", kön: "tjej", ålder: "17", utförare: "Caleo omsorg" },
        { "svars-id": "882", tidpunkt: "2021-06-01 10:14", trygg: "2", "jag är nöjd med min fritid": "", placeringsform: "", kön: "", ålder: "", utförare: "" },
      ],
      context,
    );
    expect(errors).toEqual([]);
    expect(responses).toEqual([
      { serviceTypeId: "t-stod", providerId: "p-caleo", gender: "GIRL", ageBand: "AGE_16_17", scores: { "s-trygg": 3, "s-fritid": 1 } },
      { serviceTypeId: null, providerId: null, gender: null, ageBand: null, scores: { "s-trygg": 2 } },
    ]);
  });

  it("reports every bad cell with its row number and returns no responses", () => {
    const { responses, errors } = parseSurveyRows(
      [
        { trygg: "3", fritid: "2", placeringsform: "Jourhem" },
        { trygg: "5", fritid: "ja", placeringsform: "Slott", kön: "katt", ålder: "gammal", utförare: "Okänd AB" },
        { trygg: "", fritid: "", placeringsform: "Jourhem" },
      ],
      context,
    );
    expect(responses).toEqual([]);
    expect(errors.map((error) => `${error.row} ${error.message.split(":")[0]}`)).toEqual(["3 trygg", "3 fritid", "3 placeringsform", "3 kön", "3 ålder", "3 utförare", "4 Raden har inga svar på påståendena."]);
  });

  it("refuses a file without a statement column or without rows", () => {
    expect(parseSurveyRows([{ fråga1: "3" }], context).errors[0]!.message).toMatch(/Ingen kolumn motsvarar enkätens påståenden.*TRYGG, FRITID/);
    expect(parseSurveyRows([], context).errors).toEqual([{ row: 1, message: "Filen innehåller inga rader under rubrikraden." }]);
  });
});

describe("a response typed in", () => {
  const surveyId = "0195f3c2-0000-7000-8000-000000000001";
  const statement = "0195f3c2-0000-7000-8000-000000000002";

  it("gathers score fields, leaves blank background out, and needs at least one answer", () => {
    expect(addSurveyResponseSchema.parse({ surveyId, serviceTypeId: "", gender: "GIRL", ageBand: "", providerId: "", [`score:${statement}`]: "2" })).toMatchObject({
      surveyId,
      gender: "GIRL",
      scores: { [statement]: 2 },
    });
    const refused = addSurveyResponseSchema.safeParse({ surveyId, [`score:${statement}`]: "" });
    expect(refused.error?.issues[0]).toMatchObject({ path: ["scores"], message: "Svara på minst ett påstående." });
  });
});
