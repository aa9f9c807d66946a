"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { saveAssessment, saveReviewSummary } from "@/lib/data/assessments";
import { finaliseGrade } from "@/lib/data/grades";
import { MATURITY_GRADE_LABELS } from "@/lib/domain/labels";
import type { FormState } from "@/lib/validation/form-state";
import { finaliseGradeSchema, saveAssessmentSchema, saveReviewSummarySchema } from "@/lib/validation/assessment";

const reviewPath = (cycleId: string, providerId: string) => `/uppfoljningar/${cycleId}/granskning/${providerId}`;

export const saveAssessmentAction = formAction({ name: "saveAssessment", permission: "assessment.write" }, saveAssessmentSchema, async (input, actor): Promise<FormState> => {
  const result = await saveAssessment(tenantCtxOf(actor), input);
  if (result.status === "conflict") {
    return {
      ok: false,
      message: "Bedömningen har ändrats av någon annan sedan du öppnade sidan.",
      data: { status: "conflict", value: JSON.stringify(result.current), version: String(result.version) },
    };
  }
  // The grade above the list is recomputed from the saved assessments.
  revalidatePath(reviewPath(input.cycleId, input.providerId));
  return { ok: true, data: { status: "saved", version: String(result.version) } };
});

export const saveReviewSummaryAction = formAction({ name: "saveReviewSummary", permission: "assessment.write" }, saveReviewSummarySchema, async (input, actor) => {
  await saveReviewSummary(tenantCtxOf(actor), input);
  revalidatePath(reviewPath(input.cycleId, input.providerId));
  return { ok: true, message: "Sammanfattningen är sparad." };
});

export const finaliseGradeAction = formAction({ name: "finaliseGrade", permission: "grade.finalise" }, finaliseGradeSchema, async (input, actor) => {
  const { result } = await finaliseGrade(tenantCtxOf(actor), input.cycleId, input.providerId, input.replaceSnapshotId);
  revalidatePath(reviewPath(input.cycleId, input.providerId));
  return { ok: true, message: `Fastställd: ${MATURITY_GRADE_LABELS[result.grade]}.` };
});
