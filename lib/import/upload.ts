import "server-only";
import { AppError } from "@/lib/errors";
import type { RowError } from "@/lib/validation/rows";
import { MAX_IMPORT_BYTES, readSpreadsheet, SpreadsheetError } from "./spreadsheet";

/** The spreadsheet uploaded in a multipart request's `file` field, read into rows; the other fields for the caller. */
export async function readUploadedSpreadsheet(request: Request): Promise<{ rows: Record<string, string>[]; fileName: string; form: FormData }> {
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof File) || file.size === 0) throw new AppError("INVALID", "Välj en XLSX- eller CSV-fil.");
  if (file.size > MAX_IMPORT_BYTES) throw new AppError("INVALID", "Filen är större än 5 MB.");
  try {
    return { rows: await readSpreadsheet(file.name, new Uint8Array(await file.arrayBuffer())), fileName: file.name, form };
  } catch (error) {
    if (error instanceof SpreadsheetError) throw new AppError("INVALID", error.message);
    throw error;
  }
}

/** The 422 answer of an import with bad rows: nothing was saved, every row's problem listed. */
export function invalidRowsBody(errors: RowError[]): { message: string; errors: RowError[] } {
  return { message: `Ingenting importerades: ${errors.length} fel. Rätta raderna och försök igen.`, errors };
}
