"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLORS = ["#1f5f8b", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490"];

interface IndicatorTrendChartProps {
  years: number[];
  series: { name: string; values: (number | null)[] }[];
  /** The same figures in words, for those who do not see the chart. */
  summary: string;
}

/** One line per indicator over the years; a year without a measurement is a gap, not a zero. */
export function IndicatorTrendChart({ years, series, summary }: IndicatorTrendChartProps) {
  const data = years.map((year, index) => Object.fromEntries([["year", year], ...series.map((entry) => [entry.name, entry.values[index]])]));
  return (
    <figure role="img" aria-label={summary} className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="year" tick={{ fill: "#334155" }} />
          <YAxis domain={[0, 100]} unit=" %" tick={{ fill: "#334155" }} width={56} />
          <Tooltip formatter={(value) => (value === null || value === undefined ? "ingen mätning" : `${value} %`)} />
          <Legend />
          {series.map((entry, index) => (
            <Line key={entry.name} type="monotone" dataKey={entry.name} stroke={COLORS[index % COLORS.length]} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
