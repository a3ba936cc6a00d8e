// An area's dashboard in a stocktake pack: its actions, milestones, change
// requests, KPIs, open risks and highlight reports for the period, as they
// stood on the pack's day. The plan as at that day is the shared kernel's
// (lib/plan/as-at/compute.ts), so the pack agrees with the dashboard and the
// highlight reports of the same day. Pure functions of plain rows.
import { byEndOf, formatUkDate, toIsoDate } from "@/lib/dates/format";
import { expectationPoints, expectedValueAt, forecastKpi, formatKpiValue } from "@/lib/kpis/compute";
import {
  actionStatusesAsAt,
  between,
  completedOn,
  decisionAsAt,
  dueDateAsAt,
  kpiAsAt,
  milestonesAsAt,
  reportedAsAt,
  requestedChange,
  rollupAsAt,
  rollupBasis,
  type SourceKpi,
} from "@/lib/plan/as-at/compute";
import { byCode } from "@/lib/plan/codes";
import { slippage } from "@/lib/plan/compute";
import { STATUSES, type StatusLabels } from "@/lib/plan/status";
import { monthOf, periodEnd, shiftMonth } from "@/lib/reports/period";
import type { AreaData, PackKpi } from "../snapshot";
import type { AreaSource, SourceRisk } from "../source";
import { openRisksAsAt, packRisk } from "./risks";

const iso = toIsoDate;
const byDue = <T extends { due: string }>(a: T, b: T) => a.due.localeCompare(b.due);

/** How many months of a KPI's values the pack's chart shows. */
export const KPI_SERIES_MONTHS = 24;

/** "The next set of milestones" (Improvement Notice §10d.ii): those due in the six months after the pack's day. */
export function nextWindowEnd(asAt: Date): Date {
  return periodEnd(shiftMonth(monthOf(asAt), 6));
}

function packKpi(kpi: SourceKpi, asAt: Date): PackKpi {
  const month = monthOf(asAt);
  const values = kpi.values.filter((v) => v.period.getTime() <= month.getTime()).sort((a, b) => a.period.getTime() - b.period.getTime());
  const assessment = kpiAsAt(kpi, month, asAt);
  const latest = values.at(-1) ?? null;
  const expected = latest ? expectedValueAt(kpi, latest.period) : null;
  const forecast = forecastKpi({ ...kpi, values });
  return {
    code: kpi.code,
    name: kpi.name,
    unit: kpi.unit,
    direction: kpi.direction,
    status: assessment.status,
    noData: assessment.noData,
    reason: assessment.reason,
    latest: latest ? { period: iso(latest.period), value: latest.value, text: formatKpiValue(latest.value, kpi.unit) } : null,
    expected: expected === null ? null : { value: expected, text: formatKpiValue(expected, kpi.unit) },
    baseline: kpi.baseline ? `${formatKpiValue(kpi.baseline.value, kpi.unit)} (${formatUkDate(kpi.baseline.date)})` : null,
    target: kpi.target ? `${formatKpiValue(kpi.target.value, kpi.unit)} by ${formatUkDate(kpi.target.date)}` : null,
    forecast: forecast?.text ?? null,
    series: values.slice(-KPI_SERIES_MONTHS).map((v) => ({ period: iso(v.period), value: v.value })),
    trajectory: expectationPoints(kpi).map((p) => ({ date: iso(p.date), value: p.value })),
  };
}

/** An area's dashboard for the period `from`–`asAt`: the progress update's evidence in numbers (§10d.i–ii). */
export function drawAreaData(source: AreaSource, risks: readonly SourceRisk[], areaIds: readonly string[], from: Date, asAt: Date, labels: StatusLabels): AreaData {
  const month = monthOf(asAt);
  const windowEnd = nextWindowEnd(asAt);
  const statuses = actionStatusesAsAt(source, month, asAt);
  const rollup = rollupAsAt(source, month, asAt);
  const within = (date: Date) => between(date, from, asAt);

  const actions = [...source.actions].sort(byCode).map((action) => {
    const computed = statuses.get(action.id)!;
    const reported = reportedAsAt(action, asAt).status;
    const due = dueDateAsAt(action, asAt);
    const done = completedOn(action, asAt);
    return {
      code: action.code,
      title: action.title,
      lead: action.lead,
      baselineDue: action.baselineDueDate ? iso(action.baselineDueDate) : null,
      currentDue: due ? iso(due) : null,
      reported,
      computed: computed.status,
      reasons: computed.reasons.map((r) => r.text),
      daysLate: slippage({ reportedStatus: reported, currentDueDate: due, baselineDueDate: action.baselineDueDate }, asAt).daysLate,
      completedOn: done ? iso(done) : null,
    };
  });

  const met: AreaData["milestones"]["met"] = [];
  const missed: AreaData["milestones"]["missed"] = [];
  const dueNext: AreaData["milestones"]["dueNext"] = [];
  for (const action of source.actions) {
    for (const milestone of milestonesAsAt(action, asAt, within)) {
      const item = { actionCode: action.code, text: milestone.milestoneText, due: iso(milestone.dueDate), note: milestone.note };
      if (milestone.inWindow === "MET") met.push(item);
      else if (milestone.inWindow === "MISSED") missed.push({ ...item, recorded: true });
      else if (milestone.inWindow === "UNRECORDED") missed.push({ ...item, recorded: false });
      if (milestone.open && milestone.dueDate.getTime() > asAt.getTime() && byEndOf(milestone.dueDate, windowEnd)) dueNext.push(item);
    }
  }

  const changeRequests = source.changeRequests
    .filter((c) => within(c.createdAt) || (c.decidedAt !== null && within(c.decidedAt)))
    .filter((c) => byEndOf(c.createdAt, asAt))
    .map((c) => {
      const { decided, state } = decisionAsAt(c, asAt);
      return {
        ...requestedChange(c),
        reason: c.reason,
        state,
        raisedOn: iso(c.createdAt),
        decidedOn: decided ? iso(c.decidedAt!) : null,
        decidedBy: decided ? c.decidedByName : null,
        note: decided ? c.decisionNote : null,
        meeting: decided ? c.meeting : null,
      };
    })
    .sort((a, b) => a.raisedOn.localeCompare(b.raisedOn));

  const areaRisks = openRisksAsAt(risks, asAt)
    .filter((r) => r.areaIds.some((id) => areaIds.includes(id)))
    .map(packRisk)
    .sort((a, b) => b.score - a.score || byCode(a, b));

  const firstMonth = monthOf(from);
  const reports = [];
  for (let period = firstMonth; period.getTime() <= month.getTime(); period = shiftMonth(period, 1)) {
    const report = source.reports.find((r) => r.period.getTime() === period.getTime());
    reports.push({ period: iso(period), state: report?.state ?? null, status: report && report.state !== "DRAFT" ? report.overallStatus : null });
  }

  return {
    suggested: { status: rollup.status, basis: rollupBasis(source, rollup.counts, asAt, labels) },
    counts: Object.fromEntries(STATUSES.map((s) => [s, actions.filter((a) => a.computed === s).length])) as AreaData["counts"],
    actions,
    milestones: { met: met.sort(byDue), missed: missed.sort(byDue), dueNext: dueNext.sort(byDue) },
    changeRequests,
    kpis: [...source.kpis].sort(byCode).map((k) => packKpi(k, asAt)),
    risks: areaRisks,
    reports,
  };
}
