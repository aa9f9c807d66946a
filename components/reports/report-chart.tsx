"use client";

import { IndicatorTrendChart } from "@/components/charts/indicator-trend-chart";
import { SmileyBars } from "@/components/charts/smiley-bars";
import type { ChartSpec } from "@/lib/report/document";

/** A report chart on the web page, with recharts; the exports draw the same spec as SVG. */
export function ReportChart({ chart, summary }: { chart: ChartSpec; summary: string }) {
  if (chart.type === "line") {
    return <IndicatorTrendChart years={chart.categories.map(Number)} series={chart.series} summary={summary} />;
  }
  const valueOf = (name: string, index: number) => chart.series.find((series) => series.name.startsWith(name))?.values[index] ?? null;
  return <SmileyBars bars={chart.categories.map((label, index) => ({ label, red: valueOf("Röd", index), yellow: valueOf("Gul", index), green: valueOf("Grön", index) }))} summary={summary} />;
}
