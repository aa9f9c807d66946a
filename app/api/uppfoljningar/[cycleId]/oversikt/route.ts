import { z } from "zod";
import { routeHandler } from "@/lib/auth/route";
import { tenantCtxOf } from "@/lib/auth/session";
import { getCycleOverviewTable } from "@/lib/data/cycle-overview";
import { applyOverviewView, exportCell, overviewColumns, viewFromSearchParams } from "@/lib/domain/cycle-overview";
import { AppError } from "@/lib/errors";
import { contentTypeOf, writeTableFile } from "@/lib/export/table-file";
import { downloadResponse } from "@/lib/http/download";

const formatSchema = z.enum(["xlsx", "csv"], "Formatet ska vara xlsx eller csv.");

/** The cycle overview as XLSX or CSV: the rows, order and columns of the view in the query string. */
export const GET = routeHandler<{ cycleId: string }>("cycle.read", async (request, actor, params) => {
  if (!z.uuid().safeParse(params.cycleId).success) throw new AppError("NOT_FOUND");
  const url = new URL(request.url);
  const format = formatSchema.safeParse(url.searchParams.get("format") ?? "xlsx");
  if (!format.success) throw new AppError("INVALID", "Formatet ska vara xlsx eller csv.");
  const overview = await getCycleOverviewTable(tenantCtxOf(actor), params.cycleId);
  if (!overview) throw new AppError("NOT_FOUND");
  const { columns, rows } = applyOverviewView(overview.rows, overviewColumns(overview.goalAreas), viewFromSearchParams(url.searchParams));
  const bytes = await writeTableFile(
    {
      sheetName: "Översikt",
      title: `${overview.cycle.name} – översikt`,
      headers: columns.map((column) => column.header),
      percentColumns: columns.flatMap((column, index) => (column.kind === "percent" ? [index] : [])),
      rows: rows.map((row) => columns.map((column) => exportCell(column, row))),
    },
    format.data,
  );
  return downloadResponse(bytes, `${overview.cycle.name} – översikt.${format.data}`, contentTypeOf(format.data));
});
