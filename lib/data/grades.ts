import "server-only";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scoreProvider, type Grade, type ScoringConfig, type ScoringResult } from "@/lib/scoring/engine";
import { recordAudit } from "./audit";
import type { TenantCtx } from "./tenant-context";
import { readTenantSettings } from "./tenant-settings";

export interface GradePreview {
  result: ScoringResult;
  /** The tenant's scoring rules the result was computed with. */
  config: ScoringConfig;
  /** The finalised grade now in force for this provider and cycle, if any. */
  current: { id: string; grade: Grade; total: number } | null;
}

/** Computes the grade from the cycle's assessments, without storing anything. */
export async function previewGrade(ctx: TenantCtx, cycleId: string, providerId: string): Promise<GradePreview> {
  return withTenant(ctx.tenantId, (tx) => computeIn(tx, ctx, cycleId, providerId));
}

/**
 * Stores the computed grade as a snapshot with its explanation and configuration. When a grade is
 * already finalised, nothing is overwritten unless `replaceSnapshotId` names it: the caller has
 * seen the difference (previewGrade) and confirmed.
 */
export async function finaliseGrade(ctx: TenantCtx, cycleId: string, providerId: string, replaceSnapshotId?: string): Promise<{ snapshotId: string; result: ScoringResult }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const { result, current, config } = await computeIn(tx, ctx, cycleId, providerId);
    if (current && current.id !== replaceSnapshotId) {
      throw new AppError("CONFLICT", "Det finns redan en fastställd kvalitetsmognad. Granska skillnaden och bekräfta att den ska ersättas.");
    }
    if (current) {
      await tx.gradeSnapshot.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: current.id } }, data: { supersededAt: new Date() } });
    }
    const snapshot = await tx.gradeSnapshot.create({
      data: {
        tenantId: ctx.tenantId,
        cycleId,
        providerId,
        grade: result.grade,
        totalScore: result.total,
        areaScores: result.areaScores as unknown as Prisma.InputJsonValue,
        explanation: { reasons: result.reasons, change: result.change } as unknown as Prisma.InputJsonValue,
        config: config as unknown as Prisma.InputJsonValue,
        createdById: ctx.userId,
      },
      select: { id: true },
    });
    await tx.cycleProvider.updateMany({ where: { tenantId: ctx.tenantId, cycleId, providerId }, data: { reviewStatus: "FINALISED", finalisedAt: new Date() } });
    await recordAudit(tx, ctx, {
      entity: "GradeSnapshot",
      entityId: snapshot.id,
      action: current ? "replace" : "finalise",
      before: current ?? undefined,
      after: { grade: result.grade, total: result.total },
    });
    return { snapshotId: snapshot.id, result };
  });
}

async function computeIn(tx: Tx, ctx: TenantCtx, cycleId: string, providerId: string): Promise<GradePreview> {
  const cycle = await tx.followUpCycle.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: cycleId } },
    select: { id: true, periodStart: true, providers: { where: { providerId }, select: { id: true } } },
  });
  if (!cycle || cycle.providers.length === 0) throw new AppError("NOT_FOUND");
  const assessments = await tx.assessment.findMany({ where: { tenantId: ctx.tenantId, cycleId, providerId }, select: scoredAssessmentSelect });
  const previous = await tx.gradeSnapshot.findFirst({
    where: { tenantId: ctx.tenantId, providerId, supersededAt: null, cycle: { periodStart: { lt: cycle.periodStart } } },
    orderBy: { cycle: { periodStart: "desc" } },
    select: { grade: true, totalScore: true },
  });
  const current = await tx.gradeSnapshot.findFirst({
    where: { tenantId: ctx.tenantId, cycleId, providerId, supersededAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, grade: true, totalScore: true },
  });
  const { scoring: config } = await readTenantSettings(tx, ctx);
  const result = scoreAssessments(assessments, config, previous ? { grade: previous.grade, total: Number(previous.totalScore) } : undefined);
  return { result, config, current: current ? { id: current.id, grade: current.grade, total: Number(current.totalScore) } : null };
}

/** What the scoring engine needs of a stored assessment. */
export const scoredAssessmentSelect = {
  providerId: true,
  outcome: true,
  supervisionAnswer: true,
  requirement: { select: { id: true, code: true, title: true, scale: true, isCritical: true, weight: true, goalArea: { select: { name: true } } } },
} satisfies Prisma.AssessmentSelect;

type ScoredAssessmentRow = Prisma.AssessmentGetPayload<{ select: typeof scoredAssessmentSelect }>;

/** Scores one provider's stored assessments; the requirements are those assessed. */
export function scoreAssessments(assessments: readonly ScoredAssessmentRow[], config: ScoringConfig, previous?: { grade: Grade; total: number }): ScoringResult {
  return scoreProvider(
    assessments.map(({ requirement }) => ({
      id: requirement.id,
      code: requirement.code,
      title: requirement.title,
      goalArea: requirement.goalArea?.name ?? "Övrigt",
      scale: requirement.scale,
      isCritical: requirement.isCritical,
      weight: requirement.weight,
    })),
    assessments.map((assessment) => ({ requirementId: assessment.requirement.id, outcome: assessment.outcome, supervisionAnswer: assessment.supervisionAnswer })),
    config,
    previous,
  );
}

/** The scores and explanation stored with a grade snapshot, read defensively (JSON columns). */
export function readSnapshotExplanation(row: { areaScores: Prisma.JsonValue; explanation: Prisma.JsonValue }): Pick<ScoringResult, "areaScores" | "reasons" | "change"> {
  const explanation = (row.explanation ?? {}) as Partial<Pick<ScoringResult, "reasons" | "change">>;
  return {
    areaScores: Array.isArray(row.areaScores) ? (row.areaScores as unknown as ScoringResult["areaScores"]) : [],
    reasons: Array.isArray(explanation.reasons) ? explanation.reasons : [],
    change: explanation.change ?? null,
  };
}
