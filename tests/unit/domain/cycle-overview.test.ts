import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyOverviewView,
  DEFAULT_VIEW,
  exportCell,
  overviewColumns,
  viewFromSearchParams,
  viewToSearchParams,
  type OverviewRow,
  type OverviewView,
} from "@/lib/domain/cycle-overview";

const row = (name: string, grade: OverviewRow["grade"], total: number | null, area: number | null = total): OverviewRow => ({
  providerId: `id-${name}`,
  providerName: name,
  reasons: "Risksignaler",
  selfAssessmentId: null,
  selfAssessment: "Inskickad",
  review: "Klar",
  areaScores: { Värdegrund: area },
  total,
  grade,
  gradeLabel: grade ?? "Ej bedömd",
  finalised: grade !== null,
  change: "",
});

const rows = [row("Noorgården", "ADEQUATE", 0.9), row("Aliba", "NOTABLY_MATURE", 1), row("Välfärd", "LOW", 0.7), row("Östra hemmet", null, null)];
const columns = overviewColumns(["Värdegrund"]);
const names = (view: Partial<OverviewView>) => applyOverviewView(rows, columns, { ...DEFAULT_VIEW, ...view }).rows.map((entry) => entry.providerName);

describe("the cycle overview's view", () => {
  it("orders by provider name in Swedish alphabetical order by default", () => {
    expect(names({})).toEqual(["Aliba", "Noorgården", "Välfärd", "Östra hemmet"]);
  });

  it("sorts numbers as numbers in both directions, with empty cells last", () => {
    expect(names({ sort: { id: "sammanvagt", desc: false } })).toEqual(["Välfärd", "Noorgården", "Aliba", "Östra hemmet"]);
    expect(names({ sort: { id: "sammanvagt", desc: true } })).toEqual(["Aliba", "Noorgården", "Välfärd", "Östra hemmet"]);
  });

  it("filters by grade, by 'not assessed' and by text in any text column", () => {
    expect(names({ grade: "LOW" })).toEqual(["Välfärd"]);
    expect(names({ grade: "NONE" })).toEqual(["Östra hemmet"]);
    expect(names({ search: "NOOR" })).toEqual(["Noorgården"]);
    expect(names({ search: "risk" })).toHaveLength(4);
  });

  it("hides chosen columns but never the provider's name", () => {
    const { columns: shown } = applyOverviewView(rows, columns, { ...DEFAULT_VIEW, hidden: ["utforare", "skal", "omrade:Värdegrund"] });
    expect(shown.map((column) => column.id)).toEqual(["utforare", "egenrapportering", "bedomning", "sammanvagt", "mognad", "forandring"]);
  });

  it("exports shares as percent with one decimal", () => {
    const total = columns.find((column) => column.id === "sammanvagt")!;
    expect(exportCell(total, row("X", "ADEQUATE", 0.8765))).toBe(87.7);
    expect(exportCell(total, row("X", null, null))).toBeNull();
  });

  it("survives the trip through the export link's query string", () => {
    const viewArb = fc.record({
      search: fc.string({ maxLength: 20 }).map((text) => text.trim()),
      grade: fc.constantFrom("", "NONE", "NOTABLY_MATURE", "ADEQUATE", "LOW" as const),
      sort: fc.option(fc.record({ id: fc.constantFrom("utforare", "omrade:Värdegrund: ett: kolon", "sammanvagt"), desc: fc.boolean() }), { nil: null }),
      hidden: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(viewArb, (view) => {
        expect(viewFromSearchParams(new URLSearchParams(viewToSearchParams(view as OverviewView).toString()))).toEqual(view);
      }),
    );
  });

  it("gives the same rows whatever order the data comes in", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length }), fc.constantFrom("sammanvagt", "mognad", "utforare"), fc.boolean(), (shuffled, id, desc) => {
        const view = { ...DEFAULT_VIEW, sort: { id, desc } };
        expect(applyOverviewView(shuffled, columns, view).rows).toEqual(applyOverviewView(rows, columns, view).rows);
      }),
    );
  });
});
