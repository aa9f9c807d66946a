import { NextResponse } from "next/server";
import { z } from "zod";
import { routeHandler } from "@/lib/auth/route";
import { tenantCtxOf } from "@/lib/auth/session";
import { addActionEvidence } from "@/lib/data/evidence";
import { AppError } from "@/lib/errors";
import { MAX_EVIDENCE_BYTES } from "@/lib/storage/evidence";

/** Evidence for an action (multipart: file), from someone who may report on it. */
export const POST = routeHandler<{ id: string }>("action.update", async (request, actor, { id }) => {
  if (!z.uuid().safeParse(id).success) throw new AppError("NOT_FOUND");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_EVIDENCE_BYTES + 64 * 1024) throw new AppError("INVALID", "Filen är större än 10 MB.");
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("INVALID", "Välj en fil att ladda upp.");
  const saved = await addActionEvidence(tenantCtxOf(actor), { actionId: id, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return NextResponse.json({ message: `${saved.fileName} är uppladdad.`, ...saved }, { status: 201 });
});
