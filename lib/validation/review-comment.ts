import { z } from "./zod";

const optionalUuid = z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional());

/** A social secretary's or quality developer's comment on a provider's answer. */
export const addReviewCommentSchema = z.object({
  selfAssessmentId: z.uuid(),
  questionId: optionalUuid,
  body: z.string("Skriv en kommentar.").trim().min(1, "Skriv en kommentar.").max(2000, "Kommentaren får vara högst 2 000 tecken."),
});
export type AddReviewCommentInput = z.infer<typeof addReviewCommentSchema>;

export const removeReviewCommentSchema = z.object({ commentId: z.uuid() });
