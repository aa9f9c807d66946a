import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/auth/route";
import { tenantCtxOf } from "@/lib/auth/session";
import { importPlacements } from "@/lib/data/placements";
import { invalidRowsBody, readUploadedSpreadsheet } from "@/lib/import/upload";

/** Import of placements from an uploaded XLSX or CSV file: 200 with counts, or 422 with every bad row. */
export const POST = routeHandler("placement.manage", async (request, actor) => {
  const { rows, fileName } = await readUploadedSpreadsheet(request);
  const result = await importPlacements(tenantCtxOf(actor), rows, fileName);
  if (result.status === "invalid") return NextResponse.json(invalidRowsBody(result.errors), { status: 422 });
  return NextResponse.json({ message: `Importen är klar: ${result.created} nya och ${result.updated} uppdaterade placeringar.`, ...result });
});
