// How this month's highlight report compares with last month's: a function of
// the two documents alone (STYLE rule 16), so a submitted report compares the
// same way forever. Status moves are given in words and with an arrow, never
// by colour alone.
import type { Status } from "@/lib/generated/prisma/enums";
import type { StatusLabels } from "@/lib/plan/status";
import type { ReportDocument } from "./snapshot";

/** Lower is better; "not due" sits with "on track" (neither is a concern). */
const SEVERITY: Record<Status, number> = { COMPLETE: 0, ON_TRACK: 1, NOT_DUE: 1, AT_RISK: 2, OFF_TRACK: 3 };

export type Direction = "IMPROVED" | "WORSENED" | "UNCHANGED" | "CHANGED" | "NEW" | "NONE";

export type StatusChange = { from: Status | null; to: Status | null; direction: Direction; words: string };

/** Arrows for the eye; the words carry the meaning (WCAG 1.4.1). */
export const ARROWS: Record<Direction, string> = { IMPROVED: "▲", WORSENED: "▼", UNCHANGED: "▶", CHANGED: "◆", NEW: "●", NONE: "–" };

export function statusChange(from: Status | null, to: Status | null, labels: StatusLabels): StatusChange {
  if (!to) return { from, to, direction: "NONE", words: "No status given" };
  if (!from) return { from, to, direction: "NEW", words: `${labels[to]} (nothing to compare with)` };
  if (from === to) return { from, to, direction: "UNCHANGED", words: `No change: ${labels[to]}` };
  const direction = SEVERITY[to] < SEVERITY[from] ? "IMPROVED" : SEVERITY[to] > SEVERITY[from] ? "WORSENED" : "CHANGED";
  const verb = direction === "IMPROVED" ? "Improved" : direction === "WORSENED" ? "Worsened" : "Changed";
  return { from, to, direction, words: `${verb} from ${labels[from]} to ${labels[to]}` };
}

export type PromiseOutcome = "DONE" | "MISSED" | "OPEN";

export type ReportComparison = {
  /** Last month's report, if there is one. */
  previous: { period: string; number: number | null } | null;
  /** The lead's overall status against last month's report. */
  overall: StatusChange;
  /** The suggested roll-up against the same roll-up a month earlier (needs no previous report). */
  suggested: StatusChange;
  /** KPIs whose status moved since last month's report. */
  kpis: { code: string; name: string; change: StatusChange }[];
  /** What last month's report said was due this month, and what became of it. */
  promised: { kind: "action" | "milestone"; code: string; text: string; due: string; outcome: PromiseOutcome }[];
  /** Actions slipping this month that last month's report did not list as slipping. */
  newlySlipped: string[];
  /** Counts this month against last month's report. */
  counts: { label: string; now: number; before: number | null }[];
};

type Doc = Pick<ReportDocument, "period" | "written" | "prefill"> & { submission: { number: number } | null };

export function compareReports(current: Doc, previous: Doc | null, labels: StatusLabels): ReportComparison {
  const { prefill } = current;
  const before = previous?.prefill ?? null;
  const previousKpis = new Map((before?.kpis ?? []).map((k) => [k.code, k]));
  const kpis = prefill.kpis.flatMap((kpi) => {
    const earlier = previousKpis.get(kpi.code);
    if (!earlier || earlier.status === kpi.status) return [];
    return [{ code: kpi.code, name: kpi.name, change: statusChange(earlier.status, kpi.status, labels) }];
  });

  const promised: ReportComparison["promised"] = [];
  for (const action of before?.dueNext.actions ?? []) {
    const outcome = prefill.actions.completed.some((a) => a.code === action.code) ? "DONE" : prefill.actions.slipped.some((a) => a.code === action.code) ? "MISSED" : "OPEN";
    promised.push({ kind: "action", code: action.code, text: action.title, due: action.due, outcome });
  }
  for (const milestone of before?.dueNext.milestones ?? []) {
    const same = (m: { actionCode: string; text: string; due: string }) => m.actionCode === milestone.actionCode && m.text === milestone.text && m.due === milestone.due;
    const outcome = prefill.milestones.met.some(same) ? "DONE" : prefill.milestones.missed.some(same) ? "MISSED" : "OPEN";
    promised.push({ kind: "milestone", code: milestone.actionCode, text: milestone.text, due: milestone.due, outcome });
  }

  const slippedBefore = new Set((before?.actions.slipped ?? []).map((a) => a.code));
  const count = (pick: (p: ReportDocument["prefill"]) => unknown[]) => ({ now: pick(prefill).length, before: before ? pick(before).length : null });
  return {
    previous: previous ? { period: previous.period, number: previous.submission?.number ?? null } : null,
    overall: statusChange(previous?.written.overallStatus ?? null, current.written.overallStatus, labels),
    suggested: statusChange(prefill.suggested.lastMonth, prefill.suggested.status, labels),
    kpis,
    promised,
    newlySlipped: previous ? prefill.actions.slipped.map((a) => a.code).filter((code) => !slippedBefore.has(code)) : [],
    counts: [
      { label: "Actions completed", ...count((p) => p.actions.completed) },
      { label: "Actions slipped", ...count((p) => p.actions.slipped) },
      { label: "Milestones met", ...count((p) => p.milestones.met) },
      { label: "Milestones missed or unrecorded", ...count((p) => p.milestones.missed) },
      { label: "Change requests raised", ...count((p) => p.changeRequests.raised) },
      { label: "Feedback from families recorded", ...count((p) => p.evidence.feedback) },
    ],
  };
}
