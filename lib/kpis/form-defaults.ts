// A stored KPI definition as its edit form starts: the record's fields as
// the form's text (numbers and tables as text, dates as yyyy-mm-dd). Pure.
import { formatUkDate, formatUkMonth, toIsoDate } from "@/lib/dates/format";
import { BENCHMARK_COLUMNS } from "./labels";
import type { KpiForEdit } from "./queries";

/** Everything as the definition form shows it: numbers and tables as text, dates as yyyy-mm-dd. */
export type KpiDefinitionValues = {
  id: string;
  version: number;
  code: string;
  name: string;
  definition: string;
  unit: string;
  direction: string;
  frequency: string;
  ownerMembershipId: string | null;
  ownerRole: string | null;
  dataSource: string | null;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
  tolerance: string;
  areaIds: string[];
  actionCodes: string;
  trajectory: string;
  benchmarks: string;
};

const number = (value: number | null) => (value === null ? "" : String(value));

export function kpiFormDefaults(kpi: KpiForEdit): KpiDefinitionValues {
  const periods = [...new Set(kpi.benchmarks.map((b) => b.period.getTime()))].sort((a, b) => a - b);
  return {
    id: kpi.id,
    version: kpi.version,
    code: kpi.code,
    name: kpi.name,
    definition: kpi.definition,
    unit: kpi.unit,
    direction: kpi.direction,
    frequency: kpi.frequency,
    ownerMembershipId: kpi.ownerMembershipId,
    ownerRole: kpi.ownerRole,
    dataSource: kpi.dataSource,
    baselineValue: number(kpi.baselineValue),
    baselineDate: kpi.baselineDate ? toIsoDate(kpi.baselineDate) : "",
    targetValue: number(kpi.targetValue),
    targetDate: kpi.targetDate ? toIsoDate(kpi.targetDate) : "",
    tolerance: String(kpi.tolerance),
    areaIds: kpi.areas.map((a) => a.priorityAreaId),
    actionCodes: kpi.actions.map((a) => a.action.code).join(", "),
    trajectory: kpi.trajectory.map((p) => `${formatUkDate(p.date)}, ${p.value}`).join("\n"),
    benchmarks: periods
      .map((time) => {
        const cells = BENCHMARK_COLUMNS.map((kind) => kpi.benchmarks.find((b) => b.period.getTime() === time && b.kind === kind)?.value);
        return [formatUkMonth(new Date(time)), ...cells.map((v) => (v === undefined ? "" : String(v)))].join(", ");
      })
      .join("\n"),
  };
}
