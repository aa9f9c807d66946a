import { z } from "zod";
import { routeHandler } from "@/lib/auth/route";
import { tenantCtxOf } from "@/lib/auth/session";
import { getReport } from "@/lib/data/reports";
import { AppError } from "@/lib/errors";
import { reportDocx } from "@/lib/export/report-docx";
import { reportPdf } from "@/lib/export/report-pdf";
import { reportWorkbook } from "@/lib/export/report-xlsx";
import { downloadResponse } from "@/lib/http/download";

const FORMATS = {
  pdf: { render: reportPdf, type: "application/pdf" },
  docx: { render: reportDocx, type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  xlsx: { render: reportWorkbook, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
} as const;

/**
 * The report as PDF, DOCX or XLSX, generated in memory from the data now: nothing is stored, so a
 * failed generation leaves nothing behind. `?form=publicerad` gives the suppressed, published form.
 */
export const GET = routeHandler<{ id: string }>("report.read", async (request, actor, { id }) => {
  if (!z.uuid().safeParse(id).success) throw new AppError("NOT_FOUND");
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "";
  if (!(format in FORMATS)) throw new AppError("INVALID", "Välj format: pdf, docx eller xlsx.");
  const { render, type } = FORMATS[format as keyof typeof FORMATS];
  const view = await getReport(tenantCtxOf(actor), id, { asPublished: url.searchParams.get("form") === "publicerad" });
  const bytes = await render(view.document);
  return downloadResponse(bytes, `${view.title}.${format}`, type);
});
