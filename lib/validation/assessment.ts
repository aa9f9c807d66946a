import { z } from "./zod";

const optionalText = z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(5000, "Texten får vara högst 5 000 tecken.").optional());
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.enum(values, message).optional());

/** One requirement's assessment for one provider in a cycle. */
export const saveAssessmentSchema = z.object({
  cycleId: z.uuid(),
  providerId: z.uuid(),
  requirementId: z.uuid(),
  /** Uppnått… for an activity, Ja… for a supervision item; which applies is checked against the requirement. */
  result: optionalEnum(
    ["ACHIEVED", "PARTIALLY_ACHIEVED", "NOT_ACHIEVED", "YES", "NO", "IN_PROGRESS", "NOT_APPLICABLE"] as const,
    "Välj ett av de angivna bedömningsalternativen.",
  ),
  motivation: optionalText,
  strengths: optionalText,
  improvementAreas: optionalText,
  expectedVersion: z.coerce.number().int().min(0),
});
export type SaveAssessmentInput = z.infer<typeof saveAssessmentSchema>;

export const finaliseGradeSchema = z.object({
  cycleId: z.uuid(),
  providerId: z.uuid(),
  replaceSnapshotId: z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional()),
});

/** The review's overall strengths and areas to improve for one provider. */
export const saveReviewSummarySchema = z.object({
  cycleId: z.uuid(),
  providerId: z.uuid(),
  strengths: optionalText,
  improvementAreas: optionalText,
});
export type SaveReviewSummaryInput = z.infer<typeof saveReviewSummarySchema>;
