import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/tenant";
import type { TenantCtx } from "./tenant-context";

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Records a write in the audit log, in the same transaction as the write itself. */
export async function recordAudit(tx: Tx, ctx: Pick<TenantCtx, "tenantId" | "userId">, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      tenantId: ctx.tenantId,
      actorUserId: ctx.userId,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

export interface AuditRow {
  id: string;
  createdAt: Date;
  actorName: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  entity?: string;
  action?: string;
  actorUserId?: string;
  from?: Date;
  to?: Date;
}

/** The tenant's audit log, newest first, filtered on the server; at most `limit` rows. */
export async function listAudit(tx: Tx, ctx: TenantCtx, filter: AuditFilter, limit = 500): Promise<AuditRow[]> {
  const rows = await tx.auditLog.findMany({
    where: {
      tenantId: ctx.tenantId,
      entity: filter.entity || undefined,
      action: filter.action || undefined,
      actorUserId: filter.actorUserId || undefined,
      createdAt: { gte: filter.from, lt: filter.to },
    },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  const actorIds = [...new Set(rows.flatMap((row) => (row.actorUserId ? [row.actorUserId] : [])))];
  const actors = await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    actorName: row.actorUserId ? (names.get(row.actorUserId) ?? null) : null,
    entity: row.entity,
    entityId: row.entityId,
    action: row.action,
    before: row.before,
    after: row.after,
  }));
}
