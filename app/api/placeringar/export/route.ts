import { z } from "zod";
import { routeHandler } from "@/lib/auth/route";
import { tenantCtxOf } from "@/lib/auth/session";
import { listPlacements } from "@/lib/data/placements";
import { AGE_BAND_LABELS, ASYLUM_STATUS_LABELS, GENDER_LABELS, NEEDS_LEVEL_LABELS } from "@/lib/domain/labels";
import { AppError } from "@/lib/errors";
import { contentTypeOf, writeTableFile } from "@/lib/export/table-file";
import { downloadResponse } from "@/lib/http/download";
import { PLACEMENT_COLUMNS } from "@/lib/validation/placement";

/** The placement register in the import's own columns, so an exported file can be edited and imported again. */
export const GET = routeHandler("placement.read", async (request, actor) => {
  const format = z.enum(["xlsx", "csv"]).safeParse(new URL(request.url).searchParams.get("format") ?? "xlsx");
  if (!format.success) throw new AppError("INVALID", "Formatet ska vara xlsx eller csv.");
  const placements = await listPlacements(tenantCtxOf(actor));
  const bytes = await writeTableFile(
    {
      sheetName: "Placeringar",
      title: "Placeringar",
      headers: [...PLACEMENT_COLUMNS],
      percentColumns: [],
      rows: placements.map((row) => [
        row.code,
        row.providerName,
        row.serviceType,
        AGE_BAND_LABELS[row.ageBand],
        GENDER_LABELS[row.gender],
        row.asylumStatus ? ASYLUM_STATUS_LABELS[row.asylumStatus] : "",
        NEEDS_LEVEL_LABELS[row.needsLevel],
        row.startsOn,
        row.endsOn ?? "",
      ]),
    },
    format.data,
  );
  return downloadResponse(bytes, `placeringar.${format.data}`, contentTypeOf(format.data));
});
