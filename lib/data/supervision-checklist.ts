import "server-only";
import { withTenant } from "@/lib/db/tenant";
import { buildSupervisionChecklist, type ChecklistRow } from "@/lib/domain/supervision-checklist";
import type { TenantCtx } from "./tenant-context";

export interface SupervisionChecklist {
  cycle: { id: string; name: string };
  providers: { id: string; name: string }[];
  rows: ChecklistRow[];
}

/** The cycle's supervision items × its providers, with counts per answer and the comments. */
export async function getSupervisionChecklist(ctx: TenantCtx, cycleId: string): Promise<SupervisionChecklist | null> {
  return withTenant(ctx.tenantId, async (tx) => {
    const cycle = await tx.followUpCycle.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: cycleId } },
      select: { id: true, name: true, templateVersionId: true, providers: { orderBy: { provider: { name: "asc" } }, select: { provider: { select: { id: true, name: true } } } } },
    });
    if (!cycle) return null;
    const items = cycle.templateVersionId
      ? await tx.requirement.findMany({
          where: { tenantId: ctx.tenantId, scale: "SUPERVISION", questions: { some: { question: { versionId: cycle.templateVersionId } } } },
          select: { id: true, code: true, title: true },
        })
      : [];
    const answers = await tx.assessment.findMany({
      where: { tenantId: ctx.tenantId, cycleId, requirementId: { in: items.map((item) => item.id) } },
      select: { requirementId: true, providerId: true, supervisionAnswer: true, motivation: true },
    });
    const providers = cycle.providers.map((row) => row.provider);
    return {
      cycle: { id: cycle.id, name: cycle.name },
      providers,
      rows: buildSupervisionChecklist(
        items.map((item) => ({ requirementId: item.id, code: item.code, title: item.title })),
        providers.map((provider) => provider.id),
        answers.map((answer) => ({ requirementId: answer.requirementId, providerId: answer.providerId, answer: answer.supervisionAnswer, comment: answer.motivation })),
      ),
    };
  });
}
