import { NextResponse } from "next/server";
import { z } from "zod";
import { routeHandler } from "@/lib/auth/route";
import { tenantCtxOf } from "@/lib/auth/session";
import { readEvidence, removeEvidence } from "@/lib/data/evidence";
import { AppError } from "@/lib/errors";
import { downloadResponse } from "@/lib/http/download";

const idOf = (params: { attachmentId: string }) => {
  const parsed = z.uuid().safeParse(params.attachmentId);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  return parsed.data;
};

/** Download: always as an attachment, with its checked type, so nothing uploaded runs as a page. */
export const GET = routeHandler<{ attachmentId: string }>("selfAssessment.read", async (_request, actor, params) => {
  const file = await readEvidence(tenantCtxOf(actor), idOf(params));
  return downloadResponse(file.bytes, file.fileName, file.mimeType);
});

export const DELETE = routeHandler<{ attachmentId: string }>("selfAssessment.write", async (_request, actor, params) => {
  await removeEvidence(tenantCtxOf(actor), idOf(params));
  return new NextResponse(null, { status: 204 });
});
