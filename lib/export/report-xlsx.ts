/**
 * The report's tables as a workbook, every table on its own sheet (exceljs), with the caption on
 * top so a sheet still says what it is when it is copied elsewhere.
 */
import ExcelJS from "exceljs";
import { tablesOf, type ReportDocument } from "@/lib/report/document";

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\, unique in the book. */
export function sheetName(caption: string, taken: Set<string>): string {
  const base = caption.replace(/[[\]:*?/\\]/g, " ").replace(/\s+/g, " ").trim().slice(0, 28) || "Tabell";
  let name = base;
  for (let suffix = 2; taken.has(name.toLowerCase()); suffix += 1) name = `${base.slice(0, 27 - String(suffix).length)} (${suffix})`;
  taken.add(name.toLowerCase());
  return name;
}

export async function reportWorkbook(document: ReportDocument): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kvalitetsuppföljning";
  workbook.title = document.title;
  const taken = new Set<string>();
  for (const table of tablesOf(document)) {
    const sheet = workbook.addWorksheet(sheetName(table.caption, taken));
    sheet.addRow([table.caption]).font = { bold: true, size: 12 };
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => (/^-?\d+$/.test(cell) ? Number(cell) : cell)));
    if (table.note) sheet.addRow([table.note]).font = { italic: true };
    sheet.columns.forEach((column, index) => {
      const longest = Math.max(...[table.columns[index] ?? "", ...table.rows.map((row) => row[index] ?? "")].map((text) => text.length));
      column.width = Math.min(Math.max(longest + 2, 10), 60);
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
