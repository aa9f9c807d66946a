import "server-only";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { gradeCycle, type CycleGradingInput } from "@/lib/scoring/cycle";
import { scoreProvider, type Grade, type ScoredAssessment, type ScoredRequirement, type ScoringConfig, type ScoringResult } from "@/lib/scoring/engine";
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
    select: { id: true, providers: { where: { providerId }, select: { id: true } } },
  });
  if (!cycle || cycle.providers.length === 0) throw new AppError("NOT_FOUND");
  const input = await readCycleGradingInput(tx, ctx, cycle, [providerId]);
  const current = await tx.gradeSnapshot.findFirst({
    where: { tenantId: ctx.tenantId, cycleId, providerId, supersededAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, grade: true, totalScore: true },
  });
  const result = gradeCycle(input).get(providerId) ?? scoreProvider([], [], input.config, input.previousOf.get(providerId));
  return { result, config: input.config, current: current ? { id: current.id, grade: current.grade, total: Number(current.totalScore) } : null };
}

/**
 * Reads what {@link gradeCycle} needs for some providers of a cycle, in four statements whatever
 * their number: the tenant's scoring rules, the assessments packed one row per provider, the
 * requirements assessed (once, not once per assessment) and each provider's latest earlier grade
 * (docs/scaling.md).
 */
export async function readCycleGradingInput(tx: Tx, ctx: TenantCtx, cycle: { id: string }, providerIds: readonly string[]): Promise<CycleGradingInput> {
  const { scoring: config } = await readTenantSettings(tx, ctx);
  const input: CycleGradingInput = { assessmentsOf: new Map(), requirements: new Map(), previousOf: new Map(), config };
  if (providerIds.length === 0) return input;
  // The hot read of grading (16 000 assessments for a 200-provider cycle) comes as one row per
  // provider, its assessments packed in one string: decoding 16 000 rows cost more than grading them.
  const packed = await tx.$queryRaw<{ providerId: string; assessments: string }[]>`
    SELECT "providerId"::text,
      string_agg("requirementId"::text || ' ' || coalesce(outcome::text, '') || ' ' || coalesce("supervisionAnswer"::text, ''), ',') AS assessments
    FROM "Assessment"
    WHERE "tenantId" = ${ctx.tenantId}::uuid AND "cycleId" = ${cycle.id}::uuid AND "providerId" = ANY(${[...providerIds]}::uuid[])
    GROUP BY "providerId"`;
  const assessmentsOf = new Map(packed.map((row) => [row.providerId, unpackAssessments(row.assessments)]));
  const assessedRequirementIds = new Set([...assessmentsOf.values()].flatMap((assessments) => assessments.map((row) => row.requirementId)));
  // The requirements once, with their goal area's name; and each provider's latest earlier grade
  // only (DISTINCT ON), not every earlier one.
  const requirements = await tx.$queryRaw<ScoredRequirement[]>`
    SELECT r.id::text, r.code, r.title, r.scale::text, r."isCritical", r.weight, coalesce(g.name, 'Övrigt') AS "goalArea"
    FROM "Requirement" r LEFT JOIN "GoalArea" g ON g."tenantId" = r."tenantId" AND g.id = r."goalAreaId"
    WHERE r."tenantId" = ${ctx.tenantId}::uuid AND r.id = ANY(${[...assessedRequirementIds]}::uuid[])`;
  const earlier = await tx.$queryRaw<{ providerId: string; grade: Grade; totalScore: string }[]>`
    SELECT DISTINCT ON (g."providerId") g."providerId"::text, g.grade::text, g."totalScore"::text
    FROM "GradeSnapshot" g JOIN "FollowUpCycle" c ON c."tenantId" = g."tenantId" AND c.id = g."cycleId"
    WHERE g."tenantId" = ${ctx.tenantId}::uuid AND g."providerId" = ANY(${[...providerIds]}::uuid[]) AND g."supersededAt" IS NULL
      AND c."periodStart" < (SELECT "periodStart" FROM "FollowUpCycle" WHERE "tenantId" = ${ctx.tenantId}::uuid AND id = ${cycle.id}::uuid)
    ORDER BY g."providerId", c."periodStart" DESC, g."createdAt" DESC`;
  for (const requirement of requirements) input.requirements.set(requirement.id, requirement);
  for (const row of earlier) input.previousOf.set(row.providerId, { grade: row.grade, total: Number(row.totalScore) });
  return { ...input, assessmentsOf };
}

/** "requirementId outcome supervisionAnswer,…" (either result may be empty) as the engine's assessments. */
function unpackAssessments(packed: string): ScoredAssessment[] {
  return packed.split(",").map((entry) => {
    const [requirementId = "", outcome, supervisionAnswer] = entry.split(" ");
    return {
      requirementId,
      outcome: (outcome || null) as ScoredAssessment["outcome"],
      supervisionAnswer: (supervisionAnswer || null) as ScoredAssessment["supervisionAnswer"],
    };
  });
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
