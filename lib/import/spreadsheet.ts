/**
 * Reads the first sheet of an XLSX file, or a CSV file, into rows keyed by the header row's
 * (lower-cased, trimmed) column names. Uses the maintained `exceljs` library for both formats.
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;

export class SpreadsheetError extends Error {}

export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<Record<string, string>[]> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new SpreadsheetError("Filen är större än 5 MB.");
  const workbook = new ExcelJS.Workbook();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  try {
    if (isZip) {
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    } else if (/\.csv$/i.test(fileName)) {
      const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
      const delimiter = (text.split("\n")[0] ?? "").includes(";") ? ";" : ",";
      await workbook.csv.read(Readable.from([text]), { parserOptions: { delimiter } });
    } else {
      throw new SpreadsheetError("Filen ska vara en XLSX- eller CSV-fil.");
    }
  } catch (error) {
    if (error instanceof SpreadsheetError) throw error;
    throw new SpreadsheetError("Filen kunde inte läsas. Kontrollera att den är en XLSX- eller CSV-fil.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetError("Filen innehåller inget blad.");
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    headers[column] = cellText(cell.value).trim().toLowerCase();
  });
  if (!headers.some(Boolean)) throw new SpreadsheetError("Första raden ska innehålla kolumnnamnen.");
  const rows: Record<string, string>[] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const record: Record<string, string> = {};
    let empty = true;
    headers.forEach((header, column) => {
      if (!header) return;
      const value = cellText(row.getCell(column).value);
      if (value.trim()) empty = false;
      record[header] = value;
    });
    if (!empty) rows.push(record);
    if (rows.length > MAX_IMPORT_ROWS) throw new SpreadsheetError(`Filen har fler än ${MAX_IMPORT_ROWS} rader.`);
  }
  return rows;
}

/** A cell as text, without NUL characters (PostgreSQL cannot store them in text). */
function cellText(value: ExcelJS.CellValue): string {
  return rawCellText(value).replace(/\u0000/g, "");
}

function rawCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return String(value.result ?? "");
    return "";
  }
  return String(value);
}
