import { z } from "./zod";

export const MAX_ANSWER_REQUEST_BYTES = 256 * 1024;

/**
 * One autosave, the JSON body of `PUT /api/egenrapportering/[id]/svar`. The value's shape depends
 * on the question's type and is checked against it in the data layer.
 */
export const saveAnswerSchema = z.object(
  {
    questionId: z.uuid("Frågan finns inte."),
    value: z.unknown().refine((value) => value !== undefined, "Svaret saknas."),
    expectedVersion: z.number("Versionen saknas.").int("Versionen ska vara ett heltal.").min(0, "Versionen kan inte vara negativ.").max(1_000_000, "Versionen är orimligt hög."),
  },
  "Svaret ska vara ett objekt med questionId, value och expectedVersion.",
);

/** What the page sends; `value` is any JSON (null clears the answer). */
export interface SaveAnswerRequest {
  questionId: string;
  value: unknown;
  expectedVersion: number;
}

export const submitSelfAssessmentSchema = z.object({ selfAssessmentId: z.uuid() });

export const reopenSelfAssessmentSchema = z.object({
  selfAssessmentId: z.uuid(),
  reason: z.string().trim().min(10, "Skriv varför egenrapporteringen öppnas igen (minst 10 tecken).").max(2000, "Skälet får vara högst 2 000 tecken."),
});
