// What a highlight report pulls in from live data for its month, as pure
// functions of plain rows and the day they are drawn as at. The status rules
// are the plan's and the KPIs' own (lib/plan/compute.ts, lib/kpis/compute.ts);
// this module only replays them as at a past day, so that October's report
// says what the data said on 31 October, whenever it is written.
//
// EXTENSION POINT — open risks. Issue 12 also asks for the area's open risks,
// escalated first. The risk register is built on another branch; when it
// lands: add `risks` to ReportSource (read in lib/reports/queries.ts
// getReportSource), a `risks` section built here in buildPrefill, a v2
// snapshot with that section (lib/reports/snapshot.ts says how), and its
// table in components/reports/report-document.tsx. Until then the lead's own
// "Risks and issues" text is the report's only risk section.
import type { KpiDirection, OccurrenceState, Status } from "@/lib/generated/prisma/enums";
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import { assessKpi, formatKpiValue, type KpiInput } from "@/lib/kpis/compute";
import { areaRollup, computeActionStatus, type ComputedStatus, type OccurrenceInput, type PlanSettings } from "@/lib/plan/compute";
import type { StatusLabels } from "@/lib/plan/status";
import { STATUSES } from "@/lib/plan/status";
import { inPeriod, periodEnd, shiftMonth } from "./period";
import type { ReportPrefill } from "./snapshot";

const DAY = 86_400_000;

export type SourceOccurrence = { milestoneText: string; dueDate: Date; state: OccurrenceState; decidedAt: Date | null; note: string | null; evidence: number };

export type SourceAction = {
  id: string;
  code: string;
  title: string;
  /** The lead's name (or role, for people without a login). */
  lead: string | null;
  startDate: Date | null;
  baselineDueDate: Date;
  currentDueDate: Date;
  reportedStatus: Status;
  reportedAt: Date | null;
  completedAt: Date | null;
  /** Status history, oldest first. */
  updates: readonly { status: Status; at: Date }[];
  occurrences: readonly SourceOccurrence[];
  /** Approved due-date changes, to know what the due date was on a past day. */
  approvedChanges: readonly { previousDueDate: Date | null; decidedAt: Date }[];
  kpiIds: readonly string[];
};

export type SourceKpi = KpiInput & { id: string; code: string; name: string };

export type SourceChangeRequest = {
  actionCode: string | null;
  milestone: string | null;
  previousDueDate: Date | null;
  proposedDueDate: Date | null;
  scopeChange: string | null;
  reason: string;
  state: "PENDING" | "APPROVED" | "REJECTED" | "WITHDRAWN";
  requestedByName: string;
  createdAt: Date;
  decidedAt: Date | null;
  decidedByName: string | null;
  decisionNote: string | null;
};

export type SourceEvidence = { title: string; kind: "DATA" | "FEEDBACK" | "DOCUMENT" | "CASE_STUDY"; date: Date; text: string | null; on: string };

/** The live rows of one priority area (and the areas for improvement filed under it). */
export type ReportSource = {
  settings: PlanSettings;
  actions: readonly SourceAction[];
  kpis: readonly SourceKpi[];
  changeRequests: readonly SourceChangeRequest[];
  evidence: readonly SourceEvidence[];
};

/** Before the end of `day`: rows carry times, the rules compare calendar days. */
const byEndOf = (at: Date, day: Date) => at.getTime() < day.getTime() + DAY;

/** What the lead had reported by `day`, and when. */
export function reportedAsAt(action: SourceAction, day: Date): { status: Status; at: Date | null } {
  const known = action.updates.filter((u) => byEndOf(u.at, day));
  const last = known.at(-1);
  if (last) return { status: last.status, at: last.at };
  // A row with no history (imported) reports what it says, from when it says it.
  if (action.updates.length === 0 && action.reportedAt && byEndOf(action.reportedAt, day)) return { status: action.reportedStatus, at: action.reportedAt };
  return { status: "NOT_DUE", at: null };
}

/** The due date on `day`: approvals decided later had not yet moved it. */
export function dueDateAsAt(action: SourceAction, day: Date): Date {
  const later = action.approvedChanges.filter((c) => !byEndOf(c.decidedAt, day)).sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime());
  return later[0]?.previousDueDate ?? action.currentDueDate;
}

/** Occurrences as they stood on `day`: an outcome recorded later was still pending. */
export function occurrencesAsAt(action: SourceAction, day: Date): (OccurrenceInput & { note: string | null })[] {
  return action.occurrences.map((o) => {
    const decided = o.state !== "PENDING" && byEndOf(o.decidedAt ?? o.dueDate, day);
    const state = decided ? o.state : "PENDING";
    return { milestoneText: o.milestoneText, dueDate: o.dueDate, state, hasEvidence: o.evidence > 0 || state === "MET", note: decided ? o.note : null };
  });
}

function kpiValuesUpTo(kpi: SourceKpi, period: Date) {
  return kpi.values.filter((v) => v.period.getTime() <= period.getTime());
}

/** A KPI as the report for `period` sees it: values for that month and before, judged on `day`. */
export function kpiAsAt(kpi: SourceKpi, period: Date, day: Date) {
  return assessKpi({ ...kpi, values: kpiValuesUpTo(kpi, period) }, day);
}

/** Every action's computed status on `day` (KPIs as the report for `period` sees them). */
export function actionStatusesAsAt(source: ReportSource, period: Date, day: Date): Map<string, ComputedStatus> {
  const kpiStatus = new Map(source.kpis.map((k) => [k.id, { name: k.name, status: kpiAsAt(k, period, day).status }]));
  const statuses = new Map<string, ComputedStatus>();
  for (const action of source.actions) {
    const reported = reportedAsAt(action, day);
    const linkedKpis = action.kpiIds.map((id) => kpiStatus.get(id)).filter((k): k is { name: string; status: Status } => k !== undefined);
    statuses.set(
      action.id,
      computeActionStatus(
        {
          reportedStatus: reported.status,
          startDate: action.startDate,
          currentDueDate: dueDateAsAt(action, day),
          baselineDueDate: action.baselineDueDate,
          lastUpdateAt: reported.at,
          occurrences: occurrencesAsAt(action, day),
          linkedKpis,
        },
        day,
        source.settings,
      ),
    );
  }
  return statuses;
}

/** The area's suggested roll-up on `day`: the dashboard's computed roll-up of actions and KPIs, replayed. */
export function rollupAsAt(source: ReportSource, period: Date, day: Date): { status: Status; counts: Record<Status, number>; items: number } {
  const actions = [...actionStatusesAsAt(source, period, day).values()].map((c) => c.status);
  const kpis = source.kpis.map((k) => kpiAsAt(k, period, day).status);
  const all = [...actions, ...kpis];
  const counts = Object.fromEntries(STATUSES.map((s) => [s, all.filter((x) => x === s).length])) as Record<Status, number>;
  return { status: areaRollup(all), counts, items: all.length };
}

function basisText(source: ReportSource, rollup: ReturnType<typeof rollupAsAt>, day: Date, labels: StatusLabels): string {
  const parts = STATUSES.filter((s) => rollup.counts[s] > 0).map((s) => `${rollup.counts[s]} ${labels[s].toLowerCase()}`);
  const items = `${source.actions.length} ${source.actions.length === 1 ? "action" : "actions"} and ${source.kpis.length} ${source.kpis.length === 1 ? "KPI" : "KPIs"}`;
  return `${items} as at ${formatUkDate(day)}${parts.length ? `: ${parts.join(", ")}` : ""}.`;
}

/** When the action became complete, if it was complete on `day`. */
export function completedOn(action: SourceAction, day: Date): Date | null {
  if (reportedAsAt(action, day).status !== "COMPLETE") return null;
  let since: Date | null = null;
  for (const update of action.updates.filter((u) => byEndOf(u.at, day))) {
    if (update.status !== "COMPLETE") since = null;
    else since ??= update.at;
  }
  return since ?? action.completedAt ?? action.reportedAt;
}

function movement(direction: KpiDirection, now: number, before: number): "IMPROVED" | "WORSENED" | "UNCHANGED" {
  const better = direction === "HIGHER_IS_BETTER" ? now - before : before - now;
  return better > 1e-9 ? "IMPROVED" : better < -1e-9 ? "WORSENED" : "UNCHANGED";
}

const iso = toIsoDate;
const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code, "en-GB", { numeric: true });
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
    if (!done && within(due)) reasons.push(`Was due ${formatUkDate(due)} and is not complete`);
    for (const change of action.approvedChanges) {
      if (!within(change.decidedAt) || !change.previousDueDate) continue;
      const to = dueDateAfter(action, change.decidedAt);
      if (to.getTime() > change.previousDueDate.getTime()) {
        reasons.push(`Due date moved from ${formatUkDate(change.previousDueDate)} to ${formatUkDate(to)} (change request approved ${formatUkDate(change.decidedAt)})`);
      }
    }
    const nowStatus = now.get(action.id)!;
    if (nowStatus.status === "OFF_TRACK" && before.get(action.id)?.status !== "OFF_TRACK" && reasons.length === 0) {
      reasons.push(`Now ${labels.OFF_TRACK.toLowerCase()}: ${nowStatus.reasons[0]?.text ?? "see the action"}`);
    }
    if (reasons.length) slipped.push({ ...ref(action), reasons });

    // occurrencesAsAt keeps the rows' order, so the i-th is the i-th row as it stood.
    for (const [i, occurrence] of occurrencesAsAt(action, asAt).entries()) {
      const row = action.occurrences[i]!;
      const decidedOn = row.decidedAt ?? row.dueDate;
      if (occurrence.state === "MET" && within(decidedOn)) met.push({ actionCode: action.code, text: occurrence.milestoneText, due: iso(occurrence.dueDate), note: occurrence.note });
      else if (occurrence.state === "MISSED" && within(decidedOn)) missed.push({ actionCode: action.code, text: occurrence.milestoneText, due: iso(occurrence.dueDate), recorded: true, note: occurrence.note });
      else if (occurrence.state === "PENDING" && !done && within(occurrence.dueDate)) {
        missed.push({ actionCode: action.code, text: occurrence.milestoneText, due: iso(occurrence.dueDate), recorded: false, note: null });
      }
      if (occurrence.state === "PENDING" && !done && inPeriod(occurrence.dueDate, next)) {
        dueMilestones.push({ actionCode: action.code, text: occurrence.milestoneText, due: iso(occurrence.dueDate) });
      }
    }
    if (!done && inPeriod(due, next)) dueActions.push({ ...ref(action), due: iso(due) });
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
      actionCode: c.actionCode,
      milestone: c.milestone,
      from: c.previousDueDate ? iso(c.previousDueDate) : null,
      to: c.proposedDueDate ? iso(c.proposedDueDate) : null,
      scope: c.scopeChange,
      reason: c.reason,
      by: c.requestedByName,
      on: iso(c.createdAt),
      // The state it had on the day the tables are drawn.
      state: c.decidedAt && byEndOf(c.decidedAt, asAt) ? c.state : "PENDING",
    }));
  const decided = source.changeRequests
    .filter((c): c is SourceChangeRequest & { decidedAt: Date } => (c.state === "APPROVED" || c.state === "REJECTED") && c.decidedAt !== null && within(c.decidedAt))
    .map((c) => ({
      actionCode: c.actionCode,
      milestone: c.milestone,
      from: c.previousDueDate ? iso(c.previousDueDate) : null,
      to: c.proposedDueDate ? iso(c.proposedDueDate) : null,
      scope: c.scopeChange,
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
      basis: basisText(source, rollup, asAt, labels),
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

/** The due date just after an approval decided on `decidedAt` took effect. */
function dueDateAfter(action: SourceAction, decidedAt: Date): Date {
  const later = action.approvedChanges.filter((c) => c.decidedAt.getTime() > decidedAt.getTime()).sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime());
  return later[0]?.previousDueDate ?? action.currentDueDate;
}
