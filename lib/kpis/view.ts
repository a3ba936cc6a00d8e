// Shapes KPI rows into the inputs of the KPI rules and the props of charts. Pure.
import type { KpiDetail, KpiListItem } from "./queries";
import type { KpiInput, Point } from "./compute";

type Row = Pick<KpiListItem, "direction" | "frequency" | "unit" | "tolerance" | "baselineValue" | "baselineDate" | "targetValue" | "targetDate" | "trajectory" | "values">;

export function kpiInput(row: Row): KpiInput {
  return {
    direction: row.direction,
    frequency: row.frequency,
    unit: row.unit,
    tolerance: row.tolerance,
    baseline: row.baselineValue !== null && row.baselineDate ? { date: row.baselineDate, value: row.baselineValue } : null,
    target: row.targetValue !== null && row.targetDate ? { date: row.targetDate, value: row.targetValue } : null,
    trajectory: row.trajectory.map((p): Point => ({ date: p.date, value: p.value })),
    values: row.values.map((v) => ({ period: v.period, value: v.value })),
  };
}

export const BENCHMARK_LABELS = { NATIONAL: "National", REGIONAL: "Regional", STATISTICAL_NEIGHBOURS: "Statistical neighbours" } as const;

export type ChartRow = {
  t: number;
  value?: number;
  expected?: number;
  forecast?: number;
  NATIONAL?: number;
  REGIONAL?: number;
  STATISTICAL_NEIGHBOURS?: number;
};

/** One row per date on which any series has a point, for the KPI chart. */
export function chartRows(kpi: Pick<KpiDetail, "values" | "benchmarks">, expectation: readonly Point[], forecast: readonly Point[] | null): ChartRow[] {
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
