import { describe, expect, it } from "vitest";
import { sharePercent } from "@/lib/domain/share";
import {
  ASYLUM_COUNTS,
  currentPlacements,
  fractionFor,
  INDICATORS,
  PROVIDERS,
  STATEMENTS,
  SURVEYS,
  surveyResponses,
} from "@/prisma/seed/demo-population";

const countBy = <T,>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }), {});

describe("demo placements (seed 000 tables 1 and 2)", () => {
  const placements = currentPlacements();

  it("has 81 young people with the seed's placement forms", () => {
    expect(placements).toHaveLength(81);
    expect(countBy(placements, (p) => p.serviceType)).toEqual({
      JOURHEM: 9,
      FAMILJEHEM: 14,
      HVB: 4,
      STODBOENDE: 18,
      TRANINGSLAGENHET: 24,
      EGET_BOENDE: 12,
    });
  });

  it("has 13 girls and non-overlapping age bands that add up", () => {
    expect(placements.filter((p) => p.gender === "GIRL")).toHaveLength(13);
    expect(countBy(placements, (p) => p.ageBand)).toEqual({ AGE_0_15: 9, AGE_16_17: 17, AGE_18_20: 30, AGE_21_PLUS: 25 });
  });

  it("has asylum statuses that add up to the same 81", () => {
    expect(countBy(placements, (p) => p.asylumStatus)).toEqual(ASYLUM_COUNTS);
  });

  it("gives the nine followed-up providers 47 % of the young people", () => {
    const selected = new Set(PROVIDERS.filter((p) => p.selected2020).map((p) => p.key));
    expect(selected.size).toBe(9);
    expect(PROVIDERS).toHaveLength(19);
    const atSelected = placements.filter((p) => selected.has(p.providerKey)).length;
    expect(Math.round((atSelected / placements.length) * 100)).toBe(47);
  });

  it("is the same on every run", () => {
    expect(currentPlacements()).toEqual(placements);
  });

  it("never carries anything that looks like a personnummer", () => {
    expect(placements.every((p) => /^P-\d{4}$/.test(p.code))).toBe(true);
  });
});

describe("fractionFor (indicator shares of table 4)", () => {
  it("finds counts whose share rounds to every figure in table 4", () => {
    for (const indicator of INDICATORS) {
      for (const share of Object.values(indicator.shares)) {
        if (share === null) continue;
        const { met, reported } = fractionFor(share, 25, 120);
        expect(sharePercent(met, reported)).toBe(share);
      }
    }
  });

  it("refuses a share it cannot form", () => {
    expect(() => fractionFor(33.3, 2, 2)).toThrow(/Ingen andel/);
  });
});

describe("demo survey (seed 000 §1.5)", () => {
  it("reproduces the response rates 38 %, 62.5 % and 72 %", () => {
    const rates = SURVEYS.map((survey) => Math.round((survey.answered / survey.sent) * 1000) / 10);
    expect(rates).toEqual([38.2, 62.5, 71.9]);
    expect(SURVEYS.find((survey) => survey.year === 2020)).toMatchObject({ sent: 96, answered: 69 });
  });

  it("gives 12 % red on 'Jag känner mig trygg i mitt boende' in 2020 and the stated 2017/2018 figures", () => {
    const percent = (year: number, code: (typeof STATEMENTS)[number]["code"], score: number) => {
      const responses = surveyResponses(SURVEYS.find((survey) => survey.year === year)!);
      return Math.round((responses.filter((r) => r.scores[code] === score).length / responses.length) * 100);
    };
    expect(percent(2020, "TRYGG", 1)).toBe(12);
    expect(percent(2017, "TRYGG", 1)).toBe(31);
    expect(percent(2018, "TRYGG", 1)).toBe(25);
    expect(percent(2017, "TRYGG", 3)).toBe(21);
    expect(percent(2018, "TRYGG", 3)).toBe(60);
    expect(percent(2018, "FRAMTID", 3)).toBe(90);
    expect(percent(2017, "FRAMTID", 3)).toBe(69);
    expect(percent(2017, "SVENSKA", 1)).toBe(3);
  });

  it("has 14 % girls and the stated age spread among 2020's respondents", () => {
    const responses = surveyResponses(SURVEYS.find((survey) => survey.year === 2020)!);
    const share = (n: number) => Math.round((n / responses.length) * 100);
    expect(share(responses.filter((r) => r.gender === "GIRL").length)).toBe(14);
    const ages = countBy(responses, (r) => r.ageBand);
    expect([share(ages.AGE_16_17!), share(ages.AGE_18_19!), share(ages.AGE_20_PLUS!)]).toEqual([23, 32, 45]);
  });
});
