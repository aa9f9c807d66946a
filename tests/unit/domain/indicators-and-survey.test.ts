import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indicatorTable } from "@/lib/domain/indicators";
import { surveyResult, type SurveyRespondent } from "@/lib/domain/survey-results";

describe("the indicator table", () => {
  const indicators = [{ id: "jobb", name: "Andel ≥16 år som arbetar extra" }];
  it("gives shares per year, 'ingen mätning' where nothing was reported, too few reports suppressed, and the trend", () => {
    const [row] = indicatorTable(
      indicators,
      [
        { indicatorId: "jobb", year: 2018, met: 29, reported: 100 },
        { indicatorId: "jobb", year: 2019, met: 2, reported: 3 },
        { indicatorId: "jobb", year: 2020, met: 26, reported: 50 },
      ],
      [2020, 2017, 2018, 2019],
      5,
    );
    expect(row!.cells.map((cell) => cell.status)).toEqual(["none", "measured", "suppressed", "measured"]);
    expect(row!.cells[3]).toMatchObject({ share: 52, met: 26, reported: 50 });
    expect(row!.trend).toBe(23);
  });
});

const respondent = (group: string, red: boolean): SurveyRespondent => ({ group, scores: { trygg: red ? 1 : 3 } });

describe("survey results", () => {
  it("shows red/yellow/green per statement, the response rate, and 'för få svar' for a small group and its complement", () => {
    const respondents = [
      ...Array.from({ length: 3 }, () => respondent("jourhem", true)),
      ...Array.from({ length: 12 }, (_, i) => respondent("familjehem", i < 3)),
      ...Array.from({ length: 20 }, () => respondent("stodboende", false)),
    ];
    const result = surveyResult(["trygg"], respondents, [{ key: "jourhem", label: "Jourhem" }, { key: "familjehem", label: "Familjehem" }, { key: "stodboende", label: "Stödboende" }], 50, 5);
    expect(result.responseRate).toBe(70);
    expect(result.overall!.trygg).toEqual({ answered: 35, red: 17.1, yellow: 0, green: 82.9 });
    expect(result.groups.map((group) => group.respondents)).toEqual([null, null, 20]);
    // Jourhem is too small; familjehem (12) is hidden only so that jourhem's 3 cannot be subtracted out.
    expect(result.groups.map((group) => group.hiddenBecause)).toEqual(["small", "complement", null]);
    expect(result.groups[2]!.statements!.trygg).toEqual({ answered: 20, red: 0, yellow: 0, green: 100 });
  });

  it("never shows a group under the threshold, nor a single hidden group next to a shown total", () => {
    const groupsArb = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(groupsArb, fc.integer({ min: 2, max: 6 }), (sizes, threshold) => {
        const groups = sizes.map((_, index) => ({ key: `g${index}`, label: `Grupp ${index}` }));
        const respondents = sizes.flatMap((size, index) => Array.from({ length: size }, () => respondent(`g${index}`, false)));
        const result = surveyResult(["trygg"], respondents, groups, 100, threshold);
        for (const [index, group] of result.groups.entries()) {
          if (sizes[index]! > 0 && sizes[index]! < threshold) expect(group.respondents).toBeNull();
        }
        // With the total shown, a single hidden group would follow by subtraction.
        if (result.respondents !== null) expect(result.groups.filter((group) => group.respondents === null)).not.toHaveLength(1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("survey results with too few respondents in all", () => {
  it("show nothing, not even the total", () => {
    const result = surveyResult(["trygg"], [respondent("jourhem", true)], [{ key: "jourhem", label: "Jourhem" }], 10, 5);
    expect(result).toMatchObject({ respondents: null, responseRate: null, overall: null, groups: [{ respondents: null, statements: null }] });
  });
});
