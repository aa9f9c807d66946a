import "server-only";
import { withTenant } from "@/lib/db/tenant";
import type { RequirementRow } from "@/lib/validation/requirement-import";
import { recordAudit } from "./audit";
import type { TenantCtx } from "./tenant-context";

export interface RequirementListRow {
  id: string;
  code: string;
  source: string;
  reference: string | null;
  title: string;
  goalArea: string | null;
  qualityAreas: string[];
  scale: string;
  isCritical: boolean;
  weight: number;
}

export async function listRequirements(ctx: TenantCtx): Promise<RequirementListRow[]> {
  const rows = await withTenant(ctx.tenantId, (tx) =>
    tx.requirement.findMany({
      where: { tenantId: ctx.tenantId, isActive: true },
      orderBy: [{ goalArea: { sortOrder: "asc" } }, { sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, code: true, source: true, reference: true, title: true, qualityAreas: true, scale: true, isCritical: true, weight: true, goalArea: { select: { name: true } } },
    }),
  );
  return rows.map(({ goalArea, ...row }) => ({ ...row, goalArea: goalArea?.name ?? null }));
}

/**
 * Imports validated rows in one transaction: new codes are created, existing ones updated, and
 * goal areas that do not exist yet are created. Audited as one import with the codes it touched.
 */
export async function importRequirements(ctx: TenantCtx, rows: RequirementRow[], fileName: string): Promise<{ created: number; updated: number }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const areaIds = new Map(
      (await tx.goalArea.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, name: true } })).map((area) => [area.name.toLowerCase(), area.id]),
    );
    let nextOrder = await tx.goalArea.count({ where: { tenantId: ctx.tenantId } });
    for (const name of new Set(rows.map((row) => row.målområde))) {
      if (areaIds.has(name.toLowerCase())) continue;
      const area = await tx.goalArea.create({ data: { tenantId: ctx.tenantId, name, sortOrder: nextOrder++ }, select: { id: true } });
      areaIds.set(name.toLowerCase(), area.id);
    }
    const existing = new Set(
      (await tx.requirement.findMany({ where: { tenantId: ctx.tenantId, code: { in: rows.map((row) => row.kod) } }, select: { code: true } })).map((row) => row.code),
    );
    let sortOrder = await tx.requirement.count({ where: { tenantId: ctx.tenantId } });
    for (const row of rows) {
      const data = {
        source: row.källa,
        reference: row.referens,
        title: row.rubrik,
        text: row.text,
        goalAreaId: areaIds.get(row.målområde.toLowerCase()) ?? null,
        qualityAreas: row.kvalitetsområden,
        isCritical: row.kritisk,
        weight: row.vikt,
        scale: row.bedömning,
        isActive: true,
      };
      await tx.requirement.upsert({
        where: { tenantId_code: { tenantId: ctx.tenantId, code: row.kod } },
        create: { tenantId: ctx.tenantId, code: row.kod, sortOrder: sortOrder++, ...data },
        update: data,
      });
    }
    const result = { created: rows.filter((row) => !existing.has(row.kod)).length, updated: rows.filter((row) => existing.has(row.kod)).length };
    await recordAudit(tx, ctx, { entity: "Requirement", entityId: fileName.slice(0, 200), action: "import", after: { ...result, codes: rows.map((row) => row.kod) } });
    return result;
  });
}
