import { z } from "./zod";

/** One autosave: the value travels as JSON so every question type fits one form field. */
export const saveAnswerSchema = z.object({
  selfAssessmentId: z.uuid(),
  questionId: z.uuid(),
  value: z.string().max(200_000, "Svaret är för långt.").transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "Svaret kunde inte läsas." });
      return z.NEVER;
    }
  }),
  expectedVersion: z.coerce.number().int().min(0).max(1_000_000),
});

export const submitSelfAssessmentSchema = z.object({ selfAssessmentId: z.uuid() });

export const reopenSelfAssessmentSchema = z.object({
  selfAssessmentId: z.uuid(),
  reason: z.string().trim().min(10, "Skriv varför egenrapporteringen öppnas igen (minst 10 tecken).").max(2000, "Skälet får vara högst 2 000 tecken."),
});
