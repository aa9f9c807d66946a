"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface SmileyBar {
  label: string;
  red: number | null;
  yellow: number | null;
  green: number | null;
}

/** Stacked red / yellow / green shares per bar (a year or a group), as in the report's figures. */
export function SmileyBars({ bars, summary }: { bars: SmileyBar[]; summary: string }) {
  return (
    <figure role="img" aria-label={summary} className="w-full" style={{ height: 48 + bars.length * 40 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit=" %" tick={{ fill: "#334155" }} />
          <YAxis type="category" dataKey="label" width={110} tick={{ fill: "#334155" }} />
          <Tooltip formatter={(value) => `${value} %`} />
          <Legend />
          <Bar dataKey="red" name="Röd (1)" stackId="svar" fill="#dc2626" isAnimationActive={false} />
          <Bar dataKey="yellow" name="Gul (2)" stackId="svar" fill="#facc15" isAnimationActive={false} />
          <Bar dataKey="green" name="Grön (3)" stackId="svar" fill="#16a34a" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
