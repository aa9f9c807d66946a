import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { safeSheetName, writeTableFile, type TableFile } from "@/lib/export/table-file";
import { readSpreadsheet } from "@/lib/import/spreadsheet";
import { scoringSettingsSchema, toScoringConfig } from "@/lib/validation/tenant-settings";

const table: TableFile = {
  sheetName: "Översikt",
  title: "Boende 2020 – översikt",
  headers: ["Utförare", "Sammanvägt", "Kvalitetsmognad"],
  percentColumns: [1],
  rows: [
    ["Caleo; \"Hem\"", 100, "Särskilt kvalitetsmogen"],
    ["Välfärd", 72.5, null],
  ],
};

describe("table files", () => {
  it("write XLSX that opens with the same rows, percentages as numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeTableFile(table, "xlsx")) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Översikt")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Utförare", "Sammanvägt", "Kvalitetsmognad"]);
    expect(sheet.getRow(2).getCell(2).value).toBe(100);
    expect(sheet.getRow(3).getCell(2).value).toBe(72.5);
    expect(sheet.getRow(3).getCell(2).numFmt).toBe('0.0" %"');
    expect(sheet.rowCount).toBe(3);
  });

  it("write CSV for Swedish Excel: BOM, semicolons, decimal commas, quoting", async () => {
    const bytes = await writeTableFile(table, "csv");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = await readSpreadsheet("oversikt.csv", new Uint8Array(bytes));
    expect(rows).toEqual([
      { utförare: 'Caleo; "Hem"', sammanvägt: "100", kvalitetsmognad: "Särskilt kvalitetsmogen" },
      { utförare: "Välfärd", sammanvägt: "72,5", kvalitetsmognad: "" },
    ]);
  });

  it("keep sheet names within Excel's rules", () => {
    expect(safeSheetName("Boende för ensamkommande barn och unga [2020]")).toBe("Boende för ensamkommande barn o");
    expect(safeSheetName("a/b:c")).toBe("a b c");
  });
});

describe("the scoring rules form", () => {
  const valid = { achieved: "100", partiallyAchieved: "50", notAchieved: "0", yes: "100", inProgress: "50", no: "0", notablyMature: "95", adequate: "75" };

  it("turns percentages into the engine's shares", () => {
    expect(toScoringConfig(scoringSettingsSchema.parse(valid))).toEqual({
      points: { ACHIEVED: 1, PARTIALLY_ACHIEVED: 0.5, NOT_ACHIEVED: 0, YES: 1, IN_PROGRESS: 0.5, NO: 0 },
      thresholds: { notablyMature: 0.95, adequate: 0.75 },
    });
  });

  it("refuses thresholds in the wrong order, points that reward a worse result, and numbers outside 0–100, in Swedish", () => {
    const messages = (input: Record<string, string>) => scoringSettingsSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages({ ...valid, adequate: "96" })).toEqual(["Gränsen för fullgod kvalitetsmognad måste vara lägre än gränsen för särskilt kvalitetsmogen."]);
    expect(messages({ ...valid, partiallyAchieved: "100", achieved: "90" })[0]).toMatch(/^Uppnått ska ge minst lika mycket/);
    expect(messages({ ...valid, yes: "120" })).toEqual(["Ja: skriv ett tal mellan 0 och 100."]);
    expect(messages({ ...valid, no: "abc" })).toEqual(["Nej: skriv ett tal mellan 0 och 100."]);
  });
});
