/**
 * The indicator table of the annual report: per indicator and year the share of the reported
 * placements that met it, "ingen mätning" where nothing was reported, and too few reports
 * suppressed. Plain TypeScript.
 */
import { sharePercent } from "./share";
import { isSmallGroup } from "./suppression";

export interface IndicatorCount {
  indicatorId: string;
  year: number;
  met: number;
  reported: number;
}

export type IndicatorCell =
  | { year: number; status: "measured"; share: number; met: number; reported: number }
  | { year: number; status: "none" }
  | { year: number; status: "suppressed"; reported: number };

export interface IndicatorRow {
  indicatorId: string;
  name: string;
  cells: IndicatorCell[];
  /** Percentage points from the previous measured year to the latest measured one. */
  trend: number | null;
}

export function indicatorTable(
  indicators: readonly { id: string; name: string }[],
  counts: readonly IndicatorCount[],
  years: readonly number[],
  threshold: number,
): IndicatorRow[] {
  const countOf = new Map(counts.map((count) => [`${count.indicatorId}:${count.year}`, count]));
  return indicators.map((indicator) => {
    const cells = [...years].sort((a, b) => a - b).map((year): IndicatorCell => {
      const count = countOf.get(`${indicator.id}:${year}`);
      if (!count || count.reported === 0) return { year, status: "none" };
      if (isSmallGroup(count.reported, threshold)) return { year, status: "suppressed", reported: count.reported };
      return { year, status: "measured", share: sharePercent(count.met, count.reported)!, met: count.met, reported: count.reported };
    });
    const measured = cells.filter((cell): cell is Extract<IndicatorCell, { status: "measured" }> => cell.status === "measured");
    const [previous, latest] = measured.slice(-2);
    return {
      indicatorId: indicator.id,
      name: indicator.name,
      cells,
      trend: previous && latest ? Math.round((latest.share - previous.share) * 10) / 10 : null,
    };
  });
}
