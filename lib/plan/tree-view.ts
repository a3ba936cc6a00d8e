// The plan page's tree as compact, serialisable rows: every date formatted,
// every status assessed. The page hands these to a client component, so the
// page carries the plan's text once rather than a second rendered copy in its
// React payload. Pure: no I/O.
import type { Status } from "@/lib/generated/prisma/enums";
import { formatUkDate } from "@/lib/dates/format";
import { memberDisplayName } from "@/lib/people/names";
import type { ActionAssessment } from "./assess";
import { areaRollup, owedSummary, owedText, type UpdateOwed } from "./compute";
import type { PlanTree } from "./queries";
import { FREQUENCY_LABELS } from "./recurrence";
import { AREA_KIND_LABELS } from "./structure/schema";
import { DATE_TO_BE_CONFIRMED, dueDateText, movedFromBaseline } from "./due-date";

type Area = PlanTree[number];
type Action = Area["outcomes"][number]["actions"][number];
type Milestone = Action["milestones"][number];

export type PlanMilestoneView = {
  id: string;
  text: string;
  /** "31 March 2025", or "Quarterly, 30 June 2025 to 31 March 2026". */
  when: string;
  /** The plan's own words for a recurring milestone's timing. */
  planText: string | null;
  /** "3 of 4 met, 1 missed" (recurring), "Met" or "Missed" (one-off), or null. */
  progress: string | null;
};

export type PlanActionView = {
  id: string;
  code: string;
  title: string;
  /** The first reason for a status conflict, and how many more there are. */
  conflict: string | null;
  tags: string[];
  milestones: PlanMilestoneView[];
  lead: string;
  due: string;
  /** The baseline due date when an approved change moved it. */
  baseline: string | null;
  daysLate: number;
  reported: Status;
  reportedAt: string | null;
  computed: Status;
  /** "Update owed since 1 October 2026, from …" — a signal of its own beside status. */
  owed: string | null;
};

export type PlanAreaView = {
  id: string;
  code: string;
  kind: string;
  title: string;
  finding: string;
  /** The members who lead it ("Morgan Hale (Interim Director Education…)"), then any lead role the plan names without a member. */
  leads: string[];
  linkedAreas: { id: string; code: string; title: string; finding: string }[];
  /** What a collapsed area shows: its roll-up, counts and owed updates. */
  summary: { computed: Status; actions: number; counts: Record<Status, number>; conflicts: number; owed: string | null };
  expanded: boolean;
  /** The plan's URL with this area opened (or closed). */
  toggleHref: string;
  /** Empty while collapsed: the page carries only what is shown. */
  outcomes: { id: string; code: string; text: string; actions: PlanActionView[] }[];
};

function milestoneView(milestone: Milestone): PlanMilestoneView {
  const met = milestone.occurrences.filter((o) => o.state === "MET").length;
  const missed = milestone.occurrences.filter((o) => o.state === "MISSED").length;
  const first = milestone.occurrences[0];
  return {
    id: milestone.id,
    text: milestone.text,
    when: milestone.frequency
      ? `${FREQUENCY_LABELS[milestone.frequency]}, ${formatUkDate(milestone.recurrenceStart)} to ${formatUkDate(milestone.recurrenceEnd)}`
      : milestone.dueDate
        ? formatUkDate(milestone.dueDate)
        : DATE_TO_BE_CONFIRMED,
    planText: milestone.frequency && milestone.byWhenText ? milestone.byWhenText : null,
    progress: milestone.frequency
      ? `${met} of ${milestone.occurrences.length} met${missed ? `, ${missed} missed` : ""}`
      : first && first.state !== "PENDING"
        ? first.state === "MET"
          ? "Met"
          : "Missed"
        : null,
  };
}

function actionView(action: Action, assessment: ActionAssessment): PlanActionView {
  const reasons = assessment.conflict?.reasons ?? [];
  return {
    id: action.id,
    code: action.code,
    title: action.title,
    conflict: assessment.conflict ? `${reasons[0]?.text ?? ""}${reasons.length > 1 ? ` (and ${reasons.length - 1} more)` : ""}` : null,
    tags: action.tags,
    milestones: action.milestones.map(milestoneView),
    lead: action.lead?.user.name ?? action.leadRole ?? "—",
    due: dueDateText(action.currentDueDate),
    baseline: movedFromBaseline(action),
    daysLate: assessment.slip.daysLate,
    reported: action.reportedStatus,
    reportedAt: action.reportedAt ? formatUkDate(action.reportedAt) : null,
    computed: assessment.computed.status,
    owed: owedLine(assessment.owed, assessment.owedBy),
  };
}

/** "Update owed since 1 October 2026, from Morgan Hale; Sam Lee" (or "Never updated, from …"), or null when none is owed. */
export function owedLine(owed: UpdateOwed | null, owedBy: readonly string[]): string | null {
  if (!owed) return null;
  return `${owed.since ? `Update owed since ${formatUkDate(owed.since)}` : "Never updated"}${owedBy.length ? `, from ${owedBy.join("; ")}` : ""}`;
}

function areaLeads(area: Area): string[] {
  const members = area.leads.map((l) => memberDisplayName(l.membership));
  const unnamed = area.leadRoles.filter((role) => !area.leads.some((l) => l.membership.jobTitle?.includes(role) || role.includes(l.membership.jobTitle ?? "\u0000")));
  return [...members, ...unnamed];
}

function summaryOf(area: Area, assessments: ReadonlyMap<string, ActionAssessment>): PlanAreaView["summary"] {
  const all = area.outcomes.flatMap((o) => o.actions.map((a) => assessments.get(a.id)!));
  const counts: Record<Status, number> = { COMPLETE: 0, ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NOT_DUE: 0 };
  for (const a of all) counts[a.computed.status]++;
  return {
    computed: areaRollup(all.map((a) => a.computed.status)),
    actions: all.length,
    counts,
    conflicts: all.filter((a) => a.conflict).length,
    owed: owedText(owedSummary(all)),
  };
}

/**
 * `tree` holds the actions to show (filtered); `whole` the full plan, for the
 * collapsed summaries. Collapsed areas carry no outcomes or actions.
 */
export function planTreeView(
  tree: PlanTree,
  assessments: ReadonlyMap<string, ActionAssessment>,
  options: { whole?: PlanTree; expanded: (code: string) => boolean; toggleHref: (code: string) => string } = { expanded: () => true, toggleHref: () => "" },
): PlanAreaView[] {
  return tree.map((area) => ({
    id: area.id,
    code: area.code,
    kind: AREA_KIND_LABELS[area.kind],
    title: area.title,
    finding: area.finding,
    leads: areaLeads(area),
    linkedAreas: area.linkedAreas.map((linked) => ({ id: linked.id, code: linked.code, title: linked.title, finding: linked.finding })),
    summary: summaryOf(options.whole?.find((a) => a.id === area.id) ?? area, assessments),
    expanded: options.expanded(area.code),
    toggleHref: options.toggleHref(area.code),
    outcomes: (options.expanded(area.code) ? area.outcomes : []).map((outcome) => ({
      id: outcome.id,
      code: outcome.code,
      text: outcome.text,
      actions: outcome.actions.map((action) => actionView(action, assessments.get(action.id)!)),
    })),
  }));
}
