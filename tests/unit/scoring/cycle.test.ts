import { describe, expect, it } from "vitest";
import { gradeCycle, groupByProvider } from "@/lib/scoring/cycle";
import { DEFAULT_SCORING, scoreProvider, type ScoredRequirement } from "@/lib/scoring/engine";

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
});
