import "server-only";
// The plan's milestones as a table, one row per milestone: what the plan
// export folds into one cell per action ("How will we measure impact and by
// when"), laid out for the whole-partnership download (lib/partnership-archive)
// with its dates, rhythm and how many occurrences were met or missed.
import type { MemberContext } from "@/lib/auth/guards";
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import type { Register } from "@/lib/exports/register";
import type { OccurrenceState } from "@/lib/generated/prisma/enums";
import { mayReadPlan } from "./access";
import { byWhen } from "./export";
import { getPlanTree, type PlanTree } from "./queries";
import { FREQUENCY_LABELS } from "./recurrence";

type Area = PlanTree[number];
type Outcome = Area["outcomes"][number];
type Action = Outcome["actions"][number];
type Row = { area: Area; outcome: Outcome; action: Action; milestone: Action["milestones"][number] };

const OCCURRENCE_WORDS: Record<OccurrenceState, string> = { MET: "Met", MISSED: "Missed", PENDING: "Not yet recorded" };

const counted = (row: Row, state: OccurrenceState) => row.milestone.occurrences.filter((o) => o.state === state).length;

export async function milestonesTable(member: MemberContext, _params: URLSearchParams, today: Date): Promise<Register<Row> | null> {
  if (!mayReadPlan(member.scope)) return null;
  const tree = await getPlanTree(member.partnershipId);
  const rows = tree.flatMap((area) =>
    area.outcomes.flatMap((outcome) => outcome.actions.flatMap((action) => action.milestones.map((milestone) => ({ area, outcome, action, milestone })))),
  );
  return {
    title: `Milestones — ${member.partnership.name}`,
    filename: `${member.partnership.slug}-milestones-${toIsoDate(today)}`,
    filters: [],
    asAt: today,
    rows,
    columns: [
      { header: "Priority area", value: (r) => r.area.code, width: 10 },
      { header: "Outcome", value: (r) => r.outcome.code, width: 10 },
      { header: "Action", value: (r) => r.action.code, width: 10 },
      { header: "Action title", value: (r) => r.action.title, width: 50 },
      { header: "Milestone", value: (r) => r.milestone.text, width: 60 },
      { header: "By when", value: (r) => byWhen(r.milestone), width: 30 },
      { header: "Due date", value: (r) => r.milestone.dueDate, width: 16 },
      { header: "Baseline due date", value: (r) => r.milestone.baselineDueDate, width: 16 },
      { header: "Recurs", value: (r) => (r.milestone.frequency ? FREQUENCY_LABELS[r.milestone.frequency] : "No (one-off)"), width: 14 },
      { header: "Recurs from", value: (r) => r.milestone.recurrenceStart, width: 16 },
      { header: "Recurs until", value: (r) => r.milestone.recurrenceEnd, width: 16 },
      { header: "Occurrences met", value: (r) => counted(r, "MET"), width: 10 },
      { header: "Occurrences missed", value: (r) => counted(r, "MISSED"), width: 10 },
      { header: "Occurrences not yet recorded", value: (r) => counted(r, "PENDING"), width: 10 },
      { header: "Occurrences", value: (r) => r.milestone.occurrences.map((o) => `${formatUkDate(o.dueDate)}: ${OCCURRENCE_WORDS[o.state]}`).join("\n"), width: 40 },
    ],
  };
}
