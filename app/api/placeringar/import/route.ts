import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/auth/route";
import { tenantCtxOf } from "@/lib/auth/session";
import { importPlacements } from "@/lib/data/placements";
import { AppError } from "@/lib/errors";
import { MAX_IMPORT_BYTES, readSpreadsheet, SpreadsheetError } from "@/lib/import/spreadsheet";

/** Import of placements from an uploaded XLSX or CSV file: 200 with counts, or 422 with every bad row. */
export const POST = routeHandler("placement.manage", async (request, actor) => {
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("INVALID", "Välj en XLSX- eller CSV-fil.");
  if (file.size > MAX_IMPORT_BYTES) throw new AppError("INVALID", "Filen är större än 5 MB.");
  let rows: Record<string, string>[];
  try {
    rows = await readSpreadsheet(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    if (error instanceof SpreadsheetError) throw new AppError("INVALID", error.message);
    throw error;
  }
  const result = await importPlacements(tenantCtxOf(actor), rows, file.name);
  if (result.status === "invalid") {
    return NextResponse.json({ message: `Ingenting importerades: ${result.errors.length} fel. Rätta raderna och försök igen.`, errors: result.errors }, { status: 422 });
  }
  return NextResponse.json({ message: `Importen är klar: ${result.created} nya och ${result.updated} uppdaterade placeringar.`, ...result });
});
