// The plan page's tree as compact, serialisable rows: every date formatted,
// every status assessed. The page hands these to a client component, so the
// page carries the plan's text once rather than a second rendered copy in its
// React payload. Pure: no I/O.
import type { Status } from "@/lib/generated/prisma/enums";
import { formatUkDate } from "@/lib/dates/format";
import type { ActionAssessment } from "./assess";
import type { PlanTree } from "./queries";
import { FREQUENCY_LABELS } from "./recurrence";

const KIND_LABELS = {
  PRIORITY_ACTION: "Area for priority action",
  IMPROVEMENT: "Area for improvement",
  DFE_RECOMMENDATION: "DfE recommendation",
  LOCAL_PRIORITY: "Local priority",
} as const;

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
};

export type PlanAreaView = {
  id: string;
  code: string;
  kind: string;
  title: string;
  finding: string;
  leadRoles: string[];
  linkedAreas: { id: string; code: string; title: string; finding: string }[];
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
      : formatUkDate(milestone.dueDate),
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
    due: formatUkDate(action.currentDueDate),
    baseline: action.currentDueDate.getTime() !== action.baselineDueDate.getTime() ? formatUkDate(action.baselineDueDate) : null,
    daysLate: assessment.slip.daysLate,
    reported: action.reportedStatus,
    reportedAt: action.reportedAt ? formatUkDate(action.reportedAt) : null,
    computed: assessment.computed.status,
  };
}

export function planTreeView(tree: PlanTree, assessments: ReadonlyMap<string, ActionAssessment>): PlanAreaView[] {
  return tree.map((area) => ({
    id: area.id,
    code: area.code,
    kind: KIND_LABELS[area.kind],
    title: area.title,
    finding: area.finding,
    leadRoles: area.leadRoles,
    linkedAreas: area.linkedAreas.map((linked) => ({ id: linked.id, code: linked.code, title: linked.title, finding: linked.finding })),
    outcomes: area.outcomes.map((outcome) => ({
      id: outcome.id,
      code: outcome.code,
      text: outcome.text,
      actions: outcome.actions.map((action) => actionView(action, assessments.get(action.id)!)),
    })),
  }));
}
