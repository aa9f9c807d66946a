import { describe, expect, it } from "vitest";
import { indicatorApplies, parseYesNo, pasteBlock } from "@/lib/domain/indicator-entry";
import { saveIndicatorSchema, saveIndicatorValuesSchema } from "@/lib/validation/indicator";

describe("parseYesNo", () => {
  it.each([
    ["Ja", true],
    [" j ", true],
    ["1", true],
    ["x", true],
    ["NEJ", false],
    ["n", false],
    ["0", false],
    ["", null],
    ["–", null],
    ["kanske", undefined],
    ["2", undefined],
  ])("reads %j as %j", (text, expected) => expect(parseYesNo(text)).toBe(expected));
});

describe("pasteBlock", () => {
  const size = { rows: 3, columns: 3 };
  const everywhere = () => true;

  it("lays a block copied from Excel over the table from the focused cell", () => {
    const result = pasteBlock("ja\tnej\r\n1\t0\r\n", { row: 1, column: 1 }, size, everywhere);
    expect(result.cells).toEqual([
      { row: 1, column: 1, value: true },
      { row: 1, column: 2, value: false },
      { row: 2, column: 1, value: true },
      { row: 2, column: 2, value: false },
    ]);
    expect(result.problems).toEqual([]);
  });

  it("clears a cell for an empty pasted cell", () => {
    expect(pasteBlock("\tja", { row: 0, column: 0 }, size, everywhere).cells).toEqual([
      { row: 0, column: 0, value: null },
      { row: 0, column: 1, value: true },
    ]);
  });

  it("reports text that is neither yes nor no by its place in the block, and changes nothing there", () => {
    const result = pasteBlock("ja\tkanske\nnej\tja", { row: 0, column: 0 }, size, everywhere);
    expect(result.cells).toHaveLength(3);
    expect(result.problems).toEqual(["Rad 1, kolumn 2: ”kanske” är varken ja eller nej."]);
  });

  it("skips what falls outside the table or on a cell the indicator does not apply to, and says so", () => {
    const result = pasteBlock("ja\tja\tja\nja\tja\tja", { row: 2, column: 1 }, size, (row, column) => !(row === 2 && column === 2));
    expect(result.cells).toEqual([{ row: 2, column: 1, value: true }]);
    expect(result.problems).toEqual([
      "4 värden hamnade utanför tabellen och klistrades inte in.",
      "1 värde gällde en indikator som inte avser placeringens åldersgrupp och hoppades över.",
    ]);
  });
});

describe("indicatorApplies", () => {
  it("applies to every age band when the indicator names none, else only to those it names", () => {
    expect(indicatorApplies([], "AGE_0_15")).toBe(true);
    expect(indicatorApplies(["AGE_16_17", "AGE_18_20"], "AGE_0_15")).toBe(false);
    expect(indicatorApplies(["AGE_16_17", "AGE_18_20"], "AGE_18_20")).toBe(true);
  });
});

describe("indicator schemas", () => {
  it("upper-cases the code and reads ticked age bands and the active box as the form sends them", () => {
    const parsed = saveIndicatorSchema.parse({ id: "", code: "extrajobb", name: "Andel som arbetar extra", description: " ", ageBands: "AGE_16_17", isActive: "on" });
    expect(parsed).toEqual({ code: "EXTRAJOBB", name: "Andel som arbetar extra", ageBands: ["AGE_16_17"], isActive: true });
    expect(saveIndicatorSchema.safeParse({ code: "a b", name: "x", isActive: undefined }).error?.issues.map((issue) => issue.path[0])).toEqual(["code", "name"]);
  });

  it("refuses unreadable, empty and repeated changes with a message", () => {
    const messageOf = (changes: string) => saveIndicatorValuesSchema.safeParse({ year: "2020", changes }).error?.issues[0]?.message;
    expect(messageOf("{not json")).toMatch(/kunde inte läsas/);
    expect(messageOf("[]")).toMatch(/inga ändringar/);
    const cell = { placementId: "0195f3c2-0000-7000-8000-000000000001", indicatorId: "0195f3c2-0000-7000-8000-000000000002", met: true };
    expect(messageOf(JSON.stringify([cell, { ...cell, met: false }]))).toMatch(/två gånger/);
    expect(saveIndicatorValuesSchema.parse({ year: "2020", changes: JSON.stringify([cell]) })).toEqual({ year: 2020, changes: [cell] });
  });
});
