"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { saveAssessment } from "@/lib/data/assessments";
import { finaliseGrade } from "@/lib/data/grades";
import { MATURITY_GRADE_LABELS } from "@/lib/domain/labels";
import { finaliseGradeSchema, saveAssessmentSchema } from "@/lib/validation/assessment";

export const saveAssessmentAction = formAction({ name: "saveAssessment", permission: "assessment.write" }, saveAssessmentSchema, async (input, actor) => {
  const result = await saveAssessment(tenantCtxOf(actor), input);
  revalidatePath(`/uppfoljningar/${input.cycleId}/granskning/${input.providerId}`);
  return result.status === "saved"
    ? { ok: true, message: "Sparat.", data: { version: String(result.version) } }
    : { ok: false, message: "Bedömningen har ändrats av någon annan sedan du öppnade sidan. Ladda om sidan och gör om ändringen." };
});

export const finaliseGradeAction = formAction({ name: "finaliseGrade", permission: "grade.finalise" }, finaliseGradeSchema, async (input, actor) => {
  const { result } = await finaliseGrade(tenantCtxOf(actor), input.cycleId, input.providerId, input.replaceSnapshotId);
  revalidatePath(`/uppfoljningar/${input.cycleId}/granskning/${input.providerId}`);
  return { ok: true, message: `Fastställd: ${MATURITY_GRADE_LABELS[result.grade]}.` };
});
