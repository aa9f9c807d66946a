import { z } from "zod";
import { routeHandler } from "@/lib/auth/route";
import { tenantCtxOf } from "@/lib/auth/session";
import { dialogueCalendar } from "@/lib/data/dialogues";
import { AppError } from "@/lib/errors";
import { downloadResponse } from "@/lib/http/download";

/** The dialogue as a calendar file, for anyone who may read the dialogue. */
export const GET = routeHandler<{ id: string }>("dialogue.read", async (_request, actor, { id }) => {
  if (!z.uuid().safeParse(id).success) throw new AppError("NOT_FOUND");
  const ics = await dialogueCalendar(tenantCtxOf(actor), id);
  return downloadResponse(Buffer.from(ics, "utf8"), "kvalitetsdialog.ics", "text/calendar; charset=utf-8");
});
