"use client";

import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow } from "@/lib/kpis/chart";

const month = (t: number) => new Date(t).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** Values, expected trajectory, target, benchmarks and forecast. The table beside it carries the same numbers. */
export function KpiChart({
  rows,
  unitSuffix,
  target,
  benchmarkKinds,
  description,
}: {
  rows: ChartRow[];
  unitSuffix: string;
  target: { t: number; value: number } | null;
  benchmarkKinds: { key: "NATIONAL" | "REGIONAL" | "STATISTICAL_NEIGHBOURS"; label: string }[];
  description: string;
}) {
  const format = (v: number) => `${Math.round(v * 10) / 10}${unitSuffix}`;
  return (
    <figure>
      <div className="h-80 w-full" role="img" aria-label={description}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ top: 10, right: 24, bottom: 10, left: 8 }}>
            <CartesianGrid stroke="#e2e8f0" />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={month} tick={{ fill: "#334155", fontSize: 12 }} />
            <YAxis tickFormatter={format} tick={{ fill: "#334155", fontSize: 12 }} width={64} />
            <Tooltip labelFormatter={(t) => month(Number(t))} formatter={(v) => format(Number(v))} />
            <Legend />
            <Line name="Actual" dataKey="value" stroke="#1e3a8a" strokeWidth={2.5} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
            <Line name="Expected (trajectory)" dataKey="expected" stroke="#475569" strokeDasharray="6 4" dot={{ r: 2 }} connectNulls isAnimationActive={false} />
            <Line name="Forecast at current rate" dataKey="forecast" stroke="#b45309" strokeDasharray="2 3" dot={false} connectNulls isAnimationActive={false} />
            {benchmarkKinds.map((b, i) => (
              <Line
                key={b.key}
                name={b.label}
                dataKey={b.key}
                stroke={["#047857", "#7c3aed", "#be123c"][i % 3]}
                strokeWidth={1.5}
                dot={{ r: 3 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
            {target ? (
              <ReferenceLine
                y={target.value}
                stroke="#166534"
                strokeDasharray="3 3"
                label={{ value: `Target ${format(target.value)}`, fill: "#166534", fontSize: 12, position: "insideTopRight" }}
              />
            ) : null}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{description}</figcaption>
    </figure>
  );
}
