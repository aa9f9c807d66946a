import "server-only";
import { withTenant } from "@/lib/db/tenant";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantCtx } from "./tenant-context";
import { activeOn } from "./periods";

export interface CycleProviderRow {
  providerId: string;
  providerName: string;
  reasons: string[];
  selfAssessmentId: string | null;
  selfAssessmentStatus: string | null;
  reviewStatus: string;
  grade: string | null;
}

export interface CycleOverview {
  id: string;
  name: string;
  year: number;
  status: string;
  periodStart: Date;
  periodEnd: Date;
  selfAssessmentDueOn: Date | null;
  assessmentDueOn: Date | null;
  providerCountAtSelection: number | null;
  providers: CycleProviderRow[];
}

const cycleOverviewSelect = {
  id: true,
  name: true,
  year: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  selfAssessmentDueOn: true,
  assessmentDueOn: true,
  providerCountAtSelection: true,
  providers: {
    orderBy: { provider: { name: "asc" } },
    select: { providerId: true, reasons: true, reviewStatus: true, provider: { select: { name: true } } },
  },
  selfAssessments: { select: { id: true, providerId: true, status: true } },
  gradeSnapshots: {
    where: { supersededAt: null },
    select: { providerId: true, grade: true },
  },
} satisfies Prisma.FollowUpCycleSelect;

type CycleOverviewRow = Prisma.FollowUpCycleGetPayload<{ select: typeof cycleOverviewSelect }>;

function toCycleOverview(cycle: CycleOverviewRow): CycleOverview {
  const assessmentByProvider = new Map(cycle.selfAssessments.map((row) => [row.providerId, row]));
  const gradeByProvider = new Map(cycle.gradeSnapshots.map((row) => [row.providerId, row.grade]));
  return {
    id: cycle.id,
    name: cycle.name,
    year: cycle.year,
    status: cycle.status,
    periodStart: cycle.periodStart,
    periodEnd: cycle.periodEnd,
    selfAssessmentDueOn: cycle.selfAssessmentDueOn,
    assessmentDueOn: cycle.assessmentDueOn,
    providerCountAtSelection: cycle.providerCountAtSelection,
    providers: cycle.providers.map((row) => ({
      providerId: row.providerId,
      providerName: row.provider.name,
      reasons: row.reasons,
      selfAssessmentId: assessmentByProvider.get(row.providerId)?.id ?? null,
      selfAssessmentStatus: assessmentByProvider.get(row.providerId)?.status ?? null,
      reviewStatus: row.reviewStatus,
      grade: gradeByProvider.get(row.providerId) ?? null,
    })),
  };
}

export interface MunicipalStart {
  providerCount: number;
  currentPlacementCount: number;
  myPlacementCount: number;
  openActionCount: number;
  cycles: CycleOverview[];
}

/** The municipal roles' start page: the tenant's cycles with the providers in each. */
export async function getMunicipalStart(ctx: TenantCtx, today = new Date()): Promise<MunicipalStart> {
  const { tenantId } = ctx;
  // One connection per transaction: these run one after the other (pg refuses overlapping queries).
  const [providerCount, currentPlacementCount, myPlacementCount, openActionCount, cycles] = await withTenant(tenantId, async (db) => [
    await db.provider.count({ where: { tenantId, isActive: true } }),
    await db.placement.count({ where: { tenantId, ...activeOn(today) } }),
    await db.placement.count({
      where: { tenantId, endsOn: null, responsible: { userId: ctx.userId } },
    }),
    await db.actionItem.count({ where: { tenantId, status: { in: ["NOT_STARTED", "IN_PROGRESS", "DELAYED"] } } }),
    await db.followUpCycle.findMany({
      where: { tenantId },
      orderBy: [{ year: "desc" }, { name: "asc" }],
      select: cycleOverviewSelect,
    }),
  ]);

  return {
    providerCount,
    currentPlacementCount,
    myPlacementCount,
    openActionCount,
    cycles: cycles.map(toCycleOverview),
  };
}

export interface ProviderStart {
  providerName: string;
  selfAssessments: {
    id: string;
    cycleName: string;
    year: number;
    status: string;
    dueOn: Date | null;
    answered: number;
    questions: number;
  }[];
  publishedGrades: { cycleName: string; year: number; grade: string }[];
  openActions: { id: string; description: string; dueOn: Date | null; status: string }[];
}

/** A provider user's start page: their own provider only, and grades only once published. */
export async function getProviderStart(ctx: TenantCtx): Promise<ProviderStart> {
  const providerId = ctx.providerId;
  if (!providerId) throw new Error("getProviderStart kräver en utförare i kontexten");
  const scope = { tenantId: ctx.tenantId, providerId };
  const [provider, selfAssessments, grades, actions] = await withTenant(ctx.tenantId, async (db) => [
    await db.provider.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: providerId } }, select: { name: true } }),
    await db.selfAssessment.findMany({
      where: scope,
      orderBy: { cycle: { year: "desc" } },
      select: {
        id: true,
        status: true,
        _count: { select: { answers: true } },
        cycle: {
          select: {
            name: true,
            year: true,
            selfAssessmentDueOn: true,
            templateVersion: { select: { _count: { select: { questions: true } } } },
          },
        },
      },
    }),
    await db.gradeSnapshot.findMany({
      where: { ...scope, isPublished: true, supersededAt: null },
      orderBy: { cycle: { year: "desc" } },
      select: { grade: true, cycle: { select: { name: true, year: true } } },
    }),
    await db.actionItem.findMany({
      where: { ...scope, status: { not: "DONE" } },
      orderBy: { dueOn: "asc" },
      select: { id: true, description: true, dueOn: true, status: true },
    }),
  ]);
  return {
    providerName: provider.name,
    selfAssessments: selfAssessments.map((row) => ({
      id: row.id,
      cycleName: row.cycle.name,
      year: row.cycle.year,
      status: row.status,
      dueOn: row.cycle.selfAssessmentDueOn,
      answered: row._count.answers,
      questions: row.cycle.templateVersion?._count.questions ?? 0,
    })),
    publishedGrades: grades.map((row) => ({ cycleName: row.cycle.name, year: row.cycle.year, grade: row.grade })),
    openActions: actions,
  };
}
