// The KPI list as its page shows it: every live KPI assessed as at today,
// the status filter with a count for each choice, and the rows the filter
// keeps, each with its figures in words. Pure.
import type { Status } from "@/lib/generated/prisma/enums";
import { formatUkDate, formatUkMonth } from "@/lib/dates/format";
import { STATUSES, type StatusLabels } from "@/lib/plan/status";
import { assessKpi, formatKpiValue, kpiInput, type KpiAssessment } from "./compute";
import { KPI_DIRECTION_LABELS } from "./labels";
import type { KpiListItem } from "./queries";

/** A status to filter by, or "No data" (the latest expected period has no value). */
export type KpiStatusFilter = Status | "NO_DATA";

export function parseKpiStatusFilter(text: string | undefined): KpiStatusFilter | undefined {
  return text === "NO_DATA" ? "NO_DATA" : STATUSES.find((s) => s === text);
}

const matchesStatus = (assessment: KpiAssessment, filter: KpiStatusFilter | undefined) =>
  filter === undefined ? true : filter === "NO_DATA" ? assessment.noData : !assessment.noData && assessment.status === filter;

/** The filter's choices in the order the page offers them, with the number of KPIs each keeps. */
function filterChoices(assessed: readonly KpiAssessment[], labels: StatusLabels) {
  const choices: { key: KpiStatusFilter | undefined; label: string }[] = [
    { key: undefined, label: "All" },
    ...(["OFF_TRACK", "AT_RISK", "ON_TRACK"] as const).map((s) => ({ key: s, label: labels[s] })),
    { key: "NO_DATA", label: "No data" },
  ];
  return choices.map((choice) => ({ ...choice, count: assessed.filter((a) => matchesStatus(a, choice.key)).length }));
}

export function kpiList(kpis: readonly KpiListItem[], filters: { status?: string; area?: string }, labels: StatusLabels, today: Date) {
  const status = parseKpiStatusFilter(filters.status);
  const assessed = kpis.map((kpi) => ({ kpi, assessment: assessKpi(kpiInput(kpi), today) }));
  const shown = assessed.filter(({ kpi, assessment }) => (!filters.area || kpi.areas.some((a) => a.priorityArea.code === filters.area)) && matchesStatus(assessment, status));
  return {
    status,
    choices: filterChoices(
      assessed.map((a) => a.assessment),
      labels,
    ),
    rows: shown.map(({ kpi, assessment }) => {
      const fmt = (v: number) => formatKpiValue(v, kpi.unit);
      return {
        id: kpi.id,
        code: kpi.code,
        name: kpi.name,
        direction: KPI_DIRECTION_LABELS[kpi.direction].toLowerCase(),
        areas: kpi.areas.map((a) => a.priorityArea.code).join(", ") || "—",
        latest: assessment.latest ? { value: fmt(assessment.latest.value), month: formatUkMonth(assessment.latest.period) } : null,
        target: kpi.targetValue !== null ? { value: fmt(kpi.targetValue), by: formatUkDate(kpi.targetDate) } : null,
        spark: { values: kpi.values.map((v) => v.value), label: `Trend of ${kpi.name}: ${kpi.values.map((v) => fmt(v.value)).join(", ")}` },
        assessment,
      };
    }),
  };
}
