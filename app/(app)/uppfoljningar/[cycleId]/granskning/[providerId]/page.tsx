import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { MaturityBadge } from "@/components/badges/maturity-badge";
import { CommentForm } from "@/components/comments/comment-form";
import { CommentList } from "@/components/comments/comment-list";
import { ActionForm } from "@/components/questionnaires/action-form";
import { GradeExplanation } from "@/components/review/grade-explanation";
import { ProviderAnswers } from "@/components/review/provider-answers";
import { ReviewAssessments } from "@/components/review/review-assessments";
import { ReviewSummaryForm } from "@/components/review/review-summary-form";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { findReviewWorkspace } from "@/lib/data/assessments";
import { previewGrade } from "@/lib/data/grades";
import { SELF_ASSESSMENT_STATUS_LABELS } from "@/lib/domain/labels";
import { formatPercent } from "@/lib/format";
import { addReviewCommentAction, removeReviewCommentAction } from "../../../../egenrapportering/[id]/actions";
import { finaliseGradeAction, saveAssessmentAction, saveReviewSummaryAction } from "./actions";
import { BackLink } from "@/components/layout/back-link";

export const metadata: Metadata = { title: "Bedömning" };

export default async function ReviewPage({ params }: { params: Promise<{ cycleId: string; providerId: string }> }) {
  const { cycleId, providerId } = await params;
  if (!z.uuid().safeParse(cycleId).success || !z.uuid().safeParse(providerId).success) notFound();
  const actor = await requirePermission("assessment.write");
  const ctx = tenantCtxOf(actor);
  const workspace = await findReviewWorkspace(ctx, cycleId, providerId);
  if (!workspace) notFound();
  const { result, current } = await previewGrade(ctx, cycleId, providerId);
  const differs = current && (current.grade !== result.grade || current.total !== result.total);
  const selfAssessment = workspace.selfAssessment;

  return (
    <div className="space-y-6">
      <div>
        <BackLink href={`/uppfoljningar/${cycleId}`}>{workspace.cycleName}</BackLink>
        <h1 className="text-2xl font-bold">Bedömning – {workspace.providerName}</h1>
        <p className="text-slate-700">
          Egenrapportering:{" "}
          {selfAssessment ? (
            <Link href={`/egenrapportering/${selfAssessment.id}`} className="text-brand-700 underline">
              {SELF_ASSESSMENT_STATUS_LABELS[selfAssessment.status as keyof typeof SELF_ASSESSMENT_STATUS_LABELS]}
            </Link>
          ) : (
            "ingen"
          )}
        </p>
      </div>
      <section aria-labelledby="mognad" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="mognad" className="text-lg font-semibold">
          Kvalitetsmognad enligt bedömningarna
        </h2>
        <GradeExplanation result={result} />
        {current ? (
          <p className="text-sm">
            Fastställd nu: <MaturityBadge grade={current.grade} /> {formatPercent(current.total * 100)}
            {differs ? " – skiljer sig från beräkningen ovan." : " – samma som beräkningen."}
          </p>
        ) : null}
        <ActionForm
          action={finaliseGradeAction}
          fields={{ cycleId, providerId, replaceSnapshotId: current?.id ?? "" }}
          label={!current ? "Fastställ kvalitetsmognad" : differs ? "Ersätt den fastställda med beräkningen" : "Fastställd enligt beräkningen"}
          pendingLabel="Fastställer…"
          disabled={Boolean(current && !differs)}
        />
      </section>
      <section aria-labelledby="sammanfattning" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="sammanfattning" className="text-lg font-semibold">
          Sammanfattning av granskningen
        </h2>
        <ReviewSummaryForm cycleId={cycleId} providerId={providerId} summary={workspace.summary} action={saveReviewSummaryAction} />
        {workspace.otherComments.length ? (
          <div className="space-y-2">
            <h3 className="font-semibold">Kommentarer om egenrapporteringen i övrigt</h3>
            <CommentList comments={workspace.otherComments} remove={removeReviewCommentAction} />
          </div>
        ) : null}
      </section>
      <section aria-labelledby="krav" className="space-y-3">
        <h2 id="krav" className="text-lg font-semibold">
          Bedömning per krav
        </h2>
        <ReviewAssessments
          cycleId={cycleId}
          providerId={providerId}
          save={saveAssessmentAction}
          items={workspace.items.map((item) => ({
            requirementId: item.requirementId,
            code: item.code,
            title: item.title,
            text: item.text,
            reference: item.reference,
            goalArea: item.goalArea,
            scale: item.scale,
            isCritical: item.isCritical,
            commentQuestionId: item.commentQuestionId,
            assessment: item.assessment,
          }))}
          details={Object.fromEntries(
            workspace.items.map((item) => [
              item.requirementId,
              <div key={item.requirementId} className="space-y-2">
                <ProviderAnswers answers={item.answers} />
                <CommentList comments={item.comments} remove={removeReviewCommentAction} />
                {selfAssessment && item.commentQuestionId ? (
                  <details className="text-sm">
                    <summary className="cursor-pointer text-brand-700">Intern kommentar om {item.code}</summary>
                    <CommentForm selfAssessmentId={selfAssessment.id} questionId={item.commentQuestionId} subject={item.code} action={addReviewCommentAction} />
                  </details>
                ) : null}
              </div>,
            ]),
          )}
        />
      </section>
    </div>
  );
}
