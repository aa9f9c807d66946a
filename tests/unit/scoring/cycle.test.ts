import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradeCycle, groupByProvider } from "@/lib/scoring/cycle";
import { DEFAULT_SCORING, scoreProvider, type ScoredAssessment, type ScoredRequirement } from "@/lib/scoring/engine";

const requirement = (id: string, isCritical = false): ScoredRequirement => ({ id, code: id, title: `Krav ${id}`, goalArea: "Trygghet", scale: "ACTIVITY", isCritical, weight: 1 });
const requirements = new Map([requirement("K1"), requirement("K2", true)].map((entry) => [entry.id, entry]));

describe("grading a whole cycle", () => {
  it("groups rows by provider, keeping their order", () => {
    const rows = [{ providerId: "a", n: 1 }, { providerId: "b", n: 2 }, { providerId: "a", n: 3 }];
    expect([...groupByProvider(rows)]).toEqual([["a", [rows[0], rows[2]]], ["b", [rows[1]]]]);
  });

  it("gives each provider what the engine gives it alone, with its own previous grade", () => {
    const assessmentsOf = new Map([
      ["a", [{ requirementId: "K1", outcome: "ACHIEVED" as const }, { requirementId: "K2", outcome: "ACHIEVED" as const }]],
      ["b", [{ requirementId: "K1", outcome: "ACHIEVED" as const }, { requirementId: "K2", outcome: "NOT_ACHIEVED" as const }]],
    ]);
    const previousOf = new Map([["b", { grade: "ADEQUATE" as const, total: 0.8 }]]);
    const grades = gradeCycle({ assessmentsOf, requirements, previousOf, config: DEFAULT_SCORING });

    expect(grades.get("a")).toEqual(scoreProvider([...requirements.values()], assessmentsOf.get("a")!, DEFAULT_SCORING));
    expect(grades.get("a")!.grade).toBe("NOTABLY_MATURE");
    expect(grades.get("b")!.grade).toBe("LOW");
    expect(grades.get("b")!.change).toMatchObject({ previousGrade: "ADEQUATE", direction: "down" });
  });

  it("scores a provider only on the requirements it was assessed on, and leaves out providers without assessments", () => {
    const grades = gradeCycle({ assessmentsOf: new Map([["a", [{ requirementId: "K1", outcome: "ACHIEVED" as const }]]]), requirements, previousOf: new Map(), config: DEFAULT_SCORING });
    expect(grades.get("a")!.reasons.some((reason) => reason.requirementCode === "K2")).toBe(false);
    expect(grades.has("b")).toBe(false);
  });

  it("gives every provider exactly what the engine gives it alone, whatever the catalogue and the order of rows", () => {
    const catalogueArb = fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        // Few codes, so requirements sharing a code (ordered by id) come up often.
        code: fc.constantFrom("1.1", "1.2", "2.1", "Å1", "ä2", "b"),
        title: fc.constant("Krav"),
        goalArea: fc.constantFrom("Värdegrund", "Etablering", "Tillsyn"),
        scale: fc.constantFrom("ACTIVITY" as const, "SUPERVISION" as const),
        isCritical: fc.boolean(),
        weight: fc.integer({ min: 0, max: 5 }),
      }),
      { minLength: 1, maxLength: 12, selector: (entry) => entry.id },
    );
    const resultArb = fc.record({
      outcome: fc.constantFrom(null, "ACHIEVED" as const, "PARTIALLY_ACHIEVED" as const, "NOT_ACHIEVED" as const),
      supervisionAnswer: fc.constantFrom(null, "YES" as const, "NO" as const, "IN_PROGRESS" as const, "NOT_APPLICABLE" as const),
    });
    const caseArb = catalogueArb.chain((catalogue) =>
      fc.tuple(
        fc.constant(catalogue),
        // Per provider: which requirements it was assessed on, with what, in a shuffled order.
        fc.array(fc.shuffledSubarray(catalogue.map((entry) => entry.id)).chain((ids) => fc.tuple(...ids.map((id) => resultArb.map((result) => ({ requirementId: id, ...result })))).map((rows): ScoredAssessment[] => rows)), {
          minLength: 1,
          maxLength: 5,
        }),
      ),
    );
    fc.assert(
      fc.property(caseArb, ([catalogue, providers]) => {
        const assessmentsOf = new Map(providers.map((rows, index) => [`p${index}`, rows]));
        const grades = gradeCycle({ assessmentsOf, requirements: new Map([...catalogue].reverse().map((entry) => [entry.id, entry])), previousOf: new Map(), config: DEFAULT_SCORING });
        for (const [providerId, rows] of assessmentsOf) {
          const assessed = catalogue.filter((entry) => rows.some((row) => row.requirementId === entry.id));
          expect(grades.get(providerId)).toEqual(scoreProvider(assessed, rows, DEFAULT_SCORING));
        }
      }),
      { numRuns: 300 },
    );
  });
});
