// A KPI's chart as the chart component draws it: one row per date with every
// series that has a point then, the benchmarks it has, and the words a screen
// reader hears instead of the picture. Pure.
import type { BenchmarkKind, KpiUnit } from "@/lib/generated/prisma/enums";
import { formatUkDate, formatUkMonth } from "@/lib/dates/format";
import { formatKpiValue, type KpiForecast, type Point } from "./compute";
import { BENCHMARK_COLUMNS, BENCHMARK_LABELS, KPI_UNIT_SUFFIXES } from "./labels";

export type ChartRow = {
  t: number;
  value?: number;
  expected?: number;
  forecast?: number;
  NATIONAL?: number;
  REGIONAL?: number;
  STATISTICAL_NEIGHBOURS?: number;
};

type Charted = {
  name: string;
  unit: KpiUnit;
  targetValue: number | null;
  targetDate: Date | null;
  values: readonly { period: Date; value: number }[];
  benchmarks: readonly { kind: BenchmarkKind; period: Date; value: number }[];
};

/** One row per date on which any series has a point, for the KPI chart. */
export function chartRows(kpi: Pick<Charted, "values" | "benchmarks">, expectation: readonly Point[], forecast: readonly Point[] | null): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  const at = (date: Date) => {
    const t = date.getTime();
    if (!rows.has(t)) rows.set(t, { t });
    return rows.get(t)!;
  };
  for (const v of kpi.values) at(v.period).value = v.value;
  for (const p of expectation) at(p.date).expected = p.value;
  for (const p of forecast ?? []) at(p.date).forecast = p.value;
  for (const b of kpi.benchmarks) at(b.period)[b.kind] = b.value;
  return [...rows.values()].sort((a, b) => a.t - b.t);
}

/** The benchmark series the KPI has, in column order, with their names. */
export function benchmarkKinds(kpi: Pick<Charted, "benchmarks">): { key: BenchmarkKind; label: string }[] {
  return BENCHMARK_COLUMNS.filter((k) => kpi.benchmarks.some((b) => b.kind === k)).map((k) => ({ key: k, label: BENCHMARK_LABELS[k] }));
}

/** Everything the KPI chart component takes. */
export function kpiChart(kpi: Charted, expectation: readonly Point[], forecast: KpiForecast | null) {
  const fmt = (v: number) => formatKpiValue(v, kpi.unit);
  const description = `${kpi.name}: ${kpi.values.map((v) => `${fmt(v.value)} in ${formatUkMonth(v.period)}`).join("; ") || "no values yet"}${
    kpi.targetValue !== null ? `. Target ${fmt(kpi.targetValue)} by ${formatUkDate(kpi.targetDate)}.` : "."
  }${forecast ? ` ${forecast.text}` : ""}`;
  return {
    rows: chartRows(kpi, expectation, forecast && !forecast.past ? forecast.line : null),
    unitSuffix: KPI_UNIT_SUFFIXES[kpi.unit],
    target: kpi.targetValue !== null && kpi.targetDate ? { t: kpi.targetDate.getTime(), value: kpi.targetValue } : null,
    benchmarkKinds: benchmarkKinds(kpi),
    description,
  };
}
