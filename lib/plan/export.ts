import "server-only";
// The plan as a spreadsheet, with the plan page's filters applied: one row
// per action, in plan order, written the way Derbyshire's plan is (area,
// desired outcome, action, "how will we measure impact … and by when", lead,
// timescale), so the download opens in Excel as the plan people know and
// imports back into Stocktake as the same plan (lib/plan-import).
import type { MemberContext } from "@/lib/auth/guards";
import { formatUkDate, formatUkMonth, toIsoDate } from "@/lib/dates/format";
import type { Register } from "@/lib/exports/register";
import { mayReadPlan } from "./access";
import { describePlanFilters, parsePlanFilters } from "./filters";
import { getAssessedPlan } from "./model";
import { visibleActionIds } from "./plan-page";
import type { PlanTree } from "./queries";
import { FREQUENCY_LABELS } from "./recurrence";

type Area = PlanTree[number];
type Outcome = Area["outcomes"][number];
type Action = Outcome["actions"][number];
type Row = { area: Area; outcome: Outcome; action: Action; computed: Action["reportedStatus"] };

/**
 * A milestone's "by when" as the plan writes it, while that still says when
 * it is due; one whose date has moved since (a change request, a correction),
 * or made in the app without the plan's words, says its date or rhythm.
 */
export function byWhen(milestone: Action["milestones"][number]): string {
  const moved = !milestone.frequency && milestone.dueDate?.getTime() !== milestone.baselineDueDate?.getTime();
  if (milestone.byWhenText && !moved) return milestone.byWhenText;
  if (milestone.frequency) return `${FREQUENCY_LABELS[milestone.frequency]}${milestone.recurrenceStart ? ` from ${formatUkMonth(milestone.recurrenceStart)}` : ""}`;
  return milestone.dueDate ? formatUkDate(milestone.dueDate) : "";
}

/** Every milestone, one to a line, each with its "By when:" as Derbyshire's plan writes it. */
export function measuresCell(milestones: Action["milestones"]): string {
  return milestones.map((m) => `${m.text}${byWhen(m) ? ` By when: ${byWhen(m)}` : ""}`).join("\n");
}

const TO_BE_CONFIRMED = "To be confirmed";

export async function planRegister(member: MemberContext, params: URLSearchParams, today: Date): Promise<Register<Row> | null> {
  if (!mayReadPlan(member.scope)) return null;
  const plan = await getAssessedPlan(member.partnershipId, today);
  const filters = parsePlanFilters(Object.fromEntries(params));
  const visible = visibleActionIds(plan, filters, today);
  const rows = plan.tree.flatMap((area) =>
    area.outcomes.flatMap((outcome) =>
      outcome.actions.filter((action) => visible.has(action.id)).map((action) => ({ area, outcome, action, computed: plan.assessments.get(action.id)!.computed.status })),
    ),
  );
  const labels = member.labels;
  return {
    title: `Improvement plan — ${member.partnership.name}`,
    filename: `${member.partnership.slug}-plan-${toIsoDate(today)}`,
    filters: describePlanFilters(filters, labels),
    asAt: today,
    rows,
    columns: [
      { header: "Priority area", value: (r) => `${r.area.code} — ${r.area.title}`, width: 40 },
      { header: "Desired outcome", value: (r) => `${r.outcome.code} — ${r.outcome.text}`, width: 50 },
      { header: "Code", value: (r) => r.action.code, width: 8 },
      { header: "Action", value: (r) => r.action.title, width: 60 },
      { header: "How will we measure impact and by when", value: (r) => measuresCell(r.action.milestones), width: 60 },
      { header: "Lead", value: (r) => r.action.lead?.user.name ?? r.action.leadRole, width: 30 },
      { header: "Start date", value: (r) => r.action.startDate, width: 16 },
      // Words, not a blank, so the import reads it back as a date still to be agreed.
      { header: "Due date", value: (r) => r.action.currentDueDate ?? TO_BE_CONFIRMED, width: 16 },
      { header: "Baseline due date", value: (r) => r.action.baselineDueDate ?? TO_BE_CONFIRMED, width: 16 },
      { header: "Reported status", value: (r) => labels[r.action.reportedStatus], width: 22 },
      { header: "Computed status", value: (r) => labels[r.computed], width: 22 },
      { header: "Last reported", value: (r) => r.action.reportedAt, width: 16 },
      { header: "Tags", value: (r) => r.action.tags.join(", "), width: 14 },
    ],
  };
}
