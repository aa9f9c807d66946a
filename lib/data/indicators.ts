import "server-only";
import { withTenant } from "@/lib/db/tenant";
import { indicatorApplies, type EntryValue } from "@/lib/domain/indicator-entry";
import { AppError } from "@/lib/errors";
import type { AgeBand } from "@/lib/generated/prisma/client";
import type { IndicatorChange, SaveIndicatorInput } from "@/lib/validation/indicator";
import { recordAudit } from "./audit";
import type { TenantCtx } from "./tenant-context";
import { activeBetween } from "./periods";

export interface IndicatorDefinition {
  id: string;
  code: string;
  name: string;
  description: string | null;
  ageBands: AgeBand[];
  isActive: boolean;
  reportedValues: number;
}

/** The tenant's indicators in their order, with how many values have been reported for each. */
export async function listIndicators(ctx: TenantCtx, id?: string): Promise<IndicatorDefinition[]> {
  const rows = await withTenant(ctx.tenantId, (tx) =>
    tx.indicator.findMany({
      where: { tenantId: ctx.tenantId, id },
      orderBy: [{ isActive: "desc" }, { sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, code: true, name: true, description: true, ageBands: true, isActive: true, _count: { select: { values: true } } },
    }),
  );
  return rows.map(({ _count, ...row }) => ({ ...row, reportedValues: _count.values }));
}

export async function findIndicator(ctx: TenantCtx, id: string): Promise<IndicatorDefinition | null> {
  return (await listIndicators(ctx, id))[0] ?? null;
}

/** Creates or changes an indicator; codes are unique per tenant. Deactivating keeps its values. Audited. */
export async function saveIndicator(ctx: TenantCtx, input: SaveIndicatorInput): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const sameCode = await tx.indicator.findFirst({ where: { tenantId: ctx.tenantId, code: input.code }, select: { id: true } });
    if (sameCode && sameCode.id !== input.id) throw new AppError("CONFLICT", `Koden ${input.code} används redan av en annan indikator.`);
    const data = { code: input.code, name: input.name, description: input.description ?? null, ageBands: input.ageBands, isActive: input.isActive };
    if (input.id) {
      const before = await tx.indicator.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.id } } });
      if (!before) throw new AppError("NOT_FOUND");
      await tx.indicator.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.id } }, data });
      await recordAudit(tx, ctx, { entity: "Indicator", entityId: input.id, action: "update", before, after: data });
      return { id: input.id };
    }
    const last = await tx.indicator.aggregate({ where: { tenantId: ctx.tenantId }, _max: { sortOrder: true } });
    const created = await tx.indicator.create({ data: { tenantId: ctx.tenantId, ...data, sortOrder: (last._max.sortOrder ?? 0) + 1 }, select: { id: true } });
    await recordAudit(tx, ctx, { entity: "Indicator", entityId: created.id, action: "create", after: data });
    return created;
  });
}

export interface EntrySheet {
  year: number;
  indicators: { id: string; name: string; ageBands: AgeBand[] }[];
  rows: {
    placementId: string;
    code: string;
    providerName: string;
    serviceType: string;
    ageBand: AgeBand;
    /** Per indicator id: the reported value, or "n/a" when the indicator does not count this placement. */
    values: Record<string, EntryValue | "n/a">;
  }[];
}

const yearBounds = (year: number) => ({ first: new Date(Date.UTC(year, 0, 1)), last: new Date(Date.UTC(year, 11, 31)) });

/** Placements that were current at some time during the year: started by its end, not ended before its start. */
const currentDuring = (year: number) => {
  const { first, last } = yearBounds(year);
  return activeBetween(first, last);
};

/**
 * The entry table for a year: the active indicators as columns and the placements current during
 * the year as rows (only those the user is responsible for, when `onlyMine`), with what is reported.
 */
export async function getEntrySheet(ctx: TenantCtx, year: number, options: { onlyMine: boolean; providerId?: string }): Promise<EntrySheet> {
  return withTenant(ctx.tenantId, async (tx) => {
    const indicators = await tx.indicator.findMany({ where: { tenantId: ctx.tenantId, isActive: true }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true, ageBands: true } });
    const placements = await tx.placement.findMany({
      where: {
        tenantId: ctx.tenantId,
        ...currentDuring(year),
        providerId: options.providerId,
        responsible: options.onlyMine ? { userId: ctx.userId } : undefined,
      },
      orderBy: [{ provider: { name: "asc" } }, { code: "asc" }],
      select: { id: true, code: true, ageBand: true, provider: { select: { name: true } }, serviceType: { select: { name: true } } },
    });
    const reported = await tx.indicatorValue.findMany({
      where: { tenantId: ctx.tenantId, year, placementId: { in: placements.map((placement) => placement.id) } },
      select: { placementId: true, indicatorId: true, met: true },
    });
    const valueOf = new Map(reported.map((value) => [`${value.placementId}:${value.indicatorId}`, value.met]));
    return {
      year,
      indicators,
      rows: placements.map((placement) => ({
        placementId: placement.id,
        code: placement.code,
        providerName: placement.provider.name,
        serviceType: placement.serviceType.name,
        ageBand: placement.ageBand,
        values: Object.fromEntries(
          indicators.map((indicator) => [indicator.id, indicatorApplies(indicator.ageBands, placement.ageBand) ? (valueOf.get(`${placement.id}:${indicator.id}`) ?? null) : "n/a"]),
        ),
      })),
    };
  });
}

/**
 * Saves the changed cells of the entry table in one transaction: a value is set or (null) cleared.
 * Every placement must be the tenant's and current during the year, every indicator active and
 * applicable to the placement's age band; otherwise nothing is saved. Audited as one event.
 */
export async function saveIndicatorValues(ctx: TenantCtx, year: number, changes: IndicatorChange[]): Promise<{ set: number; cleared: number }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const placementIds = [...new Set(changes.map((change) => change.placementId))];
    const indicatorIds = [...new Set(changes.map((change) => change.indicatorId))];
    const placements = await tx.placement.findMany({ where: { tenantId: ctx.tenantId, id: { in: placementIds }, ...currentDuring(year) }, select: { id: true, ageBand: true } });
    const indicators = await tx.indicator.findMany({ where: { tenantId: ctx.tenantId, id: { in: indicatorIds }, isActive: true }, select: { id: true, ageBands: true } });
    const ageBandOf = new Map(placements.map((placement) => [placement.id, placement.ageBand]));
    const bandsOf = new Map(indicators.map((indicator) => [indicator.id, indicator.ageBands]));
    if (ageBandOf.size !== placementIds.length) throw new AppError("INVALID", `Någon av placeringarna finns inte eller pågick inte under ${year}. Ladda om sidan.`);
    if (bandsOf.size !== indicatorIds.length) throw new AppError("INVALID", "Någon av indikatorerna finns inte eller är inte längre aktiv. Ladda om sidan.");
    const misplaced = changes.find((change) => !indicatorApplies(bandsOf.get(change.indicatorId)!, ageBandOf.get(change.placementId)!));
    if (misplaced) throw new AppError("INVALID", "En indikator avser inte placeringens åldersgrupp. Ladda om sidan.");

    const cleared = changes.filter((change) => change.met === null);
    if (cleared.length) {
      await tx.indicatorValue.deleteMany({
        where: { tenantId: ctx.tenantId, year, OR: cleared.map((change) => ({ placementId: change.placementId, indicatorId: change.indicatorId })) },
      });
    }
    const set = changes.filter((change): change is IndicatorChange & { met: boolean } => change.met !== null);
    for (const met of [true, false]) {
      const group = set.filter((change) => change.met === met);
      if (!group.length) continue;
      // One statement per answer: insert the new cells, change the ones already reported.
      await tx.indicatorValue.updateMany({
        where: { tenantId: ctx.tenantId, year, OR: group.map((change) => ({ placementId: change.placementId, indicatorId: change.indicatorId })) },
        data: { met, reportedById: ctx.userId, reportedAt: new Date() },
      });
      await tx.indicatorValue.createMany({
        data: group.map((change) => ({ tenantId: ctx.tenantId, indicatorId: change.indicatorId, placementId: change.placementId, year, met, reportedById: ctx.userId })),
        skipDuplicates: true,
      });
    }
    const summary = { year, set: set.length, cleared: cleared.length };
    await recordAudit(tx, ctx, { entity: "IndicatorValue", entityId: String(year), action: "report", after: summary });
    return { set: set.length, cleared: cleared.length };
  });
}
