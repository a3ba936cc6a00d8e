// My updates as data: the actions a member answers for that are due an
// update, why, and since when; grouped by area, then by how long the update
// has been due, so a long list reads as a few short ones. Pure: the rows and
// `today` are passed in.
import type { Status } from "@/lib/generated/prisma/enums";
import { daysBetween, formatUkDate } from "@/lib/dates/format";
import { occurrenceView, updateDue, type PlanSettings, type UpdateReasonCode } from "./compute";
import type { listActionsForMember } from "./queries";
import { actionInput } from "./status-inputs";
import { movedFromBaseline } from "./due-date";

type Row = Awaited<ReturnType<typeof listActionsForMember>>[number];

export const UPDATE_WINDOWS = ["Due more than a month ago", "Due in the last month", "Coming up"] as const;

/** At most this many overdue milestones are recordable from My updates; the action's page has the rest. */
export const OVERDUE_SHOWN = 6;

export type DueUpdate = {
  id: string;
  code: string;
  title: string;
  version: number;
  areaCode: string;
  /** Null while no due date is agreed. */
  due: string | null;
  /** The baseline due date, where an approved change moved it. */
  baseline: string | null;
  reported: Status;
  reasons: { code: UpdateReasonCode; text: string }[];
  /** Milestone dates passed without being recorded as met or missed. */
  overdue: { id: string; version: number; text: string; due: string }[];
  /** Past its due date with no change request: the member is offered one. */
  needsChangeRequest: boolean;
  /** The member who leads the action; null where nobody does ("no lead"). */
  lead: string | null;
};

export type MyUpdates = {
  count: number;
  groups: { area: { code: string; title: string }; count: number; windows: { label: (typeof UPDATE_WINDOWS)[number]; items: DueUpdate[] }[] }[];
  /** A short list (or one area) opens every group. */
  openAll: boolean;
};

/** The latest rejection the lead has not answered with an update since. */
function unansweredRejection(action: Row): Date | null {
  const rejected = action.changeRequests
    .filter((c) => c.state === "REJECTED" && c.decidedAt && (!action.reportedAt || c.decidedAt > action.reportedAt))
    .map((c) => c.decidedAt!)
    .sort((a, b) => b.getTime() - a.getTime());
  return rejected[0] ?? null;
}

export function myUpdates(actions: readonly Row[], today: Date, settings: PlanSettings): MyUpdates {
  const due = actions
    .map((action) => {
      const needed = updateDue(
        { ...actionInput(action), openChangeRequest: action.changeRequests.some((c) => c.state === "PENDING"), rejectedChangeRequestAt: unansweredRejection(action) },
        today,
        settings,
      );
      return needed ? { action, needed } : null;
    })
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .sort((a, b) => a.needed.since.getTime() - b.needed.since.getTime());
  const windowOf = (since: Date) => (daysBetween(since, today) > 30 ? 0 : daysBetween(since, today) >= 0 ? 1 : 2);
  const item = ({ action, needed }: (typeof due)[number]): DueUpdate => ({
    id: action.id,
    code: action.code,
    title: action.title,
    version: action.version,
    areaCode: action.priorityArea.code,
    due: action.currentDueDate ? formatUkDate(action.currentDueDate) : null,
    baseline: movedFromBaseline(action),
    reported: action.reportedStatus,
    reasons: needed.reasons,
    overdue: action.milestones.flatMap((m) =>
      m.occurrences.filter((o) => occurrenceView(o, today, settings) === "OVERDUE").map((o) => ({ id: o.id, version: o.version, text: m.text, due: formatUkDate(o.dueDate) })),
    ),
    needsChangeRequest: needed.reasons.some((r) => r.code === "OVERDUE_NO_CHANGE_REQUEST"),
    lead: action.lead?.user.name ?? null,
  });
  const areas = [...new Map(due.map(({ action }) => [action.priorityArea.code, action.priorityArea])).values()].sort((a, b) => a.position - b.position);
  const groups = areas.map((area) => {
    const items = due.filter(({ action }) => action.priorityArea.code === area.code);
    const windows = UPDATE_WINDOWS.map((label, i) => ({ label, items: items.filter(({ needed }) => windowOf(needed.since) === i).map(item) })).filter((w) => w.items.length > 0);
    return { area: { code: area.code, title: area.title }, count: items.length, windows };
  });
  return { count: due.length, groups, openAll: due.length <= 8 || groups.length === 1 };
}
