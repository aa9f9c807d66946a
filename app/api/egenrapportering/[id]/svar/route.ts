import { NextResponse } from "next/server";
import { z } from "zod";
import { routeHandler } from "@/lib/auth/route";
import { tenantCtxOf } from "@/lib/auth/session";
import { saveAnswer } from "@/lib/data/self-assessments";
import { AppError } from "@/lib/errors";
import { MAX_ANSWER_REQUEST_BYTES, saveAnswerSchema } from "@/lib/validation/self-assessment";

const paramsSchema = z.object({ id: z.uuid() });

/**
 * Autosave of one answer (the questionnaire calls this 0.8 s after typing stops). 200 with the new
 * version; 409 with the stored answer when someone saved a newer one; 422 for an answer that does
 * not fit the question; 503 during a database outage (the page keeps the text and tries again).
 */
export const PUT = routeHandler<{ id: string }>("selfAssessment.write", async (request, actor, params) => {
  const selfAssessmentId = paramsSchema.safeParse(params).data?.id;
  if (!selfAssessmentId) throw new AppError("NOT_FOUND");
  const body = await readJsonBody(request);
  const parsed = saveAnswerSchema.safeParse(body);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "Svaret kunde inte läsas.");

  const result = await saveAnswer(tenantCtxOf(actor), { selfAssessmentId, ...parsed.data });
  if (result.status === "invalid") throw new AppError("INVALID", result.message);
  if (result.status === "conflict") {
    return NextResponse.json(
      { message: "Svaret har ändrats någon annanstans sedan du började skriva.", current: { value: result.current.value, version: result.current.version } },
      { status: 409 },
    );
  }
  return NextResponse.json({ value: result.value, version: result.version });
});

async function readJsonBody(request: Request): Promise<unknown> {
  if (!request.headers.get("content-type")?.startsWith("application/json")) throw new AppError("INVALID", "Svaret ska skickas som JSON.");
  const tooLong = () => new AppError("INVALID", "Svaret är för långt.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_ANSWER_REQUEST_BYTES) throw tooLong();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_ANSWER_REQUEST_BYTES) throw tooLong();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("INVALID", "Svaret kunde inte läsas.");
  }
  // PostgreSQL cannot store NUL in text or JSON.
  if (containsNul(body)) throw new AppError("INVALID", "Svaret innehåller ett tecken som inte kan sparas (NUL). Ta bort det och försök igen.");
  return body;
}

function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === "object") return Object.entries(value).some(([key, item]) => key.includes("\u0000") || containsNul(item));
  return false;
}
