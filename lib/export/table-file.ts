/**
 * Writes a table (a header row and data rows) as XLSX or CSV with `exceljs`, the same library
 * the imports read with. CSV is for Swedish Excel: semicolons, a BOM, decimal commas.
 */
import ExcelJS from "exceljs";

export type TableFormat = "xlsx" | "csv";

export interface TableFile {
  sheetName: string;
  /** Shown as the document title in the XLSX file's properties. */
  title: string;
  headers: string[];
  /** Percent columns hold numbers 0–100. */
  percentColumns: number[];
  rows: (string | number | null)[][];
}

const CONTENT_TYPES: Record<TableFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

export function contentTypeOf(format: TableFormat): string {
  return CONTENT_TYPES[format];
}

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31).trim() || "Blad1";
}

const decimalComma = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1, useGrouping: false });

export async function writeTableFile(table: TableFile, format: TableFormat): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = table.title;
  workbook.creator = "Kvalitetsuppföljning";
  const sheet = workbook.addWorksheet(safeSheetName(table.sheetName), { views: [{ state: "frozen", ySplit: 1 }] });
  const percent = new Set(table.percentColumns);
  if (format === "csv") {
    sheet.addRow(table.headers);
    for (const row of table.rows) sheet.addRow(row.map((cell, index) => (percent.has(index) && typeof cell === "number" ? decimalComma.format(cell) : cell)));
    const bytes = await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ";", writeBOM: true } });
    return Buffer.from(bytes as ArrayBuffer);
  }
  sheet.columns = table.headers.map((header, index) => ({
    header,
    width: Math.min(60, Math.max(12, header.length + 2, ...table.rows.map((row) => String(row[index] ?? "").length + 2))),
    style: percent.has(index) ? { numFmt: '0.0" %"' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(table.rows.map((row) => row.map((cell) => cell ?? "")));
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}
