import "server-only";
import { withTenant } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors";
import type { SaveAssessmentInput, SaveReviewSummaryInput } from "@/lib/validation/assessment";
import { recordAudit } from "./audit";
import { listReviewComments, type ReviewCommentView } from "./review-comments";
import type { TenantCtx } from "./tenant-context";

/** What the quality developer has written about one requirement; also the autosaved value. */
export interface AssessmentValue {
  /** Uppnått… for activities, Ja… for supervision items; null while not assessed. */
  result: string | null;
  motivation: string;
  strengths: string;
  improvementAreas: string;
}

export interface ReviewItem {
  requirementId: string;
  code: string;
  title: string;
  text: string;
  reference: string | null;
  goalArea: string;
  scale: "ACTIVITY" | "SUPERVISION";
  isCritical: boolean;
  /** The provider's answers to the questions linked to this requirement, with their evidence files. */
  answers: { questionId: string; question: string; type: string; value: unknown; files: { id: string; fileName: string }[] }[];
  /** The first linked question, which a new comment on the requirement is attached to. */
  commentQuestionId: string | null;
  /** Social secretaries' and quality developers' comments on those questions. */
  comments: ReviewCommentView[];
  assessment: { value: AssessmentValue; version: number };
}

export interface ReviewWorkspace {
  cycleName: string;
  providerName: string;
  selfAssessment: { id: string; status: string } | null;
  summary: { strengths: string; improvementAreas: string };
  items: ReviewItem[];
  /** Comments on the self-assessment as a whole or on questions not linked to a requirement. */
  otherComments: ReviewCommentView[];
}

/** Every requirement of the cycle's questionnaire with the provider's answers, evidence, comments and the assessment so far. */
export async function findReviewWorkspace(ctx: TenantCtx, cycleId: string, providerId: string): Promise<ReviewWorkspace | null> {
  return withTenant(ctx.tenantId, async (tx) => {
    const participant = await tx.cycleProvider.findFirst({
      where: { tenantId: ctx.tenantId, cycleId, providerId },
      select: {
        strengths: true,
        improvementAreas: true,
        cycle: { select: { name: true, templateVersionId: true } },
        provider: { select: { name: true } },
      },
    });
    if (!participant?.cycle.templateVersionId) return null;
    const selfAssessment = await tx.selfAssessment.findFirst({ where: { tenantId: ctx.tenantId, cycleId, providerId }, select: { id: true, status: true } });
    const requirements = await tx.requirement.findMany({
      where: { tenantId: ctx.tenantId, questions: { some: { question: { versionId: participant.cycle.templateVersionId } } } },
      orderBy: [{ goalArea: { sortOrder: "asc" } }, { sortOrder: "asc" }],
      select: {
        id: true,
        code: true,
        title: true,
        text: true,
        reference: true,
        scale: true,
        isCritical: true,
        goalArea: { select: { name: true } },
        questions: {
          where: { question: { versionId: participant.cycle.templateVersionId } },
          orderBy: { question: { sortOrder: "asc" } },
          select: { questionId: true, question: { select: { text: true, type: true } } },
        },
      },
    });
    const answers = selfAssessment
      ? await tx.answer.findMany({
          where: { tenantId: ctx.tenantId, selfAssessmentId: selfAssessment.id },
          select: { questionId: true, value: true, attachments: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true } } },
        })
      : [];
    const comments = selfAssessment ? await listReviewComments(tx, ctx, selfAssessment.id) : [];
    const assessments = await tx.assessment.findMany({
      where: { tenantId: ctx.tenantId, cycleId, providerId },
      select: { requirementId: true, outcome: true, supervisionAnswer: true, motivation: true, strengths: true, improvementAreas: true, version: true },
    });
    const answerByQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
    const linkedQuestions = new Set(requirements.flatMap((requirement) => requirement.questions.map((link) => link.questionId)));
    const assessmentByRequirement = new Map(assessments.map((assessment) => [assessment.requirementId, assessment]));
    return {
      cycleName: participant.cycle.name,
      providerName: participant.provider.name,
      selfAssessment,
      summary: { strengths: participant.strengths ?? "", improvementAreas: participant.improvementAreas ?? "" },
      otherComments: comments.filter((comment) => !comment.questionId || !linkedQuestions.has(comment.questionId)),
      items: requirements.map((requirement) => {
        const questionIds = new Set(requirement.questions.map((link) => link.questionId));
        const stored = assessmentByRequirement.get(requirement.id);
        return {
          requirementId: requirement.id,
          code: requirement.code,
          title: requirement.title,
          text: requirement.text,
          reference: requirement.reference,
          goalArea: requirement.goalArea?.name ?? "Övrigt",
          scale: requirement.scale,
          isCritical: requirement.isCritical,
          answers: requirement.questions.flatMap(({ questionId, question }) => {
            const answer = answerByQuestion.get(questionId);
            const hasValue = answer && answer.value !== null;
            if (!hasValue && !answer?.attachments.length) return [];
            return [{ questionId, question: question.text, type: question.type, value: hasValue ? answer.value : null, files: answer?.attachments ?? [] }];
          }),
          commentQuestionId: requirement.questions[0]?.questionId ?? null,
          comments: comments.filter((comment) => comment.questionId && questionIds.has(comment.questionId)),
          assessment: { value: toAssessmentValue(stored ?? null), version: stored?.version ?? 0 },
        };
      }),
    };
  });
}

type StoredAssessment = { outcome: string | null; supervisionAnswer: string | null; motivation: string | null; strengths: string | null; improvementAreas: string | null };

function toAssessmentValue(stored: StoredAssessment | null): AssessmentValue {
  return {
    result: stored?.outcome ?? stored?.supervisionAnswer ?? null,
    motivation: stored?.motivation ?? "",
    strengths: stored?.strengths ?? "",
    improvementAreas: stored?.improvementAreas ?? "",
  };
}

export type SaveAssessmentResult = { status: "saved"; version: number } | { status: "conflict"; version: number; current: AssessmentValue };

const ACTIVITY_RESULTS = new Set(["ACHIEVED", "PARTIALLY_ACHIEVED", "NOT_ACHIEVED"]);
const SUPERVISION_RESULTS = new Set(["YES", "NO", "IN_PROGRESS", "NOT_APPLICABLE"]);

/**
 * Saves an assessment if nobody has changed it since `expectedVersion`; audited with before and
 * after. A result may be left empty (motivation written first): the requirement then counts as
 * not assessed.
 */
export async function saveAssessment(ctx: TenantCtx, input: SaveAssessmentInput): Promise<SaveAssessmentResult> {
  return withTenant(ctx.tenantId, async (tx) => {
    const requirement = await tx.requirement.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.requirementId } }, select: { scale: true } });
    const participant = await tx.cycleProvider.findFirst({ where: { tenantId: ctx.tenantId, cycleId: input.cycleId, providerId: input.providerId }, select: { id: true } });
    if (!requirement || !participant) throw new AppError("NOT_FOUND");
    const allowed = requirement.scale === "ACTIVITY" ? ACTIVITY_RESULTS : SUPERVISION_RESULTS;
    if (input.result && !allowed.has(input.result)) {
      throw new AppError("INVALID", requirement.scale === "ACTIVITY" ? "Välj Uppnått, Delvis uppnått eller Ej uppnått." : "Välj Ja, Nej, Pågår eller Inte aktuellt.");
    }
    const result = input.result ?? null;
    const data = {
      outcome: requirement.scale === "ACTIVITY" ? (result as "ACHIEVED" | "PARTIALLY_ACHIEVED" | "NOT_ACHIEVED" | null) : null,
      supervisionAnswer: requirement.scale === "SUPERVISION" ? (result as "YES" | "NO" | "IN_PROGRESS" | "NOT_APPLICABLE" | null) : null,
      motivation: input.motivation ?? null,
      strengths: input.strengths ?? null,
      improvementAreas: input.improvementAreas ?? null,
      assessedById: ctx.userId,
    };
    const key = { tenantId_cycleId_providerId_requirementId: { tenantId: ctx.tenantId, cycleId: input.cycleId, providerId: input.providerId, requirementId: input.requirementId } };
    const existing = await tx.assessment.findUnique({
      where: key,
      select: { id: true, version: true, outcome: true, supervisionAnswer: true, motivation: true, strengths: true, improvementAreas: true },
    });
    if ((existing?.version ?? 0) !== input.expectedVersion) {
      return { status: "conflict", version: existing?.version ?? 0, current: toAssessmentValue(existing) };
    }
    if (existing) {
      const updated = await tx.assessment.updateMany({ where: { tenantId: ctx.tenantId, id: existing.id, version: input.expectedVersion }, data: { ...data, version: { increment: 1 } } });
      if (updated.count === 0) throw new AppError("CONFLICT");
    } else {
      await tx.assessment.create({ data: { tenantId: ctx.tenantId, cycleId: input.cycleId, providerId: input.providerId, requirementId: input.requirementId, ...data } });
    }
    await tx.cycleProvider.updateMany({ where: { tenantId: ctx.tenantId, id: participant.id, reviewStatus: "NOT_STARTED" }, data: { reviewStatus: "IN_PROGRESS" } });
    await recordAudit(tx, ctx, {
      entity: "Assessment",
      entityId: `${input.cycleId}:${input.providerId}:${input.requirementId}`,
      action: "save",
      before: existing ?? undefined,
      after: data,
    });
    return { status: "saved", version: (existing?.version ?? 0) + 1 };
  });
}

/** The review's summary for the provider: strengths and areas to improve, shown in the report and the dialogue. */
export async function saveReviewSummary(ctx: TenantCtx, input: SaveReviewSummaryInput): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const participant = await tx.cycleProvider.findFirst({
      where: { tenantId: ctx.tenantId, cycleId: input.cycleId, providerId: input.providerId },
      select: { id: true, strengths: true, improvementAreas: true },
    });
    if (!participant) throw new AppError("NOT_FOUND");
    const after = { strengths: input.strengths ?? null, improvementAreas: input.improvementAreas ?? null };
    await tx.cycleProvider.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: participant.id } }, data: after });
    await recordAudit(tx, ctx, {
      entity: "CycleProvider",
      entityId: participant.id,
      action: "saveSummary",
      before: { strengths: participant.strengths, improvementAreas: participant.improvementAreas },
      after,
    });
  });
}
