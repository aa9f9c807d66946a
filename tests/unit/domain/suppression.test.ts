import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  breakdownProblem,
  cellId,
  combineProblems,
  GRAND_TOTAL,
  rowTotalId,
  suppress,
  tableProblem,
  type SuppressionProblem,
} from "@/lib/domain/suppression";
import { linearlyDerivable } from "./linear-derivation";

/** Every non-negative integer assignment of the hidden counts that agrees with what is shown (small cases only). */
function consistentValues(problem: SuppressionProblem, hidden: Set<string>): Map<string, Set<number>> {
  const unknowns = [...hidden];
  const bound = Math.max(...Object.values(problem.values));
  const seen = new Map(unknowns.map((id) => [id, new Set<number>()]));
  const assignment = { ...problem.values };
  const walk = (index: number) => {
    if (index === unknowns.length) {
      const holds = problem.equations.every((equation) => equation.parts.reduce((sum, part) => sum + assignment[part]!, 0) === assignment[equation.total]);
      if (holds) for (const id of unknowns) seen.get(id)!.add(assignment[id]!);
      return;
    }
    for (let value = 0; value <= bound; value += 1) {
      assignment[unknowns[index]!] = value;
      walk(index + 1);
    }
  };
  walk(0);
  return seen;
}

const thresholdArb = fc.integer({ min: 2, max: 6 });

describe("small-group suppression", () => {
  it("hides a group under the threshold and the next smallest, so the total cannot give it away (seed 000: jourhem 3 of 69)", () => {
    const problem = breakdownProblem({ jourhem: 3, familjehem: 21, stodboende: 20, hvb: 25 });
    const { hidden, primary } = suppress(problem, 5);
    expect([...primary]).toEqual(["jourhem"]);
    expect([...hidden].sort()).toEqual(["jourhem", "stodboende"]);
    expect(hidden.has(GRAND_TOTAL)).toBe(false);
  });

  it("hides nothing when every group is large enough, and shows zeros", () => {
    expect(suppress(breakdownProblem({ a: 0, b: 5, c: 12 }), 5).hidden.size).toBe(0);
  });

  it("leaves no hidden count of a breakdown that any consistent set of counts pins down", () => {
    const groupsArb = fc.dictionary(fc.constantFrom("a", "b", "c", "d"), fc.integer({ min: 0, max: 9 }), { minKeys: 1 });
    fc.assert(
      fc.property(groupsArb, thresholdArb, (groups, threshold) => {
        const problem = breakdownProblem(groups);
        const { hidden } = suppress(problem, threshold);
        for (const [id, value] of Object.entries(problem.values)) if (value > 0 && value < threshold) expect(hidden.has(id)).toBe(true);
        if (hidden.size === 0 || hidden.size > 3) return;
        for (const [id, values] of consistentValues(problem, hidden)) expect(values.size, `${id} of ${JSON.stringify(groups)}`).toBeGreaterThan(1);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves no hidden cell of a two-way table with all its totals derivable by the equations", () => {
    const tableArb = fc.integer({ min: 1, max: 4 }).chain((columns) => fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(tableArb, thresholdArb, (cells, threshold) => {
        const problem = tableProblem(cells);
        const { hidden, primary } = suppress(problem, threshold);
        for (const id of primary) expect(hidden.has(id)).toBe(true);
        expect(linearlyDerivable(problem, hidden)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("protects several breakdowns of the same total together", () => {
    const byGender = breakdownProblem({ flickor: 10, pojkar: 59 });
    const byAge = breakdownProblem({ under16: 2, age16to17: 22, age18to19: 31, over19: 14 });
    const problem = combineProblems(byGender, byAge);
    const { hidden } = suppress(problem, 5);
    expect(hidden.has("under16")).toBe(true);
    expect(linearlyDerivable(problem, hidden)).toEqual([]);
    expect(hidden.has("flickor")).toBe(false);
  });

  it("hides a whole row of a table when its total is small", () => {
    const { hidden } = suppress(tableProblem([[2, 1], [10, 12]]), 5);
    expect(hidden.has(rowTotalId(0))).toBe(true);
    expect(hidden.has(cellId(0, 0)) && hidden.has(cellId(0, 1))).toBe(true);
  });
});
