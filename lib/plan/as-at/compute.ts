// The plan as it stood on a past day. The status rules are the plan's and
// the KPIs' own (lib/plan/compute.ts, lib/kpis/compute.ts); this kernel only
// replays them over the live rows as at a day, so that a highlight report, a
// stocktake pack and a board pack drawn for a day say what the dashboard
// said on it, whenever they are drawn. Pure functions of plain rows (read by
// ./queries.ts) and the day: a rule of one document never changes another's.
import type { OccurrenceState, Status } from "@/lib/generated/prisma/enums";
import { byEndOf, formatUkDate, toIsoDate } from "@/lib/dates/format";
import { assessKpi, type KpiInput } from "@/lib/kpis/compute";
import { areaRollup, computeActionStatus, type ComputedStatus, type OccurrenceInput, type PlanSettings } from "@/lib/plan/compute";
import { STATUSES, type StatusLabels } from "@/lib/plan/status";

export type SourceOccurrence = { milestoneText: string; dueDate: Date; state: OccurrenceState; decidedAt: Date | null; note: string | null; evidence: number };

export type SourceAction = {
  id: string;
  code: string;
  title: string;
  /** The lead's name (or role, for people without a login). */
  lead: string | null;
  startDate: Date | null;
  /** Null while no due date is agreed ("to be confirmed"). */
  baselineDueDate: Date | null;
  currentDueDate: Date | null;
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

/** The live plan rows of one priority area (and the areas for improvement filed under it). */
export type PlanRows = {
  settings: PlanSettings;
  actions: readonly SourceAction[];
  kpis: readonly SourceKpi[];
  changeRequests: readonly SourceChangeRequest[];
};

/** The day a document is drawn as at: today while `until` (a period's end, a meeting day) is ahead, `until` once it has passed. */
export function asAtDay(until: Date, today: Date): Date {
  return today.getTime() < until.getTime() ? today : until;
}

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
export function dueDateAsAt(action: SourceAction, day: Date): Date | null {
  const later = action.approvedChanges.filter((c) => !byEndOf(c.decidedAt, day)).sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime());
  return later[0]?.previousDueDate ?? action.currentDueDate;
}

/** The due date just after an approval decided on `decidedAt` took effect. */
export function dueDateAfter(action: SourceAction, decidedAt: Date): Date | null {
  const later = action.approvedChanges.filter((c) => c.decidedAt.getTime() > decidedAt.getTime()).sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime());
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

export type MilestoneAsAt = OccurrenceInput & {
  note: string | null;
  /** What it counts as in the window: met or missed there, passed there unrecorded while its action was open, or neither. */
  inWindow: "MET" | "MISSED" | "UNRECORDED" | null;
  /** Still to come on `day`: pending, and its action not complete. */
  open: boolean;
};

/** The action's milestones as they stood on `day`, in its rows' order, each with what it counts as within a window (`within`). */
export function milestonesAsAt(action: SourceAction, day: Date, within: (date: Date) => boolean): MilestoneAsAt[] {
  const done = completedOn(action, day) !== null;
  // occurrencesAsAt keeps the rows' order, so the i-th is the i-th row as it stood.
  return occurrencesAsAt(action, day).map((occurrence, i) => {
    const row = action.occurrences[i]!;
    const decidedOn = row.decidedAt ?? row.dueDate;
    const open = occurrence.state === "PENDING" && !done;
    const inWindow =
      occurrence.state === "MET" && within(decidedOn)
        ? "MET"
        : occurrence.state === "MISSED" && within(decidedOn)
          ? "MISSED"
          : open && within(occurrence.dueDate)
            ? "UNRECORDED"
            : null;
    return { ...occurrence, inWindow, open };
  });
}

/** A change request as it stood at the end of `day`: its decision if made by then, else pending. */
export function decisionAsAt(request: Pick<SourceChangeRequest, "state" | "decidedAt">, day: Date): { decided: boolean; state: SourceChangeRequest["state"] } {
  const decided = request.decidedAt !== null && byEndOf(request.decidedAt, day);
  return { decided, state: decided ? request.state : "PENDING" };
}

/** What a change request asks for, as a document's tables show it: the action, the milestone, the due date from and to (ISO days), the change of scope. */
export function requestedChange(request: SourceChangeRequest) {
  return {
    actionCode: request.actionCode,
    milestone: request.milestone,
    from: request.previousDueDate ? toIsoDate(request.previousDueDate) : null,
    to: request.proposedDueDate ? toIsoDate(request.proposedDueDate) : null,
    scope: request.scopeChange,
  };
}

/** A KPI as a document for `period` (a month) sees it: values for that month and before, judged on `day`. */
export function kpiAsAt(kpi: SourceKpi, period: Date, day: Date) {
  return assessKpi({ ...kpi, values: kpi.values.filter((v) => v.period.getTime() <= period.getTime()) }, day);
}

type Replayed = Pick<PlanRows, "settings" | "actions" | "kpis">;

/** Every action's computed status on `day` (KPIs as a document for `period` sees them). */
export function actionStatusesAsAt(rows: Replayed, period: Date, day: Date): Map<string, ComputedStatus> {
  const kpiStatus = new Map(rows.kpis.map((k) => [k.id, { name: k.name, status: kpiAsAt(k, period, day).status }]));
  const statuses = new Map<string, ComputedStatus>();
  for (const action of rows.actions) {
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
        rows.settings,
      ),
    );
  }
  return statuses;
}

export type RollupAsAt = { status: Status; counts: Record<Status, number>; items: number };

/** The area's suggested roll-up on `day`: the dashboard's computed roll-up of actions and KPIs, replayed. */
export function rollupAsAt(rows: Replayed, period: Date, day: Date): RollupAsAt {
  const actions = [...actionStatusesAsAt(rows, period, day).values()].map((c) => c.status);
  const kpis = rows.kpis.map((k) => kpiAsAt(k, period, day).status);
  const all = [...actions, ...kpis];
  const counts = Object.fromEntries(STATUSES.map((s) => [s, all.filter((x) => x === s).length])) as Record<Status, number>;
  return { status: areaRollup(all), counts, items: all.length };
}

/** What a roll-up was made of, in words: "12 actions and 3 KPIs as at 31 October 2026: 2 off track, 4 amber". */
export function rollupBasis(rows: { actions: readonly unknown[]; kpis: readonly unknown[] }, counts: Record<Status, number>, day: Date, labels: StatusLabels): string {
  const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${labels[s].toLowerCase()}`);
  const items = `${rows.actions.length} ${rows.actions.length === 1 ? "action" : "actions"} and ${rows.kpis.length} ${rows.kpis.length === 1 ? "KPI" : "KPIs"}`;
  return `${items} as at ${formatUkDate(day)}${parts.length ? `: ${parts.join(", ")}` : ""}.`;
}

/** Whether an instant falls within the calendar days `from` to `to` (rows carry times; the rules compare days). */
export function between(at: Date, from: Date, to: Date): boolean {
  return at.getTime() >= from.getTime() && byEndOf(at, to);
}
