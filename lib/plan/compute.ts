// Status rules of DESIGN §3 as pure functions of plain data and `today`.
// Every page uses these; none re-derives them.
import type { OccurrenceState, Status } from "@/lib/generated/prisma/enums";
import { daysBetween, formatUkDate } from "@/lib/dates/format";

export type PlanSettings = {
  /** Expected gap between updates (the reporting cadence), in days. */
  reportingCadenceDays: number;
  /** Extra days before an update counts as stale. */
  staleGraceDays: number;
  /** How far ahead an unevidenced milestone makes its action at risk. */
  milestoneWarningDays: number;
};

export const DEFAULT_PLAN_SETTINGS: PlanSettings = { reportingCadenceDays: 31, staleGraceDays: 14, milestoneWarningDays: 30 };

export type OccurrenceInput = {
  milestoneText: string;
  dueDate: Date;
  state: OccurrenceState;
  /** Evidence attached to the occurrence or its milestone. */
  hasEvidence: boolean;
};

export type ActionInput = {
  reportedStatus: Status;
  startDate: Date | null;
  /** Null while no due date is agreed ("due date to be confirmed"): such an action is never late. */
  currentDueDate: Date | null;
  baselineDueDate: Date | null;
  /** When the status was last updated; null if never. */
  lastUpdateAt: Date | null;
  occurrences: readonly OccurrenceInput[];
  linkedKpis?: readonly { name: string; status: Status }[];
};

export type ReasonCode = "OVERDUE" | "MILESTONE_MISSED" | "MILESTONE_OVERDUE" | "MILESTONE_DUE_SOON" | "STALE" | "NEVER_UPDATED" | "KPI_OFF_TRACK";

export type Reason = { code: ReasonCode; text: string };

export type ComputedStatus = { status: Status; reasons: Reason[] };

/** Whole days from `from` to `to`; positive when `to` is later. */
const days = daysBetween;

function quote(text: string): string {
  const trimmed = text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text;
  return `‘${trimmed}’`;
}

export type OccurrenceView = "MET" | "MISSED" | "OVERDUE" | "DUE_SOON" | "UPCOMING";

/** How an occurrence stands today: met, missed, overdue (passed unmet), due within the warning window, or later. */
export function occurrenceView(occurrence: Pick<OccurrenceInput, "dueDate" | "state">, today: Date, settings: PlanSettings = DEFAULT_PLAN_SETTINGS): OccurrenceView {
  if (occurrence.state === "MET") return "MET";
  if (occurrence.state === "MISSED") return "MISSED";
  const until = days(today, occurrence.dueDate);
  if (until < 0) return "OVERDUE";
  if (until <= settings.milestoneWarningDays) return "DUE_SOON";
  return "UPCOMING";
}

/** An update is stale once it is older than the reporting cadence plus the grace period. */
export function isStale(lastUpdateAt: Date | null, today: Date, settings: PlanSettings = DEFAULT_PLAN_SETTINGS): boolean {
  if (!lastUpdateAt) return true;
  return days(lastUpdateAt, today) > settings.reportingCadenceDays + settings.staleGraceDays;
}

/**
 * What the data says about an action, with the reasons in words:
 * COMPLETE if marked complete; NOT_DUE before its start; OFF_TRACK if its due
 * date or any milestone occurrence has passed unmet; AT_RISK if a milestone
 * falls due within the warning window without evidence, the last update is
 * stale, or a linked KPI is off track; otherwise ON_TRACK.
 */
export function computeActionStatus(action: ActionInput, today: Date, settings: PlanSettings = DEFAULT_PLAN_SETTINGS): ComputedStatus {
  if (action.reportedStatus === "COMPLETE") return { status: "COMPLETE", reasons: [] };
  if (action.startDate && days(today, action.startDate) > 0) return { status: "NOT_DUE", reasons: [] };

  const offTrack: Reason[] = [];
  const late = action.currentDueDate ? days(action.currentDueDate, today) : 0;
  if (action.currentDueDate && late > 0) {
    offTrack.push({
      code: "OVERDUE",
      text: `Was due ${formatUkDate(action.currentDueDate)} and is not complete (${late} ${late === 1 ? "day" : "days"} late)`,
    });
  }
  for (const occurrence of action.occurrences) {
    const view = occurrenceView(occurrence, today, settings);
    if (view === "MISSED") {
      offTrack.push({ code: "MILESTONE_MISSED", text: `Milestone ${quote(occurrence.milestoneText)} due ${formatUkDate(occurrence.dueDate)} was missed` });
    } else if (view === "OVERDUE") {
      offTrack.push({ code: "MILESTONE_OVERDUE", text: `Milestone ${quote(occurrence.milestoneText)} was due ${formatUkDate(occurrence.dueDate)} and is not met` });
    }
  }
  if (offTrack.length) return { status: "OFF_TRACK", reasons: offTrack };

  const atRisk: Reason[] = [];
  for (const occurrence of action.occurrences) {
    if (occurrenceView(occurrence, today, settings) === "DUE_SOON" && !occurrence.hasEvidence) {
      atRisk.push({ code: "MILESTONE_DUE_SOON", text: `Milestone ${quote(occurrence.milestoneText)} is due ${formatUkDate(occurrence.dueDate)} with no evidence yet` });
    }
  }
  if (!action.lastUpdateAt) {
    atRisk.push({ code: "NEVER_UPDATED", text: "Has never been updated" });
  } else if (isStale(action.lastUpdateAt, today, settings)) {
    atRisk.push({ code: "STALE", text: `Last updated ${formatUkDate(action.lastUpdateAt)}, more than ${settings.reportingCadenceDays + settings.staleGraceDays} days ago` });
  }
  for (const kpi of action.linkedKpis ?? []) {
    if (kpi.status === "OFF_TRACK") atRisk.push({ code: "KPI_OFF_TRACK", text: `Linked KPI ${quote(kpi.name)} is off track` });
  }
  if (atRisk.length) return { status: "AT_RISK", reasons: atRisk };
  return { status: "ON_TRACK", reasons: [] };
}

/** How bad a state is, for comparing what a lead reports with what the data says. */
const SEVERITY: Record<Status, number> = { COMPLETE: 0, NOT_DUE: 1, ON_TRACK: 1, AT_RISK: 2, OFF_TRACK: 3 };

export type StatusConflict = { reported: Status; computed: Status; reasons: Reason[] };

/** A status conflict: the reported status is better than the computed one, so the board sees optimism at once. */
export function statusConflict(reported: Status, computed: ComputedStatus): StatusConflict | null {
  // A lead's "complete" is what makes the computed status complete; it cannot be optimism.
  if (reported === "COMPLETE") return null;
  return SEVERITY[reported] < SEVERITY[computed.status] ? { reported, computed: computed.status, reasons: computed.reasons } : null;
}

export type Slippage = {
  /** Days past the current due date, if not complete; 0 otherwise. */
  daysLate: number;
  /** How far approved changes moved the due date from the baseline (positive: later). */
  slippedDays: number;
};

/** No agreed due date: nothing is late and nothing has slipped. */
export function slippage(action: Pick<ActionInput, "reportedStatus" | "currentDueDate" | "baselineDueDate">, today: Date): Slippage {
  const { currentDueDate: current, baselineDueDate: baseline } = action;
  const late = action.reportedStatus === "COMPLETE" || !current ? 0 : Math.max(0, days(current, today));
  return { daysLate: late, slippedDays: current && baseline ? days(baseline, current) : 0 };
}

/**
 * Suggested status of a priority area from its items' statuses (actions and
 * KPIs): OFF_TRACK if 25 % or more of the due items are off track; AT_RISK if
 * any is off track or 25 % or more are at risk; COMPLETE when all are;
 * NOT_DUE when nothing is due yet; else ON_TRACK.
 */
export function areaRollup(statuses: readonly Status[]): Status {
  const due = statuses.filter((s) => s !== "NOT_DUE");
  if (due.length === 0) return "NOT_DUE";
  if (due.every((s) => s === "COMPLETE")) return "COMPLETE";
  const off = due.filter((s) => s === "OFF_TRACK").length;
  const risk = due.filter((s) => s === "AT_RISK").length;
  if (off / due.length >= 0.25) return "OFF_TRACK";
  if (off > 0 || risk / due.length >= 0.25) return "AT_RISK";
  return "ON_TRACK";
}

export type UpdateReasonCode = "STALE" | "NEVER_UPDATED" | "MILESTONE_OVERDUE" | "MILESTONE_DUE_SOON" | "OVERDUE_NO_CHANGE_REQUEST" | "CHANGE_REQUEST_REJECTED";

/**
 * Why an action needs its lead's update now (for My updates), and since when,
 * so the list can be ordered oldest first. Empty when nothing is due.
 */
export function updateDue(
  action: ActionInput & { openChangeRequest: boolean; rejectedChangeRequestAt: Date | null },
  today: Date,
  settings: PlanSettings = DEFAULT_PLAN_SETTINGS,
): { reasons: { code: UpdateReasonCode; text: string }[]; since: Date } | null {
  if (action.reportedStatus === "COMPLETE") return null;
  if (action.startDate && days(today, action.startDate) > 0) return null;
  const reasons: { code: UpdateReasonCode; text: string }[] = [];
  const since: Date[] = [];
  if (!action.lastUpdateAt) {
    reasons.push({ code: "NEVER_UPDATED", text: "Not updated yet" });
    since.push(action.startDate ?? action.currentDueDate ?? today);
  } else if (isStale(action.lastUpdateAt, today, settings)) {
    reasons.push({ code: "STALE", text: `Last updated ${formatUkDate(action.lastUpdateAt)}` });
    since.push(action.lastUpdateAt);
  }
  // Occurrences arrive in plan order, not date order: sort so the oldest leads.
  const byDate = [...action.occurrences].sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime());
  const overdue = byDate.filter((o) => occurrenceView(o, today, settings) === "OVERDUE");
  if (overdue.length) {
    reasons.push({ code: "MILESTONE_OVERDUE", text: `${overdue.length} milestone ${overdue.length === 1 ? "date has" : "dates have"} passed without being marked met or missed` });
    since.push(overdue[0].dueDate);
  }
  const soon = byDate.filter((o) => occurrenceView(o, today, settings) === "DUE_SOON");
  if (soon.length) {
    reasons.push({ code: "MILESTONE_DUE_SOON", text: `Milestone due ${formatUkDate(soon[0].dueDate)}` });
    since.push(soon[0].dueDate);
  }
  if (action.currentDueDate && days(action.currentDueDate, today) > 0 && !action.openChangeRequest) {
    reasons.push({ code: "OVERDUE_NO_CHANGE_REQUEST", text: `Past its due date (${formatUkDate(action.currentDueDate)}) with no change request: raise one or mark it complete` });
    since.push(action.currentDueDate);
  }
  if (action.rejectedChangeRequestAt) {
    reasons.push({ code: "CHANGE_REQUEST_REJECTED", text: `Change request returned by the board on ${formatUkDate(action.rejectedChangeRequestAt)}` });
    since.push(action.rejectedChangeRequestAt);
  }
  if (!reasons.length) return null;
  return { reasons, since: new Date(Math.min(...since.map((d) => d.getTime()))) };
}

// ---------------------------------------------------------------------------
// Freshness: "late" and "not updated" are different things (DESIGN §3). A
// board must tell an action that is slipping (a date passed, unmet) from one
// nobody has reported on — the Improvement Notice's "objectives which are
// slow to progress and where contributions need to be strengthened" (§5e).

export type UpdateOwed = {
  /** The day the update fell due: a reporting cadence after the last one (or after the start). Null if never updated and never started. */
  since: Date | null;
  /** Whole days since it fell due. */
  days: number;
  neverUpdated: boolean;
};

/**
 * Whether the action is owed an update: not complete, started, and its last
 * update (or, never updated, its start) is older than the cadence plus grace.
 */
export function updateOwed(
  action: Pick<ActionInput, "reportedStatus" | "startDate" | "lastUpdateAt">,
  today: Date,
  settings: PlanSettings = DEFAULT_PLAN_SETTINGS,
): UpdateOwed | null {
  if (action.reportedStatus === "COMPLETE") return null;
  if (action.startDate && days(today, action.startDate) > 0) return null;
  const from = action.lastUpdateAt ?? action.startDate;
  if (!from) return { since: null, days: 0, neverUpdated: true };
  if (days(from, today) <= settings.reportingCadenceDays + settings.staleGraceDays) return null;
  const since = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + settings.reportingCadenceDays));
  return { since, days: days(since, today), neverUpdated: action.lastUpdateAt === null };
}

export type Lateness = { late: boolean; daysLate: number; reasons: Reason[] };

/** "Late": the due date or a milestone date has passed unmet (or a milestone was missed). Complete actions are never late. */
export function lateness(action: ActionInput, today: Date, settings: PlanSettings = DEFAULT_PLAN_SETTINGS): Lateness {
  if (action.reportedStatus === "COMPLETE") return { late: false, daysLate: 0, reasons: [] };
  const computed = computeActionStatus(action, today, settings);
  const reasons = computed.reasons.filter((r) => r.code === "OVERDUE" || r.code === "MILESTONE_MISSED" || r.code === "MILESTONE_OVERDUE");
  return { late: reasons.length > 0, daysLate: action.currentDueDate ? Math.max(0, days(action.currentDueDate, today)) : 0, reasons };
}

export type OwedSummary = {
  count: number;
  /** When the longest-owed update fell due (null when none is owed, or only never-started ones). */
  oldestSince: Date | null;
  /** Who owes them, most-owed first. */
  from: string[];
};

/** Roll-up for an area: how many updates are owed, the oldest, and from whom. */
export function owedSummary(items: readonly { owed: UpdateOwed | null; owedBy: readonly string[] }[]): OwedSummary {
  const owing = items.filter((i) => i.owed !== null);
  const tally = new Map<string, number>();
  for (const item of owing) for (const who of item.owedBy) tally.set(who, (tally.get(who) ?? 0) + 1);
  const dates = owing.map((i) => i.owed!.since).filter((d): d is Date => d !== null);
  return {
    count: owing.length,
    oldestSince: dates.length ? new Date(Math.min(...dates.map((d) => d.getTime()))) : null,
    from: [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([who]) => who),
  };
}

/** "3 updates owed, oldest since 31 August 2026, from Morgan Hale and 2 others" — or null when none is owed. */
export function owedText(summary: OwedSummary, maxNames = 2): string | null {
  if (summary.count === 0) return null;
  const names = summary.from.slice(0, maxNames);
  const others = summary.from.length - names.length;
  const from = names.length ? `, from ${names.join("; ")}${others > 0 ? ` and ${others} ${others === 1 ? "other" : "others"}` : ""}` : "";
  const oldest = summary.oldestSince ? `${summary.count === 1 ? "" : ", oldest"} since ${formatUkDate(summary.oldestSince)}` : "";
  return `${summary.count} ${summary.count === 1 ? "update" : "updates"} owed${oldest}${from}`;
}

/** Who answers for an action's update: its lead (the member, else the plan's lead role), then anyone assigned. */
export function owedBy(action: { leadName: string | null; leadRole: string | null; assigneeNames: readonly string[] }): string[] {
  const lead = action.leadName ?? action.leadRole;
  return [...new Set([...(lead ? [lead] : []), ...action.assigneeNames])];
}
