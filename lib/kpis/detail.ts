// What a KPI's page shows, shaped from its row and today: where it stands,
// its summary, the table of numbers and its corrections. Pure.
import { formatUkDate, formatUkDateTime, formatUkMonth, toIsoDate } from "@/lib/dates/format";
import { benchmarkKinds, kpiChart } from "./chart";
import { assessKpi, expectationPoints, expectedValueAt, forecastKpi, formatKpiValue, kpiInput } from "./compute";
import { BENCHMARK_LABELS, KPI_DIRECTION_LABELS, KPI_FREQUENCY_LABELS, KPI_UNIT_HINTS } from "./labels";
import type { KpiDetail } from "./queries";

export function kpiDetail(kpi: KpiDetail, today: Date, corrected: string | undefined) {
  const input = kpiInput(kpi);
  const forecast = forecastKpi(input, today);
  const fmt = (v: number) => formatKpiValue(v, kpi.unit);
  const kinds = benchmarkKinds(kpi);
  const valueAt = (period: Date) => kpi.values.some((v) => v.period.getTime() === period.getTime());
  const otherBenchmarks = kpi.benchmarks.filter((b) => !valueAt(b.period));
  const latestCorrection = kpi.corrections[0];
  // The notice names only a correction that really is the latest: the URL cannot put words in the green box.
  const justCorrected = corrected && latestCorrection && toIsoDate(latestCorrection.period).startsWith(corrected) ? latestCorrection : undefined;
  return {
    assessment: assessKpi(input, today),
    forecastText: forecast?.text ?? null,
    justCorrected: justCorrected
      ? { id: justCorrected.id, month: formatUkMonth(justCorrected.period), newValue: justCorrected.newValue === null ? null : fmt(justCorrected.newValue) }
      : null,
    summary: {
      baseline: kpi.baselineValue !== null ? `${fmt(kpi.baselineValue)} (${formatUkMonth(kpi.baselineDate!)})` : "—",
      target: kpi.targetValue !== null ? `${fmt(kpi.targetValue)} by ${formatUkDate(kpi.targetDate)}` : "—",
      tolerance: `${fmt(kpi.tolerance)} (amber band)`,
      direction: KPI_DIRECTION_LABELS[kpi.direction],
      frequency: KPI_FREQUENCY_LABELS[kpi.frequency],
      owner: kpi.owner?.user.name ?? kpi.ownerRole ?? "—",
      source: kpi.dataSource ?? "—",
    },
    chart: kpiChart(kpi, expectationPoints(input), forecast),
    benchmarkKinds: kinds,
    /** Newest first, each with what the KPI was expected to be then and the benchmarks of that month. */
    values: [...kpi.values].reverse().map((v) => {
      const expected = expectedValueAt(input, v.period);
      return {
        id: v.id,
        period: toIsoDate(v.period),
        month: formatUkMonth(v.period),
        value: fmt(v.value),
        expected: expected === null ? "—" : fmt(expected),
        benchmarks: kinds.map((b) => {
          const bench = kpi.benchmarks.find((x) => x.kind === b.key && x.period.getTime() === v.period.getTime());
          return { key: b.key, value: bench ? fmt(bench.value) : "—" };
        }),
        note: v.note,
        provenance: v.provenance,
      };
    }),
    otherBenchmarks: otherBenchmarks.length ? otherBenchmarks.map((b) => `${BENCHMARK_LABELS[b.kind]} ${fmt(b.value)} (${formatUkMonth(b.period)})`).join("; ") : null,
    corrections: kpi.corrections.map((c) => ({
      id: c.id,
      month: formatUkMonth(c.period),
      previousValue: fmt(c.previousValue),
      newValue: c.newValue === null ? null : fmt(c.newValue),
      by: c.correctedByName,
      at: formatUkDateTime(c.createdAt),
      reason: c.reason,
    })),
    unitHint: KPI_UNIT_HINTS[kpi.unit],
  };
}
