// A KPI's enums in the order forms offer them, and the words pages and forms
// show for each: said once here.
import type { BenchmarkKind, KpiDirection, KpiFrequency, KpiUnit } from "@/lib/generated/prisma/enums";

export const KPI_UNITS = ["PERCENT", "COUNT", "WEEKS", "DAYS", "RATE"] as const satisfies readonly KpiUnit[];
export const KPI_UNIT_LABELS: Record<KpiUnit, string> = { PERCENT: "Percentage (%)", COUNT: "Count", WEEKS: "Weeks", DAYS: "Days", RATE: "Rate" };
/** What a value in the unit looks like, beside the value field. */
export const KPI_UNIT_HINTS: Record<KpiUnit, string> = {
  PERCENT: "A percentage from 0 to 100, for example 45.2",
  COUNT: "A whole number, for example 1,530",
  WEEKS: "Weeks, for example 12.5",
  DAYS: "Days, for example 28",
  RATE: "A rate, for example 3.2",
};
/** After a figure on a chart's axis and tooltips. */
export const KPI_UNIT_SUFFIXES: Record<KpiUnit, string> = { PERCENT: "%", WEEKS: " wks", DAYS: " days", COUNT: "", RATE: "" };

export const KPI_DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const satisfies readonly KpiDirection[];
export const KPI_DIRECTION_LABELS: Record<KpiDirection, string> = { HIGHER_IS_BETTER: "Higher is better", LOWER_IS_BETTER: "Lower is better" };

export const KPI_FREQUENCIES = ["MONTHLY", "QUARTERLY", "TERMLY", "ANNUALLY"] as const satisfies readonly KpiFrequency[];
export const KPI_FREQUENCY_LABELS: Record<KpiFrequency, string> = { MONTHLY: "Monthly", QUARTERLY: "Quarterly", TERMLY: "Termly", ANNUALLY: "Annually" };

/** Benchmark columns, in the order the table is typed and charted. */
export const BENCHMARK_COLUMNS = ["NATIONAL", "REGIONAL", "STATISTICAL_NEIGHBOURS"] as const satisfies readonly BenchmarkKind[];
export const BENCHMARK_LABELS: Record<BenchmarkKind, string> = { NATIONAL: "National", REGIONAL: "Regional", STATISTICAL_NEIGHBOURS: "Statistical neighbours" };
