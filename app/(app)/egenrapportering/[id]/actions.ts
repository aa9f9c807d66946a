"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { deliverPendingEmails } from "@/lib/data/outbox";
import { addReviewComment, removeReviewComment } from "@/lib/data/review-comments";
import { reopenSelfAssessment, submitSelfAssessment } from "@/lib/data/self-assessments";
import { addReviewCommentSchema, removeReviewCommentSchema } from "@/lib/validation/review-comment";
import { reopenSelfAssessmentSchema, submitSelfAssessmentSchema } from "@/lib/validation/self-assessment";

export const submitSelfAssessmentAction = formAction(
  { name: "submitSelfAssessment", permission: "selfAssessment.write" },
  submitSelfAssessmentSchema,
  async (input, actor) => {
    await submitSelfAssessment(tenantCtxOf(actor), input.selfAssessmentId);
    revalidatePath(`/egenrapportering/${input.selfAssessmentId}`);
    return { ok: true, message: "Tack! Egenrapporteringen är inskickad." };
  },
);

export const reopenSelfAssessmentAction = formAction(
  { name: "reopenSelfAssessment", permission: "selfAssessment.reopen" },
  reopenSelfAssessmentSchema,
  async (input, actor) => {
    await reopenSelfAssessment(tenantCtxOf(actor), input.selfAssessmentId, input.reason);
    void deliverPendingEmails();
    revalidatePath(`/egenrapportering/${input.selfAssessmentId}`);
    return { ok: true, message: "Egenrapporteringen är öppnad igen och utföraren har fått besked." };
  },
);

/** Comments are shown beside the answers here and in the review workspace. */
function revalidateCommentPages(selfAssessmentId: string) {
  revalidatePath(`/egenrapportering/${selfAssessmentId}`);
  revalidatePath("/uppfoljningar/[cycleId]/granskning/[providerId]", "page");
}

export const addReviewCommentAction = formAction({ name: "addReviewComment", permission: "reviewComment.write" }, addReviewCommentSchema, async (input, actor) => {
  const comment = await addReviewComment(tenantCtxOf(actor), input);
  revalidateCommentPages(input.selfAssessmentId);
  return { ok: true, message: "Kommentaren är sparad.", data: { id: comment.id } };
});

export const removeReviewCommentAction = formAction({ name: "removeReviewComment", permission: "reviewComment.write" }, removeReviewCommentSchema, async (input, actor) => {
  const { selfAssessmentId } = await removeReviewComment(tenantCtxOf(actor), input.commentId);
  revalidateCommentPages(selfAssessmentId);
  return { ok: true, message: "Kommentaren är borttagen." };
});
