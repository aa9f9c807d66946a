import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figureText, targetGroupTables, type Figure, type TargetGroupPlacement } from "@/lib/domain/target-group";
import { linearlyDerivable } from "./linear-derivation";

const FORMS = [
  { id: "f1", name: "Familjehem" },
  { id: "f2", name: "HVB" },
  { id: "f3", name: "Stödboende" },
];

function placements(spec: [TargetGroupPlacement["gender"], TargetGroupPlacement["ageBand"], TargetGroupPlacement["asylumStatus"], string, number][]): TargetGroupPlacement[] {
  return spec.flatMap(([gender, ageBand, asylumStatus, serviceTypeId, count]) => Array.from({ length: count }, () => ({ gender, ageBand, asylumStatus, serviceTypeId })));
}

const shown = (figure: Figure) => (figure.status === "shown" ? figure.count : figure.status);

describe("target-group tables", () => {
  const sample = placements([
    ["GIRL", "AGE_0_15", "ASYLUM_SEEKER", "f1", 2],
    ["GIRL", "AGE_18_20", "PERMANENT_PERMIT", "f3", 6],
    ["BOY", "AGE_16_17", "TEMPORARY_PERMIT", "f2", 7],
    ["BOY", "AGE_21_PLUS", "PERMANENT_PERMIT", "f3", 10],
    ["BOY", "AGE_18_20", null, "f1", 5],
  ]);

  it("counts every placement once in each table, exactly when no threshold is given", () => {
    const tables = targetGroupTables(sample, FORMS, null);
    expect(shown(tables.total)).toBe(30);
    expect(tables.genderByAge.rows.map((row) => [row.label, shown(row.count), row.cells.map(shown)])).toEqual([
      ["Flicka", 8, [2, 0, 6, 0]],
      ["Pojke", 22, [0, 7, 5, 10]],
    ]);
    expect(tables.genderByAge.columnTotals.map(shown)).toEqual([2, 7, 11, 10]);
    expect(tables.placementForms.map((group) => [group.label, shown(group.count)])).toEqual([
      ["Familjehem", 7],
      ["HVB", 7],
      ["Stödboende", 16],
    ]);
    expect(tables.asylumStatus.map((group) => [group.label, shown(group.count)])).toEqual([
      ["PUT", 16],
      ["TUT", 7],
      ["Asylsökande", 2],
      ["Avslag", 0],
      ["Uppgift saknas", 5],
    ]);
  });

  it("leaves out 'Annat' and 'Uppgift saknas' when nobody is in them", () => {
    const tables = targetGroupTables(placements([["BOY", "AGE_16_17", "PERMANENT_PERMIT", "f1", 5]]), FORMS, null);
    expect(tables.genderByAge.rows.map((row) => row.key)).toEqual(["GIRL", "BOY"]);
    expect(tables.asylumStatus.map((group) => group.label)).toEqual(["PUT", "TUT", "Asylsökande", "Avslag"]);
  });

  it("hides small groups and a complement, so a small group cannot be subtracted out", () => {
    const tables = targetGroupTables(sample, FORMS, 5);
    expect(tables.genderByAge.rows[0]!.cells[0]).toEqual({ status: "small" });
    expect(tables.asylumStatus.find((group) => group.label === "Asylsökande")!.count).toEqual({ status: "small" });
    // Two in the girls' row: the 0–15 cell and one more so that the row total does not give it away.
    const hiddenInGirlsRow = tables.genderByAge.rows[0]!.cells.filter((cell) => cell.status !== "shown");
    expect(hiddenInGirlsRow.length + (tables.genderByAge.rows[0]!.count.status === "shown" ? 0 : 1)).toBeGreaterThanOrEqual(2);
    expect(figureText({ status: "small" }, 5)).toBe("färre än 5");
    expect(figureText({ status: "complement" }, 5)).toBe("dold");
  });

  it("never lets a hidden count be worked out from the shown ones (fast-check)", () => {
    const placementArb = fc.record({
      gender: fc.constantFrom("GIRL" as const, "BOY" as const, "OTHER" as const),
      ageBand: fc.constantFrom("AGE_0_15" as const, "AGE_16_17" as const, "AGE_18_20" as const, "AGE_21_PLUS" as const),
      asylumStatus: fc.constantFrom("PERMANENT_PERMIT" as const, "TEMPORARY_PERMIT" as const, "ASYLUM_SEEKER" as const, "REJECTED" as const, null),
      serviceTypeId: fc.constantFrom("f1", "f2", "f3"),
    });
    fc.assert(
      fc.property(fc.array(placementArb, { maxLength: 60 }), fc.integer({ min: 2, max: 10 }), (list, threshold) => {
        const tables = targetGroupTables(list, FORMS, threshold);
        const figures: [string, Figure, number][] = [];
        const exact = targetGroupTables(list, FORMS, null);
        const push = (id: string, figure: Figure, exactFigure: Figure) => figures.push([id, figure, (exactFigure as { count: number }).count]);
        push("total", tables.total, exact.total);
        tables.genderByAge.rows.forEach((row, r) => {
          push(`row:${r}`, row.count, exact.genderByAge.rows[r]!.count);
          row.cells.forEach((cell, c) => push(`cell:${r}:${c}`, cell, exact.genderByAge.rows[r]!.cells[c]!));
        });
        tables.genderByAge.columnTotals.forEach((cell, c) => push(`column:${c}`, cell, exact.genderByAge.columnTotals[c]!));
        tables.placementForms.forEach((group, i) => push(group.key, group.count, exact.placementForms[i]!.count));
        tables.asylumStatus.forEach((group, i) => push(group.key, group.count, exact.asylumStatus[i]!.count));

        for (const [, figure, count] of figures) {
          // Every small count is hidden, and shown counts are the exact ones.
          if (count > 0 && count < threshold) expect(figure.status).not.toBe("shown");
          if (figure.status === "shown") expect(figure.count).toBe(count);
        }
        // The equations of the three tables, written out here independently: no hidden figure follows from them.
        const hidden = new Set(figures.filter(([, figure]) => figure.status !== "shown").map(([id]) => id));
        const rows = tables.genderByAge.rows.map((_, r) => r);
        const columns = tables.genderByAge.columns.map((_, c) => c);
        const equations = [
          ...rows.map((r) => ({ total: `row:${r}`, parts: columns.map((c) => `cell:${r}:${c}`) })),
          ...columns.map((c) => ({ total: `column:${c}`, parts: rows.map((r) => `cell:${r}:${c}`) })),
          { total: "total", parts: rows.map((r) => `row:${r}`) },
          { total: "total", parts: tables.placementForms.map((group) => group.key) },
          { total: "total", parts: tables.asylumStatus.map((group) => group.key) },
        ];
        const values = Object.fromEntries(figures.map(([id, , count]) => [id, count]));
        expect(linearlyDerivable({ values, equations }, hidden)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
