import "server-only";
import { withTenant } from "@/lib/db/tenant";
import { targetGroupTables, type TargetGroupTables } from "@/lib/domain/target-group";
import type { TenantCtx } from "./tenant-context";
import { readTenantSettings } from "./tenant-settings";
import { activeOn } from "./periods";

export interface TargetGroup {
  tables: TargetGroupTables;
  threshold: number;
}

/**
 * The target-group tables for the placements current on `day`: exact, or as they would be
 * published (small groups suppressed with the tenant's threshold).
 */
export async function getTargetGroup(ctx: TenantCtx, day: Date, asPublished: boolean): Promise<TargetGroup> {
  return withTenant(ctx.tenantId, async (tx) => {
    const placements = await tx.placement.findMany({
      where: { tenantId: ctx.tenantId, ...activeOn(day) },
      select: { gender: true, ageBand: true, asylumStatus: true, serviceTypeId: true },
    });
    const serviceTypes = await tx.serviceType.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } });
    const { suppressionThreshold } = await readTenantSettings(tx, ctx);
    return { tables: targetGroupTables(placements, serviceTypes, asPublished ? suppressionThreshold : null), threshold: suppressionThreshold };
  });
}
