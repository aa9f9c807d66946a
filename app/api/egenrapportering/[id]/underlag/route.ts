import { NextResponse } from "next/server";
import { z } from "zod";
import { routeHandler } from "@/lib/auth/route";
import { tenantCtxOf } from "@/lib/auth/session";
import { addEvidence } from "@/lib/data/evidence";
import { AppError } from "@/lib/errors";
import { MAX_EVIDENCE_BYTES } from "@/lib/storage/evidence";

const paramsSchema = z.object({ id: z.uuid() });

/** Upload of one evidence file (multipart: questionId, file) to a FILE question. */
export const POST = routeHandler<{ id: string }>("selfAssessment.write", async (request, actor, params) => {
  const { id } = paramsSchema.safeParse(params).data ?? {};
  if (!id) throw new AppError("NOT_FOUND");
  // Refuse oversized bodies before reading them.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_EVIDENCE_BYTES + 64 * 1024) throw new AppError("INVALID", "Filen är större än 10 MB.");
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const questionId = z.uuid().safeParse(form?.get("questionId"));
  if (!form || !(file instanceof File) || !questionId.success) throw new AppError("INVALID", "Välj en fil att ladda upp.");
  const saved = await addEvidence(tenantCtxOf(actor), {
    selfAssessmentId: id,
    questionId: questionId.data,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  return NextResponse.json(saved, { status: 201 });
});
