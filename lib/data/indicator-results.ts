import "server-only";
import { withTenant } from "@/lib/db/tenant";
import { indicatorTable, type IndicatorRow } from "@/lib/domain/indicators";
import type { TenantCtx } from "./tenant-context";
import { readTenantSettings } from "./tenant-settings";

export interface IndicatorResults {
  years: number[];
  rows: IndicatorRow[];
  providers: { id: string; name: string }[];
}

/**
 * The tenant's indicators per year as shares of the reported placements, for all providers or
 * one; counted in the database (one row per indicator, year and answer).
 */
export async function getIndicatorResults(ctx: TenantCtx, providerId?: string): Promise<IndicatorResults> {
  return withTenant(ctx.tenantId, async (tx) => {
    const indicators = await tx.indicator.findMany({ where: { tenantId: ctx.tenantId, isActive: true }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } });
    const grouped = await tx.indicatorValue.groupBy({
      by: ["indicatorId", "year", "met"],
      where: { tenantId: ctx.tenantId, placement: providerId ? { providerId } : undefined },
      _count: { _all: true },
    });
    const providers = await tx.provider.findMany({ where: { tenantId: ctx.tenantId, placements: { some: { indicatorValues: { some: {} } } } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
    const { suppressionThreshold } = await readTenantSettings(tx, ctx);
    const counts = new Map<string, { indicatorId: string; year: number; met: number; reported: number }>();
    for (const row of grouped) {
      const key = `${row.indicatorId}:${row.year}`;
      const count = counts.get(key) ?? { indicatorId: row.indicatorId, year: row.year, met: 0, reported: 0 };
      count.reported += row._count._all;
      if (row.met) count.met += row._count._all;
      counts.set(key, count);
    }
    const measuredYears = [...new Set(grouped.map((row) => row.year))];
    const years = measuredYears.length ? rangeOf(Math.min(...measuredYears), Math.max(...measuredYears)) : [];
    return { years, rows: indicatorTable(indicators, [...counts.values()], years, suppressionThreshold), providers };
  });
}

const rangeOf = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
