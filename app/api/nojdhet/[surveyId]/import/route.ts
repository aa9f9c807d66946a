import { NextResponse } from "next/server";
import { z } from "zod";
import { routeHandler } from "@/lib/auth/route";
import { tenantCtxOf } from "@/lib/auth/session";
import { importSurveyResponses } from "@/lib/data/surveys";
import { AppError } from "@/lib/errors";
import { invalidRowsBody, readUploadedSpreadsheet } from "@/lib/import/upload";
import { importModeSchema } from "@/lib/validation/survey";

/** Import of a survey tool's export into one survey: 200 with counts, or 422 with every bad row. */
export const POST = routeHandler<{ surveyId: string }>("survey.manage", async (request, actor, { surveyId }) => {
  if (!z.uuid().safeParse(surveyId).success) throw new AppError("NOT_FOUND");
  const { rows, fileName, form } = await readUploadedSpreadsheet(request);
  const mode = importModeSchema.safeParse(form.get("mode") ?? "replace");
  if (!mode.success) throw new AppError("INVALID", mode.error.issues[0]!.message);
  const result = await importSurveyResponses(tenantCtxOf(actor), surveyId, rows, mode.data, fileName);
  if (result.status === "invalid") return NextResponse.json(invalidRowsBody(result.errors), { status: 422 });
  const replaced = result.replaced ? ` ${result.replaced} tidigare svar ersattes.` : "";
  return NextResponse.json({ message: `Importen är klar: ${result.imported} svar.${replaced}`, ...result });
});
