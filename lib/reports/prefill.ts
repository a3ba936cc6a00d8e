// What a highlight report pulls in from live data for its month, as pure
// functions of plain rows and the day they are drawn as at. The plan as it
// stood on that day is the shared kernel's (lib/plan/as-at/compute.ts), so
// that October's report says what the data said on 31 October, whenever it
// is written; this module only picks what a report shows of it.
//
// EXTENSION POINT — open risks. Issue 12 also asks for the area's open risks,
// escalated first. The risk register is built on another branch; when it
// lands: add `risks` to ReportSource (read in lib/reports/queries.ts
// getReportSource), a `risks` section built here in buildPrefill, a v2
// snapshot with that section (lib/reports/snapshot.ts says how), and its
// table in components/reports/report-document.tsx. Until then the lead's own
// "Risks and issues" text is the report's only risk section.
import type { KpiDirection } from "@/lib/generated/prisma/enums";
import { byEndOf, formatUkDate, toIsoDate } from "@/lib/dates/format";
import { formatKpiValue } from "@/lib/kpis/compute";
import {
  actionStatusesAsAt,
  completedOn,
  decisionAsAt,
  dueDateAfter,
  dueDateAsAt,
  kpiAsAt,
  milestonesAsAt,
  requestedChange,
  rollupAsAt,
  rollupBasis,
  type PlanRows,
  type SourceAction,
  type SourceChangeRequest,
} from "@/lib/plan/as-at/compute";
import { byCode } from "@/lib/plan/codes";
import type { StatusLabels } from "@/lib/plan/status";
import { inPeriod, periodEnd, shiftMonth } from "./period";
import type { ReportPrefill } from "./snapshot";

export type SourceEvidence = { title: string; kind: "DATA" | "FEEDBACK" | "DOCUMENT" | "CASE_STUDY"; date: Date; text: string | null; on: string };

/** The live rows of one priority area (and the areas for improvement filed under it): the plan's, and its evidence. */
export type ReportSource = PlanRows & { evidence: readonly SourceEvidence[] };

function movement(direction: KpiDirection, now: number, before: number): "IMPROVED" | "WORSENED" | "UNCHANGED" {
  const better = direction === "HIGHER_IS_BETTER" ? now - before : before - now;
  return better > 1e-9 ? "IMPROVED" : better < -1e-9 ? "WORSENED" : "UNCHANGED";
}

const iso = toIsoDate;
const byDue = <T extends { due: string }>(a: T, b: T) => a.due.localeCompare(b.due);

/**
 * Everything a highlight report for `period` pulls in, drawn as at `asAt`
 * (the period's last day, or an earlier day within it).
 */
export function buildPrefill(source: ReportSource, period: Date, asAt: Date, labels: StatusLabels): ReportPrefill {
  const previous = shiftMonth(period, -1);
  const previousEnd = periodEnd(previous);
  const next = shiftMonth(period, 1);
  const within = (date: Date) => inPeriod(date, period) && byEndOf(date, asAt);
  const now = actionStatusesAsAt(source, period, asAt);
  const before = actionStatusesAsAt(source, previous, previousEnd);
  const rollup = rollupAsAt(source, period, asAt);
  const ref = (a: SourceAction) => ({ code: a.code, title: a.title, lead: a.lead });

  const completed: ReportPrefill["actions"]["completed"] = [];
  const started: ReportPrefill["actions"]["started"] = [];
  const slipped: ReportPrefill["actions"]["slipped"] = [];
  const met: ReportPrefill["milestones"]["met"] = [];
  const missed: ReportPrefill["milestones"]["missed"] = [];
  const dueActions: ReportPrefill["dueNext"]["actions"] = [];
  const dueMilestones: ReportPrefill["dueNext"]["milestones"] = [];

  for (const action of source.actions) {
    const done = completedOn(action, asAt);
    if (done && within(done)) completed.push({ ...ref(action), on: iso(done) });
    if (action.startDate && within(action.startDate)) started.push({ ...ref(action), on: iso(action.startDate) });

    const due = dueDateAsAt(action, asAt);
    const reasons: string[] = [];
    if (!done && due && within(due)) reasons.push(`Was due ${formatUkDate(due)} and is not complete`);
    for (const change of action.approvedChanges) {
      if (!within(change.decidedAt) || !change.previousDueDate) continue;
      const to = dueDateAfter(action, change.decidedAt);
      if (to && to.getTime() > change.previousDueDate.getTime()) {
        reasons.push(`Due date moved from ${formatUkDate(change.previousDueDate)} to ${formatUkDate(to)} (change request approved ${formatUkDate(change.decidedAt)})`);
      }
    }
    const nowStatus = now.get(action.id)!;
    if (nowStatus.status === "OFF_TRACK" && before.get(action.id)?.status !== "OFF_TRACK" && reasons.length === 0) {
      reasons.push(`Now ${labels.OFF_TRACK.toLowerCase()}: ${nowStatus.reasons[0]?.text ?? "see the action"}`);
    }
    if (reasons.length) slipped.push({ ...ref(action), reasons });

    for (const milestone of milestonesAsAt(action, asAt, within)) {
      const item = { actionCode: action.code, text: milestone.milestoneText, due: iso(milestone.dueDate) };
      if (milestone.inWindow === "MET") met.push({ ...item, note: milestone.note });
      else if (milestone.inWindow === "MISSED") missed.push({ ...item, recorded: true, note: milestone.note });
      else if (milestone.inWindow === "UNRECORDED") missed.push({ ...item, recorded: false, note: null });
      if (milestone.open && inPeriod(milestone.dueDate, next)) dueMilestones.push(item);
    }
    if (!done && due && inPeriod(due, next)) dueActions.push({ ...ref(action), due: iso(due) });
  }

  const kpis: ReportPrefill["kpis"] = [...source.kpis].sort(byCode).map((kpi) => {
    const values = [...kpi.values].sort((a, b) => a.period.getTime() - b.period.getTime());
    const latest = values.filter((v) => v.period.getTime() <= period.getTime()).at(-1) ?? null;
    const earlier = values.filter((v) => v.period.getTime() <= previous.getTime()).at(-1) ?? null;
    const assessment = kpiAsAt(kpi, period, asAt);
    const lastMonth = kpiAsAt(kpi, previous, previousEnd);
    const shown = (v: { period: Date; value: number } | null) => (v ? { period: iso(v.period), value: v.value, text: formatKpiValue(v.value, kpi.unit) } : null);
    return {
      code: kpi.code,
      name: kpi.name,
      direction: kpi.direction,
      latest: shown(latest),
      previous: shown(earlier),
      movement: !latest
        ? "NO_DATA"
        : !earlier
          ? "FIRST_VALUE"
          : earlier.period.getTime() === latest.period.getTime()
            ? "NO_NEW_VALUE"
            : movement(kpi.direction, latest.value, earlier.value),
      status: assessment.status,
      noData: assessment.noData,
      lastMonthStatus: earlier ? lastMonth.status : null,
      target: kpi.target ? `${formatKpiValue(kpi.target.value, kpi.unit)} by ${formatUkDate(kpi.target.date)}` : null,
      reason: assessment.reason,
    };
  });

  const raised = source.changeRequests
    .filter((c) => within(c.createdAt))
    .map((c) => ({
      ...requestedChange(c),
      reason: c.reason,
      by: c.requestedByName,
      on: iso(c.createdAt),
      // The state it had on the day the tables are drawn.
      state: decisionAsAt(c, asAt).state,
    }));
  const decided = source.changeRequests
    .filter((c): c is SourceChangeRequest & { decidedAt: Date } => (c.state === "APPROVED" || c.state === "REJECTED") && c.decidedAt !== null && within(c.decidedAt))
    .map((c) => ({
      ...requestedChange(c),
      decision: c.state,
      note: c.decisionNote,
      by: c.decidedByName,
      on: iso(c.decidedAt),
    }));

  const evidence = source.evidence.filter((e) => within(e.date)).sort((a, b) => a.date.getTime() - b.date.getTime());

  return {
    asAt: iso(asAt),
    suggested: {
      status: rollup.status,
      lastMonth: rollupAsAt(source, previous, previousEnd).status,
      basis: rollupBasis(source, rollup.counts, asAt, labels),
    },
    actions: { completed: completed.sort(byCode), started: started.sort(byCode), slipped: slipped.sort(byCode) },
    milestones: { met: met.sort(byDue), missed: missed.sort(byDue) },
    dueNext: { period: iso(next), actions: dueActions.sort(byDue), milestones: dueMilestones.sort(byDue) },
    kpis,
    changeRequests: { raised: raised.sort((a, b) => a.on.localeCompare(b.on)), decided: decided.sort((a, b) => a.on.localeCompare(b.on)) },
    evidence: {
      feedback: evidence.filter((e) => e.kind === "FEEDBACK").map((e) => ({ title: e.title, date: iso(e.date), text: e.text, on: e.on })),
      other: evidence
        .filter((e): e is SourceEvidence & { kind: "DATA" | "DOCUMENT" | "CASE_STUDY" } => e.kind !== "FEEDBACK")
        .map((e) => ({ title: e.title, kind: e.kind, date: iso(e.date), text: e.text, on: e.on })),
    },
  };
}
