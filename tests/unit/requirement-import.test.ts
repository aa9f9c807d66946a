import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readSpreadsheet } from "@/lib/import/spreadsheet";
import { validateRequirementRows } from "@/lib/validation/requirement-import";

const row = (overrides: Record<string, string> = {}) => ({
  kod: "VG-9",
  källa: "Lag",
  referens: "SoL 14 kap 1–2 §§",
  rubrik: "Rutin för Lex Sarah",
  text: "Utföraren har en rutin för rapportering av missförhållanden.",
  målområde: "Värdegrund",
  kvalitetsområden: "Trygghet och säkerhet; Kunskapsbaserad verksamhet",
  kritisk: "ja",
  vikt: "3",
  bedömning: "tillsyn",
  ...overrides,
});

describe("requirement import rows", () => {
  it("turns a spreadsheet row into a requirement", () => {
    const { rows, errors } = validateRequirementRows([row()]);
    expect(errors).toEqual([]);
    expect(rows[0]).toEqual({
      kod: "VG-9",
      källa: "LAW",
      referens: "SoL 14 kap 1–2 §§",
      rubrik: "Rutin för Lex Sarah",
      text: "Utföraren har en rutin för rapportering av missförhållanden.",
      målområde: "Värdegrund",
      kvalitetsområden: ["SAFETY_SECURITY", "KNOWLEDGE_BASED"],
      kritisk: true,
      vikt: 3,
      bedömning: "SUPERVISION",
    });
  });

  it("reports every problem with its row number and saves nothing", () => {
    const { rows, errors } = validateRequirementRows([
      row(),
      row({ kod: "", källa: "förordning" }),
      row({ kod: "VG-9", vikt: "12", kvalitetsområden: "Trivsel" }),
    ]);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { row: 3, message: "kod: Kod saknas." },
      { row: 3, message: "källa: Källa ska vara lag, avtal eller kommunalt mål." },
      { row: 4, message: "kvalitetsområden: Okänt kvalitetsområde: trivsel. Använd SoL:s sex områden." },
      { row: 4, message: "vikt: Vikt ska vara ett heltal 1–10." },
    ]);
  });

  it("refuses the same code twice and an empty file", () => {
    expect(validateRequirementRows([row(), row({ rubrik: "Annan" })]).errors).toEqual([{ row: 3, message: "kod: VG-9 finns redan på rad 2." }]);
    expect(validateRequirementRows([]).errors).toEqual([{ row: 1, message: "Filen innehåller inga rader under rubrikraden." }]);
  });
});

describe("reading spreadsheets", () => {
  it("reads an XLSX sheet by its header row", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Krav");
    sheet.addRow(["Kod", "Källa", "Rubrik"]);
    sheet.addRow(["A-1", "avtal", "Försäkring"]);
    sheet.addRow([]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readSpreadsheet("krav.xlsx", bytes)).toEqual([{ kod: "A-1", källa: "avtal", rubrik: "Försäkring" }]);
  });

  it("reads a semicolon-separated CSV as Swedish Excel writes it, BOM and all", async () => {
    const csv = "\uFEFFkod;källa;rubrik\nA-1;lag;Lex Sarah\n";
    expect(await readSpreadsheet("krav.csv", new TextEncoder().encode(csv))).toEqual([{ kod: "A-1", källa: "lag", rubrik: "Lex Sarah" }]);
  });

  it("refuses what is neither XLSX nor CSV, with a clear message", async () => {
    await expect(readSpreadsheet("krav.pdf", new TextEncoder().encode("%PDF-1.7"))).rejects.toThrow("Filen ska vara en XLSX- eller CSV-fil.");
    await expect(readSpreadsheet("krav.xlsx", Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toThrow(/kunde inte läsas/);
  });
});
