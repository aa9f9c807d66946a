import "server-only";
import { withTenant } from "@/lib/db/tenant";
import type { DeviationKindCode } from "@/lib/domain/labels";
import { AppError } from "@/lib/errors";
import { formatDate, parseDate } from "@/lib/format";
import type { AddDeviationInput } from "@/lib/validation/deviation";
import { recordAudit } from "./audit";
import type { TenantCtx } from "./tenant-context";

export interface DeviationRow {
  id: string;
  providerName: string;
  year: number;
  kind: DeviationKindCode;
  count: number;
  occurredOn: string | null;
  category: string | null;
  summary: string | null;
  hasFindings: boolean | null;
}

/** The register, newest year first; filtered by year and provider when given. */
export async function listDeviations(ctx: TenantCtx, filter: { year?: number; providerId?: string }): Promise<DeviationRow[]> {
  const rows = await withTenant(ctx.tenantId, (tx) =>
    tx.deviationRecord.findMany({
      where: { tenantId: ctx.tenantId, year: filter.year, providerId: filter.providerId },
      orderBy: [{ year: "desc" }, { provider: { name: "asc" } }, { kind: "asc" }, { createdAt: "asc" }],
      select: { id: true, year: true, kind: true, count: true, occurredOn: true, category: true, summary: true, hasFindings: true, provider: { select: { name: true } } },
    }),
  );
  return rows.map(({ provider, occurredOn, ...row }) => ({ ...row, providerName: provider.name, occurredOn: occurredOn ? formatDate(occurredOn) : null }));
}

/** Registers a count or an event for a provider of the tenant. Audited. */
export async function addDeviation(ctx: TenantCtx, input: AddDeviationInput): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const provider = await tx.provider.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.providerId } }, select: { id: true } });
    if (!provider) throw new AppError("INVALID", "Utföraren finns inte i kommunen.");
    const data = {
      providerId: provider.id,
      year: input.year,
      kind: input.kind,
      count: input.count,
      occurredOn: input.occurredOn ? parseDate(input.occurredOn) : null,
      category: input.category ?? null,
      summary: input.summary ?? null,
      hasFindings: input.kind === "IVO_DECISION" || input.kind === "IVO_INSPECTION" ? (input.hasFindings ?? null) : null,
    };
    const created = await tx.deviationRecord.create({ data: { tenantId: ctx.tenantId, ...data }, select: { id: true } });
    await recordAudit(tx, ctx, { entity: "DeviationRecord", entityId: created.id, action: "create", after: data });
    return created;
  });
}

/** Removes a record registered by mistake. Audited with what it said. */
export async function removeDeviation(ctx: TenantCtx, id: string): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const record = await tx.deviationRecord.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id } } });
    if (!record) throw new AppError("NOT_FOUND");
    await tx.deviationRecord.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id } } });
    await recordAudit(tx, ctx, { entity: "DeviationRecord", entityId: id, action: "delete", before: record });
  });
}
