import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradeRank, scoreProvider, type Outcome, type ScoredAssessment, type ScoredRequirement, type SupervisionAnswer } from "@/lib/scoring/engine";
import { demoScoringInputs } from "@/prisma/seed/demo-assessments";
import { PROVIDERS } from "@/prisma/seed/demo-population";

const { requirements } = demoScoringInputs(2020, "caleo");

function demoAssessments(year: number, providerKey: string): ScoredAssessment[] {
  return demoScoringInputs(year, providerKey).assessments;
}

describe("the scoring engine on the demo data (seed 000 §4)", () => {
  it("groups the nine 2020 providers 2 / 6 / 1 as the report does", () => {
    const grades = PROVIDERS.filter((provider) => provider.selected2020).map((provider) => [provider.key, scoreProvider(requirements, demoAssessments(2020, provider.key)).grade]);
    expect(Object.fromEntries(grades)).toEqual(Object.fromEntries(PROVIDERS.filter((p) => p.selected2020).map((p) => [p.key, p.selected2020!.grade])));
    expect(grades.filter(([, grade]) => grade === "NOTABLY_MATURE").map(([key]) => key).sort()).toEqual(["caleo", "svenska"]);
    expect(grades.filter(([, grade]) => grade === "LOW").map(([key]) => key)).toEqual(["valfard"]);
  });

  it("reproduces the 2019 grades too", () => {
    for (const provider of PROVIDERS.filter((candidate) => candidate.selected2019)) {
      expect(scoreProvider(requirements, demoAssessments(2019, provider.key)).grade, provider.key).toBe(provider.selected2019!.grade);
    }
  });

  it("explains a low grade by the unmet critical requirement", () => {
    const result = scoreProvider(requirements, demoAssessments(2020, "valfard"), undefined, { grade: "LOW", total: 0.8 });
    expect(result.reasons[0]).toMatchObject({ kind: "CRITICAL_UNMET", requirementCode: "ET-10" });
    expect(result.change).toMatchObject({ previousGrade: "LOW", direction: "same" });
  });

  it("shows Noorgården's improvement since 2019", () => {
    const before = scoreProvider(requirements, demoAssessments(2019, "noorgarden"));
    const after = scoreProvider(requirements, demoAssessments(2020, "noorgarden"), undefined, before);
    expect(after.change!.totalDelta).toBeGreaterThan(0);
  });

  it("skips 'Inte aktuellt' and reports what is not assessed", () => {
    const result = scoreProvider(requirements.slice(0, 2), [{ requirementId: requirements[0]!.id, outcome: "ACHIEVED" }]);
    expect(result.reasons).toEqual([expect.objectContaining({ kind: "NOT_ASSESSED", requirementCode: requirements[1]!.code })]);
    expect(result.grade).toBe("ADEQUATE");
  });
});

const OUTCOMES: Outcome[] = ["NOT_ACHIEVED", "PARTIALLY_ACHIEVED", "ACHIEVED"];
const ANSWERS: SupervisionAnswer[] = ["NO", "IN_PROGRESS", "YES"];

const requirementArb = fc.record({
  id: fc.uuid(),
  code: fc.string({ minLength: 1, maxLength: 6 }),
  title: fc.constant("Krav"),
  goalArea: fc.constantFrom("Värdegrund", "Etablering", "Tillsyn"),
  scale: fc.constantFrom("ACTIVITY" as const, "SUPERVISION" as const),
  isCritical: fc.boolean(),
  weight: fc.integer({ min: 1, max: 10 }),
});

const caseArb = fc.uniqueArray(requirementArb, { minLength: 1, maxLength: 25, selector: (r) => r.id }).chain((reqs) =>
  fc.tuple(
    fc.constant(reqs),
    fc.tuple(...reqs.map(() => fc.integer({ min: 0, max: 2 }))),
  ),
);

const assessmentsOf = (reqs: ScoredRequirement[], levels: number[]): ScoredAssessment[] =>
  reqs.map((requirement, index) =>
    requirement.scale === "ACTIVITY"
      ? { requirementId: requirement.id, outcome: OUTCOMES[levels[index]!] }
      : { requirementId: requirement.id, supervisionAnswer: ANSWERS[levels[index]!] },
  );

describe("properties of the scoring engine", () => {
  it("never lowers the grade or the total when an assessment improves", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ([reqs, levels], pick) => {
        const index = pick % reqs.length;
        if (levels[index] === 2) return;
        const better = [...levels];
        better[index] = levels[index]! + 1;
        const before = scoreProvider(reqs, assessmentsOf(reqs, levels));
        const after = scoreProvider(reqs, assessmentsOf(reqs, better));
        expect(gradeRank(after.grade)).toBeGreaterThanOrEqual(gradeRank(before.grade));
        expect(after.total).toBeGreaterThanOrEqual(before.total);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every score between 0 and 1", () => {
    fc.assert(
      fc.property(caseArb, ([reqs, levels]) => {
        const result = scoreProvider(reqs, assessmentsOf(reqs, levels));
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.total).toBeLessThanOrEqual(1);
        for (const area of result.areaScores) expect(area.score >= 0 && area.score <= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("orders the reasons of two requirements that share a code by id, not by the input (found by fast-check)", () => {
    const twin = (id: string): ScoredRequirement => ({ id, code: "g", title: "Krav", goalArea: "Etablering", scale: "ACTIVITY", isCritical: false, weight: 1 });
    const reqs = [twin("9ccc7b08-e47c-70b1-8a7b-e847c277b523"), twin("4925733f-cc60-8ca6-8c36-d0638fcf2e9f")];
    const assessments = assessmentsOf(reqs, [0, 1]);
    expect(scoreProvider([...reqs].reverse(), [...assessments].reverse())).toEqual(scoreProvider(reqs, assessments));
  });

  it("gives the same result whatever the order of requirements and assessments", () => {
    fc.assert(
      fc.property(caseArb, fc.integer(), ([reqs, levels], seed) => {
        const assessments = assessmentsOf(reqs, levels);
        const shuffle = <T,>(items: T[]) => items.map((item, i) => ({ item, key: Math.sin(seed + i) })).sort((a, b) => a.key - b.key).map(({ item }) => item);
        expect(scoreProvider(shuffle(reqs), shuffle(assessments))).toEqual(scoreProvider(reqs, assessments));
      }),
      { numRuns: 300 },
    );
  });
});
