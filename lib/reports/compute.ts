// The rules of a highlight report's life, as pure functions: which state may
// follow which, what a report needs before it can go to the board, and which
// reports are owed. DRAFT → SUBMITTED → NOTED, or → RETURNED (with a comment)
// → SUBMITTED again; every submission is kept.
import type { HighlightReportState, Status } from "@/lib/generated/prisma/enums";
import type { StatusLabels } from "@/lib/plan/status";
import { isPastDue, monthOf, reportDueDate } from "./period";

export type ReportState = HighlightReportState;
export type ReportEvent = "save" | "submit" | "note" | "return";

/** The state after `event`, or null when the event is not allowed in `state` (null state: no report yet). */
export function stateAfter(state: ReportState | null, event: ReportEvent): ReportState | null {
  const editable = state === null || state === "DRAFT" || state === "RETURNED";
  switch (event) {
    // A returned report stays returned while the lead revises it, so the board's comment stays in view.
    case "save":
      return editable ? (state ?? "DRAFT") : null;
    case "submit":
      return editable ? "SUBMITTED" : null;
    case "note":
      return state === "SUBMITTED" ? "NOTED" : null;
    case "return":
      return state === "SUBMITTED" ? "RETURNED" : null;
  }
}

export const isEditable = (state: ReportState | null) => stateAfter(state, "save") !== null;
export const awaitsBoard = (state: ReportState | null) => state === "SUBMITTED";

/** Whether the report has ever gone to the board (others may then read its submitted versions). */
export const hasSubmission = (submissions: number) => submissions > 0;

export const STATE_LABELS: Record<ReportState | "NONE", string> = {
  NONE: "Not started",
  DRAFT: "Draft",
  SUBMITTED: "Submitted, awaiting the board",
  NOTED: "Noted by the board",
  RETURNED: "Returned by the board",
};

type Written = {
  overallStatus?: Status | null;
  statusReason?: string | null;
  summary?: string | null;
  impactOnFamilies?: string | null;
};

/**
 * What stops a report going to the board, by field. The overall status, a
 * summary and the impact on children and families are always required (the
 * Improvement Notice §5d: reports to the board include "evidence of the
 * impact of improvements on the lived experience of children and families");
 * a reason is required where the lead's status differs from the suggested
 * roll-up — checked only when the suggestion is known (on the server).
 */
export function submissionProblems(written: Written, suggested: Status | null, labels: StatusLabels): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const blank = (text?: string | null) => !text || text.trim() === "";
  if (!written.overallStatus) problems.overallStatus = ["Choose the area’s overall status for the month."];
  if (blank(written.summary)) problems.summary = ["Write a summary of the month for the board."];
  if (blank(written.impactOnFamilies)) {
    problems.impactOnFamilies = ["Say what difference the month’s work made to children, young people and families, with the evidence (Improvement Notice §5d)."];
  }
  if (suggested && written.overallStatus && written.overallStatus !== suggested && blank(written.statusReason)) {
    problems.statusReason = [`The suggested status is ${labels[suggested]}. Say why you report ${labels[written.overallStatus]} instead.`];
  }
  return problems;
}

export type AreaReportRow = {
  areaId: string;
  code: string;
  title: string;
  /** The people answerable for the report: leads with a login by name, else the plan's lead roles. */
  leads: string[];
  report: { id: string; state: ReportState } | null;
  /** When the area was added to the plan: it owes no report for a month that ended before it. */
  createdAt: Date;
};

export type OwedReport = AreaReportRow & { period: Date; dueDate: Date; overdue: boolean };

/**
 * Whether an area added on `createdAt` reports on `period`: it was in the
 * plan before the month ended. Compared by calendar month (UTC), so an area
 * added on any day of a month reports on that month, and a new partnership
 * owes nothing for the months before its plan existed.
 */
export function reportsOnPeriod(area: { createdAt: Date }, period: Date): boolean {
  return monthOf(area.createdAt).getTime() <= monthOf(period).getTime();
}

/**
 * Reports owed for `period` (normally last month): areas in the plan that
 * month with no report, a draft, or a returned report not yet resubmitted.
 * Each says when it is due and whether that day has passed.
 */
export function reportsOwed(areas: readonly AreaReportRow[], period: Date, dueDay: number, today: Date): OwedReport[] {
  const dueDate = reportDueDate(period, dueDay);
  const overdue = isPastDue(period, dueDay, today);
  return areas.filter((a) => reportsOnPeriod(a, period) && isEditable(a.report?.state ?? null)).map((a) => ({ ...a, period, dueDate, overdue }));
}

/** What a member owing a report is asked to do with it: a returned report is revised, a draft finished, a missing one written. */
export function owedVerb(report: { state: string } | null): "Revise and resubmit" | "Finish" | "Write" {
  return report?.state === "RETURNED" ? "Revise and resubmit" : report ? "Finish" : "Write";
}
