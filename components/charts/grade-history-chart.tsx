"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface GradeHistoryPoint {
  year: number;
  /** Total score in percent. */
  total: number;
  gradeLabel: string;
}

interface GradeHistoryChartProps {
  points: GradeHistoryPoint[];
  thresholds: { notablyMature: number; adequate: number };
}

/**
 * The provider's total score per cycle with the grade thresholds as lines. The figure's label
 * says the same in words, for those who do not see the chart.
 */
export function GradeHistoryChart({ points, thresholds }: GradeHistoryChartProps) {
  const summary = points.map((point) => `${point.year}: ${point.gradeLabel.toLowerCase()}, ${point.total} %`).join("; ");
  return (
    <figure role="img" aria-label={`Kvalitetsmognad över tid. ${summary}.`} className="h-64 w-full max-w-2xl">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 150, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="year" tick={{ fill: "#334155" }} />
          <YAxis domain={[0, 100]} unit=" %" tick={{ fill: "#334155" }} width={56} />
          <Tooltip formatter={(value, _name, item) => [`${value} % – ${(item.payload as GradeHistoryPoint).gradeLabel}`, "Sammanvägt"]} />
          <ReferenceLine y={thresholds.notablyMature} stroke="#047857" strokeDasharray="6 4" label={{ value: "Särskilt mogen", fill: "#065f46", position: "right" }} />
          <ReferenceLine y={thresholds.adequate} stroke="#b45309" strokeDasharray="6 4" label={{ value: "Fullgod", fill: "#92400e", position: "right" }} />
          <Line type="monotone" dataKey="total" stroke="#1f5f8b" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
