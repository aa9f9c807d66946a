import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CommentForm } from "@/components/comments/comment-form";
import { CommentList } from "@/components/comments/comment-list";
import { AnswersReadOnly } from "@/components/self-assessment/answers-read-only";
import { ReopenForm } from "@/components/self-assessment/reopen-form";
import { SelfAssessmentForm } from "@/components/self-assessment/self-assessment-form";
import { subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { requireActor, tenantCtxOf } from "@/lib/auth/session";
import { findReviewComments } from "@/lib/data/review-comments";
import { findSelfAssessmentForm } from "@/lib/data/self-assessments";
import { SELF_ASSESSMENT_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { addReviewCommentAction, removeReviewCommentAction, reopenSelfAssessmentAction, submitSelfAssessmentAction } from "./actions";

export const metadata: Metadata = { title: "Egenrapportering" };

export default async function SelfAssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await requireActor();
  const form = await findSelfAssessmentForm(tenantCtxOf(actor), id);
  if (!form) notFound();
  const subject = subjectOf(actor);
  // Internal to the municipality: findReviewComments returns nothing for provider users.
  const comments = await findReviewComments(tenantCtxOf(actor), form.id);
  const mayComment = can(subject, "reviewComment.write");
  const mayReopen = form.status === "SUBMITTED" && can(subject, "selfAssessment.reopen", { tenantId: form.tenantId, providerId: form.providerId });

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-600">{form.cycleName}</p>
        <h1 className="text-2xl font-bold">Egenrapportering – {form.providerName}</h1>
        <p className="text-slate-700">
          {SELF_ASSESSMENT_STATUS_LABELS[form.status as keyof typeof SELF_ASSESSMENT_STATUS_LABELS]}
          {form.submittedAt && (form.status === "SUBMITTED" || form.status === "LOCKED") ? ` ${formatDateTime(form.submittedAt)}` : ""} · sista dag{" "}
          {formatDate(form.dueOn)}
        </p>
      </div>
      {form.status === "REOPENED" && form.reopenReason ? (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <strong>Öppnad igen av kommunen:</strong> {form.reopenReason}
        </p>
      ) : null}
      {form.editable ? (
        <SelfAssessmentForm form={form} submit={submitSelfAssessmentAction} />
      ) : (
        <>
          {mayReopen ? <ReopenForm selfAssessmentId={form.id} action={reopenSelfAssessmentAction} /> : null}
          <AnswersReadOnly
            form={form}
            afterAnswer={
              mayComment || comments.length
                ? (question) => (
                    <>
                      <CommentList comments={comments.filter((comment) => comment.questionId === question.id)} remove={removeReviewCommentAction} />
                      {mayComment ? (
                        <details className="text-sm">
                          <summary className="cursor-pointer text-brand-700">Kommentera svaret</summary>
                          <CommentForm selfAssessmentId={form.id} questionId={question.id} subject={`svaret på "${question.text}"`} action={addReviewCommentAction} />
                        </details>
                      ) : null}
                    </>
                  )
                : undefined
            }
          />
        </>
      )}
    </div>
  );
}
