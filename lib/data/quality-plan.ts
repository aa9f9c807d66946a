import "server-only";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { displayStatus, type ActionStatus } from "@/lib/domain/actions";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import type { z } from "zod";
import type { addProcessSchema, addRiskSchema, addSelfCheckSchema, createQualityPlanSchema } from "@/lib/validation/quality-plan";
import { recordAudit } from "./audit";
import type { TenantCtx } from "./tenant-context";

export interface QualityPlanView {
  id: string;
  year: number;
  title: string;
  processes: {
    id: string;
    name: string;
    description: string | null;
    risks: {
      id: string;
      description: string;
      qualityAreas: string[];
      selfChecks: { id: string; measure: string; target: string | null; method: string | null; result: string | null }[];
      actions: { id: string; description: string; ownerName: string | null; dueOn: string | null; shownStatus: ActionStatus }[];
    }[];
  }[];
  /** The status overview: actions per shown status, and self-checks with and without a result. */
  overview: { actions: Record<ActionStatus, number>; selfChecks: { withResult: number; total: number } };
}

/** The tenant's quality plans, newest year first, with processes, risks, self-checks and actions. */
export async function listQualityPlans(ctx: TenantCtx, today = new Date()): Promise<QualityPlanView[]> {
  const plans = await withTenant(ctx.tenantId, (tx) =>
    tx.qualityPlan.findMany({
      where: { tenantId: ctx.tenantId },
      orderBy: [{ year: "desc" }, { title: "asc" }],
      select: {
        id: true,
        year: true,
        title: true,
        processes: {
          orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
          select: {
            id: true,
            name: true,
            description: true,
            risks: {
              orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
              select: {
                id: true,
                description: true,
                qualityAreas: true,
                selfChecks: { orderBy: { id: "asc" }, select: { id: true, measure: true, target: true, method: true, result: true } },
                actions: { orderBy: { createdAt: "asc" }, select: { id: true, description: true, ownerName: true, dueOn: true, status: true } },
              },
            },
          },
        },
      },
    }),
  );
  return plans.map((plan) => {
    const processes = plan.processes.map((process) => ({
      ...process,
      risks: process.risks.map((risk) => ({
        ...risk,
        actions: risk.actions.map((action) => ({ id: action.id, description: action.description, ownerName: action.ownerName, dueOn: action.dueOn ? formatDate(action.dueOn) : null, shownStatus: displayStatus(action, today) })),
      })),
    }));
    const risks = processes.flatMap((process) => process.risks);
    const actions: Record<ActionStatus, number> = { NOT_STARTED: 0, IN_PROGRESS: 0, DONE: 0, DELAYED: 0 };
    for (const action of risks.flatMap((risk) => risk.actions)) actions[action.shownStatus] += 1;
    const selfChecks = risks.flatMap((risk) => risk.selfChecks);
    return { id: plan.id, year: plan.year, title: plan.title, processes, overview: { actions, selfChecks: { withResult: selfChecks.filter((check) => check.result).length, total: selfChecks.length } } };
  });
}

async function audited<T extends { id: string }>(tx: Tx, ctx: TenantCtx, entity: string, create: () => Promise<T>, after: unknown): Promise<T> {
  const created = await create();
  await recordAudit(tx, ctx, { entity, entityId: created.id, action: "create", after });
  return created;
}

export async function createQualityPlan(ctx: TenantCtx, input: z.infer<typeof createQualityPlanSchema>): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    if (await tx.qualityPlan.findFirst({ where: { tenantId: ctx.tenantId, year: input.year, title: input.title }, select: { id: true } })) {
      throw new AppError("CONFLICT", `Det finns redan en kvalitetsplan ${input.year} med den rubriken.`);
    }
    return audited(tx, ctx, "QualityPlan", () => tx.qualityPlan.create({ data: { tenantId: ctx.tenantId, ...input }, select: { id: true } }), input);
  });
}

export async function addProcess(ctx: TenantCtx, input: z.infer<typeof addProcessSchema>): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const plan = await tx.qualityPlan.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.planId } }, select: { id: true, _count: { select: { processes: true } } } });
    if (!plan) throw new AppError("NOT_FOUND");
    return audited(tx, ctx, "QualityProcess", () => tx.qualityProcess.create({ data: { tenantId: ctx.tenantId, planId: plan.id, name: input.name, description: input.description ?? null, sortOrder: plan._count.processes }, select: { id: true } }), input);
  });
}

export async function addRisk(ctx: TenantCtx, input: z.infer<typeof addRiskSchema>): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const process = await tx.qualityProcess.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.processId } }, select: { id: true, _count: { select: { risks: true } } } });
    if (!process) throw new AppError("NOT_FOUND");
    return audited(tx, ctx, "QualityRisk", () => tx.qualityRisk.create({ data: { tenantId: ctx.tenantId, processId: process.id, description: input.description, qualityAreas: input.qualityAreas, sortOrder: process._count.risks }, select: { id: true } }), input);
  });
}

export async function addSelfCheck(ctx: TenantCtx, input: z.infer<typeof addSelfCheckSchema>): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const risk = await tx.qualityRisk.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.riskId } }, select: { id: true } });
    if (!risk) throw new AppError("NOT_FOUND");
    return audited(tx, ctx, "SelfCheck", () => tx.selfCheck.create({ data: { tenantId: ctx.tenantId, riskId: risk.id, measure: input.measure, target: input.target ?? null, method: input.method ?? null }, select: { id: true } }), input);
  });
}

export async function recordSelfCheckResult(ctx: TenantCtx, selfCheckId: string, result: string): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const check = await tx.selfCheck.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: selfCheckId } }, select: { id: true, result: true } });
    if (!check) throw new AppError("NOT_FOUND");
    await tx.selfCheck.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: check.id } }, data: { result } });
    await recordAudit(tx, ctx, { entity: "SelfCheck", entityId: check.id, action: "result", before: { result: check.result }, after: { result } });
  });
}
