import "server-only";
import { can } from "@/lib/auth/policy";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors";
import type { AddReviewCommentInput } from "@/lib/validation/review-comment";
import { recordAudit } from "./audit";
import type { TenantCtx } from "./tenant-context";

export interface ReviewCommentView {
  id: string;
  questionId: string | null;
  body: string;
  authorName: string;
  createdAt: Date;
  /** The author may remove their own comment. */
  mine: boolean;
}

/**
 * The municipality's comments on a self-assessment, oldest first. Provider users get none: the
 * comments are internal to the municipality whatever page asks for them.
 */
export async function listReviewComments(tx: Tx, ctx: TenantCtx, selfAssessmentId: string): Promise<ReviewCommentView[]> {
  if (!can(ctx, "reviewComment.read")) return [];
  const rows = await tx.reviewComment.findMany({
    where: { tenantId: ctx.tenantId, selfAssessmentId },
    orderBy: { createdAt: "asc" },
    select: { id: true, questionId: true, body: true, authorId: true, createdAt: true },
  });
  const authors = rows.length
    ? await tx.user.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.authorId))] } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(authors.map((author) => [author.id, author.name]));
  return rows.map((row) => ({
    id: row.id,
    questionId: row.questionId,
    body: row.body,
    authorName: nameOf.get(row.authorId) ?? "Okänd användare",
    createdAt: row.createdAt,
    mine: row.authorId === ctx.userId,
  }));
}

export async function findReviewComments(ctx: TenantCtx, selfAssessmentId: string): Promise<ReviewCommentView[]> {
  return withTenant(ctx.tenantId, (tx) => listReviewComments(tx, ctx, selfAssessmentId));
}

/** A comment on one of the provider's answers (or the whole self-assessment), audited. */
export async function addReviewComment(ctx: TenantCtx, input: AddReviewCommentInput): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const selfAssessment = await tx.selfAssessment.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.selfAssessmentId } },
      select: { id: true, cycle: { select: { templateVersionId: true } } },
    });
    if (!selfAssessment) throw new AppError("NOT_FOUND");
    if (input.questionId) {
      const question = await tx.question.findFirst({
        where: { tenantId: ctx.tenantId, id: input.questionId, versionId: selfAssessment.cycle.templateVersionId ?? undefined },
        select: { id: true },
      });
      if (!question) throw new AppError("INVALID", "Frågan hör inte till den här egenrapporteringen.");
    }
    const comment = await tx.reviewComment.create({
      data: { tenantId: ctx.tenantId, selfAssessmentId: selfAssessment.id, questionId: input.questionId ?? null, authorId: ctx.userId, body: input.body },
      select: { id: true },
    });
    await recordAudit(tx, ctx, { entity: "ReviewComment", entityId: comment.id, action: "create", after: { questionId: input.questionId ?? null, body: input.body } });
    return comment;
  });
}

/** Removes a comment; only its author may. */
export async function removeReviewComment(ctx: TenantCtx, commentId: string): Promise<{ selfAssessmentId: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const comment = await tx.reviewComment.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: commentId } },
      select: { id: true, authorId: true, body: true, selfAssessmentId: true },
    });
    if (!comment) throw new AppError("NOT_FOUND");
    if (comment.authorId !== ctx.userId) throw new AppError("FORBIDDEN", "Du kan bara ta bort dina egna kommentarer.");
    await tx.reviewComment.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: comment.id } } });
    await recordAudit(tx, ctx, { entity: "ReviewComment", entityId: comment.id, action: "delete", before: { body: comment.body } });
    return { selfAssessmentId: comment.selfAssessmentId };
  });
}
