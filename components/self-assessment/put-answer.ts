import type { FormState } from "@/lib/validation/form-state";
import type { SaveAnswerRequest } from "@/lib/validation/self-assessment";

/**
 * Sends one autosave to `PUT /api/egenrapportering/[id]/svar` and answers in the shape
 * useAutosave reads. A network failure throws (the hook keeps the edit and retries).
 */
export async function putAnswer(selfAssessmentId: string, request: SaveAnswerRequest): Promise<FormState> {
  const response = await fetch(`/api/egenrapportering/${selfAssessmentId}/svar`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...request, value: request.value ?? null }),
  });
  const body = (await response.json().catch(() => ({}))) as { message?: string; value?: unknown; version?: number; current?: { value: unknown; version: number } };
  if (response.ok) return { ok: true, data: { status: "saved", value: JSON.stringify(body.value ?? null), version: String(body.version) } };
  if (response.status === 409 && body.current) {
    return { ok: false, message: body.message, data: { status: "conflict", value: JSON.stringify(body.current.value), version: String(body.current.version) } };
  }
  // Two saves of the same answer crossed on the server; the next try reports the stored answer.
  if (response.status === 409) return { ok: false, data: { status: "retry" } };
  if (response.status === 503 || response.status === 502 || response.status === 504) return { ok: false, message: body.message, data: { status: "unavailable" } };
  if (response.status === 401) return { ok: false, message: "Du är utloggad. Logga in igen i en ny flik – det du skrivit finns kvar här så länge sidan är öppen." };
  return { ok: false, message: body.message ?? "Svaret kunde inte sparas." };
}
