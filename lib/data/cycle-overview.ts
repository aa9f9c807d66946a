import "server-only";
import { withTenant } from "@/lib/db/tenant";
import type { OverviewRow } from "@/lib/domain/cycle-overview";
import type { CycleStatus } from "@/lib/generated/prisma/client";
import { MATURITY_GRADE_LABELS, REVIEW_STATUS_LABELS, SELECTION_REASON_LABELS, SELF_ASSESSMENT_STATUS_LABELS } from "@/lib/domain/labels";
import { gradeCycle } from "@/lib/scoring/cycle";
import type { ScoringResult } from "@/lib/scoring/engine";
import { readCycleGradingInput, readSnapshotExplanation } from "./grades";
import type { TenantCtx } from "./tenant-context";

export interface CycleOverviewTable {
  cycle: {
    id: string;
    name: string;
    year: number;
    status: CycleStatus;
    periodStart: Date;
    periodEnd: Date;
    selfAssessmentDueOn: Date | null;
    assessmentDueOn: Date | null;
  };
  goalAreas: string[];
  rows: OverviewRow[];
}

const DIRECTION_LABELS = { up: "Högre", down: "Lägre", same: "Oförändrad" } as const;

function changeText(change: ScoringResult["change"]): string {
  if (!change) return "Ingen tidigare uppföljning";
  return `${DIRECTION_LABELS[change.direction]} (förra: ${MATURITY_GRADE_LABELS[change.previousGrade].toLowerCase()})`;
}

/**
 * Every provider of a cycle with its scores per goal area, total and grade: the finalised grade
 * where there is one, otherwise what the assessments so far give (marked preliminary).
 */
export async function getCycleOverviewTable(ctx: TenantCtx, cycleId: string): Promise<CycleOverviewTable | null> {
  return withTenant(ctx.tenantId, async (tx) => {
    const cycle = await tx.followUpCycle.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: cycleId } },
      select: {
        id: true,
        name: true,
        year: true,
        status: true,
        periodStart: true,
        periodEnd: true,
        selfAssessmentDueOn: true,
        assessmentDueOn: true,
        providers: { select: { providerId: true, reasons: true, reviewStatus: true, provider: { select: { name: true } } } },
        selfAssessments: { select: { id: true, providerId: true, status: true } },
        gradeSnapshots: { where: { supersededAt: null }, select: { providerId: true, grade: true, totalScore: true, areaScores: true, explanation: true } },
      },
    });
    if (!cycle) return null;
    const providerIds = cycle.providers.map((row) => row.providerId);
    const goalAreas = await tx.goalArea.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { name: true } });
    const selfAssessmentOf = new Map(cycle.selfAssessments.map((row) => [row.providerId, row]));
    const snapshotOf = new Map(cycle.gradeSnapshots.map((row) => [row.providerId, row]));
    // A finalised grade is shown as stored; only the others are computed from the assessments.
    const preliminary = gradeCycle(await readCycleGradingInput(tx, ctx, cycle, providerIds.filter((id) => !snapshotOf.has(id))));
    const usedAreas = new Set<string>();

    const rows = cycle.providers.map((participant): OverviewRow => {
      const snapshot = snapshotOf.get(participant.providerId);
      const scored = snapshot
        ? { grade: snapshot.grade, total: Number(snapshot.totalScore), ...readSnapshotExplanation(snapshot) }
        : (preliminary.get(participant.providerId) ?? null);
      const areaScores = scored?.areaScores ?? [];
      for (const area of areaScores) usedAreas.add(area.goalArea);
      const grade = scored?.grade ?? null;
      const selfAssessment = selfAssessmentOf.get(participant.providerId);
      return {
        providerId: participant.providerId,
        providerName: participant.provider.name,
        reasons: participant.reasons.map((reason) => SELECTION_REASON_LABELS[reason]).join("; "),
        selfAssessmentId: selfAssessment?.id ?? null,
        selfAssessment: selfAssessment ? SELF_ASSESSMENT_STATUS_LABELS[selfAssessment.status] : "Ingen",
        review: REVIEW_STATUS_LABELS[participant.reviewStatus],
        areaScores: Object.fromEntries(areaScores.map((area) => [area.goalArea, area.score])),
        total: scored?.total ?? null,
        grade,
        gradeLabel: grade ? `${MATURITY_GRADE_LABELS[grade]}${snapshot ? "" : " (preliminär)"}` : "Ej bedömd",
        finalised: Boolean(snapshot),
        change: scored ? changeText(scored.change) : "",
      };
    });
    const areaNames = goalAreas.map((area) => area.name).filter((name) => usedAreas.has(name));
    if (usedAreas.has("Övrigt") && !areaNames.includes("Övrigt")) areaNames.push("Övrigt");
    const { id, name, year, status, periodStart, periodEnd, selfAssessmentDueOn, assessmentDueOn } = cycle;
    return { cycle: { id, name, year, status, periodStart, periodEnd, selfAssessmentDueOn, assessmentDueOn }, goalAreas: areaNames, rows };
  });
}
