import "server-only";
import { withTenant } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors";
import type { SaveAssessmentInput } from "@/lib/validation/assessment";
import { recordAudit } from "./audit";
import type { TenantCtx } from "./tenant-context";

export interface ReviewItem {
  requirementId: string;
  code: string;
  title: string;
  reference: string | null;
  goalArea: string;
  scale: "ACTIVITY" | "SUPERVISION";
  isCritical: boolean;
  /** The provider's answers to the questions linked to this requirement. */
  answers: { question: string; value: unknown }[];
  assessment: { outcome: string | null; supervisionAnswer: string | null; motivation: string | null; version: number } | null;
}

export interface ReviewWorkspace {
  cycleName: string;
  providerName: string;
  items: ReviewItem[];
}

/** Every requirement of the cycle's questionnaire with the provider's answers and the assessment so far. */
export async function findReviewWorkspace(ctx: TenantCtx, cycleId: string, providerId: string): Promise<ReviewWorkspace | null> {
  return withTenant(ctx.tenantId, async (tx) => {
    const participant = await tx.cycleProvider.findFirst({
      where: { tenantId: ctx.tenantId, cycleId, providerId },
      select: { cycle: { select: { name: true, templateVersionId: true } }, provider: { select: { name: true } } },
    });
    if (!participant?.cycle.templateVersionId) return null;
    // One connection per transaction: the queries run one after the other anyway.
    const [requirements, answers, assessments] = [
      await tx.requirement.findMany({
        where: { tenantId: ctx.tenantId, questions: { some: { question: { versionId: participant.cycle.templateVersionId } } } },
        orderBy: [{ goalArea: { sortOrder: "asc" } }, { sortOrder: "asc" }],
        select: { id: true, code: true, title: true, reference: true, scale: true, isCritical: true, goalArea: { select: { name: true } }, questions: { select: { questionId: true } } },
      }),
      await tx.answer.findMany({
        where: { tenantId: ctx.tenantId, selfAssessment: { cycleId, providerId } },
        select: { questionId: true, value: true, question: { select: { text: true } } },
      }),
      await tx.assessment.findMany({
        where: { tenantId: ctx.tenantId, cycleId, providerId },
        select: { requirementId: true, outcome: true, supervisionAnswer: true, motivation: true, version: true },
      }),
    ];
    const answerByQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
    const assessmentByRequirement = new Map(assessments.map((assessment) => [assessment.requirementId, assessment]));
    return {
      cycleName: participant.cycle.name,
      providerName: participant.provider.name,
      items: requirements.map((requirement) => ({
        requirementId: requirement.id,
        code: requirement.code,
        title: requirement.title,
        reference: requirement.reference,
        goalArea: requirement.goalArea?.name ?? "Övrigt",
        scale: requirement.scale,
        isCritical: requirement.isCritical,
        answers: requirement.questions.flatMap(({ questionId }) => {
          const answer = answerByQuestion.get(questionId);
          return answer && answer.value !== null ? [{ question: answer.question.text, value: answer.value }] : [];
        }),
        assessment: assessmentByRequirement.get(requirement.id) ?? null,
      })),
    };
  });
}

export type SaveAssessmentResult = { status: "saved"; version: number } | { status: "conflict"; version: number };

/** Saves an assessment if nobody has changed it since `expectedVersion`; audited with before and after. */
export async function saveAssessment(ctx: TenantCtx, input: SaveAssessmentInput): Promise<SaveAssessmentResult> {
  return withTenant(ctx.tenantId, async (tx) => {
    const requirement = await tx.requirement.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.requirementId } }, select: { scale: true } });
    const participant = await tx.cycleProvider.findFirst({ where: { tenantId: ctx.tenantId, cycleId: input.cycleId, providerId: input.providerId }, select: { id: true } });
    if (!requirement || !participant) throw new AppError("NOT_FOUND");
    const value = requirement.scale === "ACTIVITY" ? { outcome: input.outcome ?? null, supervisionAnswer: null } : { outcome: null, supervisionAnswer: input.supervisionAnswer ?? null };
    if (!value.outcome && !value.supervisionAnswer) {
      throw new AppError("INVALID", requirement.scale === "ACTIVITY" ? "Välj Uppnått, Delvis uppnått eller Ej uppnått." : "Välj Ja, Nej, Pågår eller Inte aktuellt.");
    }
    const key = { tenantId_cycleId_providerId_requirementId: { tenantId: ctx.tenantId, cycleId: input.cycleId, providerId: input.providerId, requirementId: input.requirementId } };
    const existing = await tx.assessment.findUnique({ where: key, select: { id: true, version: true, outcome: true, supervisionAnswer: true, motivation: true } });
    if ((existing?.version ?? 0) !== input.expectedVersion) return { status: "conflict", version: existing?.version ?? 0 };
    const data = { ...value, motivation: input.motivation ?? null, assessedById: ctx.userId };
    if (existing) {
      const updated = await tx.assessment.updateMany({ where: { tenantId: ctx.tenantId, id: existing.id, version: input.expectedVersion }, data: { ...data, version: { increment: 1 } } });
      if (updated.count === 0) return { status: "conflict", version: input.expectedVersion + 1 };
    } else {
      await tx.assessment.create({ data: { tenantId: ctx.tenantId, cycleId: input.cycleId, providerId: input.providerId, requirementId: input.requirementId, ...data } });
    }
    await tx.cycleProvider.updateMany({ where: { tenantId: ctx.tenantId, id: participant.id, reviewStatus: "NOT_STARTED" }, data: { reviewStatus: "IN_PROGRESS" } });
    await recordAudit(tx, ctx, { entity: "Assessment", entityId: `${input.cycleId}:${input.providerId}:${input.requirementId}`, action: "save", before: existing ?? undefined, after: data });
    return { status: "saved", version: (existing?.version ?? 0) + 1 };
  });
}
