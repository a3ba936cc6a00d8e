"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";

const month = (t: number) => new Date(t).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** A public KPI's figures over time; the sentence is its description and the table beside it carries the same numbers. */
export function PublicKpiChart({ rows, unitSuffix, description }: { rows: { t: number; value: number }[]; unitSuffix: string; description: string }) {
  const format = (v: number) => `${Math.round(v * 10) / 10}${unitSuffix}`;
  return (
    <div className="h-64 w-full" role="img" aria-label={description}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 10, right: 24, bottom: 10, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={month} tick={{ fill: "#334155", fontSize: 12 }} />
          <YAxis tickFormatter={format} tick={{ fill: "#334155", fontSize: 12 }} width={64} />
          <Line dataKey="value" stroke="#1e3a8a" strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
