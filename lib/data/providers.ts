import "server-only";
import { can } from "@/lib/auth/policy";
import { withTenant } from "@/lib/db/tenant";
import { isOverdue } from "@/lib/domain/actions";
import type { Grade, ScoringResult } from "@/lib/scoring/engine";
import { readSnapshotExplanation } from "./grades";
import type { TenantCtx } from "./tenant-context";

export interface ProviderListRow {
  id: string;
  name: string;
  ownership: string;
  currentPlacements: number;
  contractForms: string[];
  lastCycleYear: number | null;
}

/** Every provider of the tenant with its current placements and contract forms. */
export async function listProviders(ctx: TenantCtx): Promise<ProviderListRow[]> {
  const rows = await withTenant(ctx.tenantId, (tx) =>
    tx.provider.findMany({
      where: { tenantId: ctx.tenantId },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        ownership: true,
        contracts: { select: { form: true } },
        cycleProviders: { select: { cycle: { select: { year: true } } } },
        _count: { select: { placements: { where: { endsOn: null } } } },
      },
    }),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    ownership: row.ownership,
    currentPlacements: row._count.placements,
    contractForms: [...new Set(row.contracts.map((contract) => contract.form))],
    lastCycleYear: row.cycleProviders.reduce<number | null>((latest, entry) => Math.max(latest ?? 0, entry.cycle.year), null),
  }));
}

/** The tenant's providers by name, for choices in filters and forms. */
export async function listProviderNames(ctx: TenantCtx): Promise<{ id: string; name: string }[]> {
  return withTenant(ctx.tenantId, (tx) => tx.provider.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { name: "asc" }, select: { id: true, name: true } }));
}

/** A finalised grade snapshot as stored, with the explanation the scoring engine gave. */
export interface FinalisedGrade {
  value: Grade;
  published: boolean;
  total: number;
  areaScores: ScoringResult["areaScores"];
  reasons: ScoringResult["reasons"];
  change: ScoringResult["change"];
  finalisedAt: Date;
}

export interface ProviderProfile {
  id: string;
  tenantId: string;
  name: string;
  ownership: string;
  orgNumber: string | null;
  currentPlacements: number;
  cycles: {
    cycleId: string;
    cycleName: string;
    year: number;
    selfAssessmentStatus: string | null;
    submittedAt: Date | null;
    grade: FinalisedGrade | null;
    /** The cycle's latest dialogue that was not cancelled. */
    dialogue: { id: string; startsAt: Date; status: "PLANNED" | "HELD" | "CANCELLED" } | null;
    actions: { total: number; done: number; overdue: number };
  }[];
}

/** One provider of the tenant, or null when the tenant has no such provider; grades the actor may not see are left out. */
export async function findProvider(ctx: TenantCtx, providerId: string): Promise<ProviderProfile | null> {
  return withTenant(ctx.tenantId, async (tx) => {
    const provider = await tx.provider.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: providerId } },
      select: {
        id: true,
        tenantId: true,
        name: true,
        ownership: true,
        orgNumber: true,
        _count: { select: { placements: { where: { endsOn: null } } } },
        cycleProviders: {
          orderBy: { cycle: { year: "desc" } },
          select: { cycle: { select: { id: true, name: true, year: true } } },
        },
        selfAssessments: { select: { cycleId: true, status: true, submittedAt: true } },
        dialogues: { where: { status: { not: "CANCELLED" } }, orderBy: { startsAt: "desc" }, select: { id: true, cycleId: true, startsAt: true, status: true } },
        actionItems: { select: { cycleId: true, status: true, dueOn: true } },
        gradeSnapshots: {
          where: { supersededAt: null },
          select: { cycleId: true, grade: true, isPublished: true, totalScore: true, areaScores: true, explanation: true, createdAt: true },
        },
      },
    });
    if (!provider) return null;
    const selfAssessment = new Map(provider.selfAssessments.map((row) => [row.cycleId, row]));
    const now = new Date();
    const actionsOf = (cycleId: string) => {
      const actions = provider.actionItems.filter((action) => action.cycleId === cycleId);
      return { total: actions.length, done: actions.filter((action) => action.status === "DONE").length, overdue: actions.filter((action) => isOverdue(action, now)).length };
    };
    // Provider users get published grades only; the policy decides here, not in the page.
    const visible = provider.gradeSnapshots.filter((row) => can(ctx, "grade.read", { tenantId: provider.tenantId, providerId: provider.id, published: row.isPublished }));
    const grades = new Map(
      visible.map((row): [string, FinalisedGrade] => [
        row.cycleId,
        { value: row.grade, published: row.isPublished, total: Number(row.totalScore), finalisedAt: row.createdAt, ...readSnapshotExplanation(row) },
      ]),
    );
    return {
      id: provider.id,
      tenantId: provider.tenantId,
      name: provider.name,
      ownership: provider.ownership,
      orgNumber: provider.orgNumber,
      currentPlacements: provider._count.placements,
      cycles: provider.cycleProviders.map(({ cycle }) => ({
        cycleId: cycle.id,
        cycleName: cycle.name,
        year: cycle.year,
        selfAssessmentStatus: selfAssessment.get(cycle.id)?.status ?? null,
        submittedAt: selfAssessment.get(cycle.id)?.submittedAt ?? null,
        grade: grades.get(cycle.id) ?? null,
        dialogue: provider.dialogues.find((dialogue) => dialogue.cycleId === cycle.id) ?? null,
        actions: actionsOf(cycle.id),
      })),
    };
  });
}
