import "server-only";
import { withTenant, type Tx } from "@/lib/db/tenant";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseTenantSettings, type TenantSettings } from "@/lib/validation/tenant-settings";
import { recordAudit } from "./audit";
import type { TenantCtx } from "./tenant-context";

export async function getTenantSettings(ctx: TenantCtx): Promise<TenantSettings> {
  return withTenant(ctx.tenantId, (tx) => readTenantSettings(tx, ctx));
}

/** The tenant's settings inside a transaction that is already open. */
export async function readTenantSettings(tx: Tx, ctx: Pick<TenantCtx, "tenantId">): Promise<TenantSettings> {
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { settings: true } });
  return parseTenantSettings(tenant.settings);
}

/** Changes some of the tenant's settings, audited with before and after. */
export async function updateTenantSettings(ctx: TenantCtx, changes: Partial<TenantSettings>): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const before = await readTenantSettings(tx, ctx);
    const after = { ...before, ...changes };
    await tx.tenant.update({ where: { id: ctx.tenantId }, data: { settings: after as unknown as Prisma.InputJsonValue } });
    await recordAudit(tx, ctx, { entity: "Tenant", entityId: ctx.tenantId, action: "updateSettings", before, after });
  });
}
