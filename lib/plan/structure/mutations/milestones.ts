import "server-only";
// Adding and editing milestones, and keeping a recurring one's due dates in
// line with its schedule (moving and archiving them: ./move.ts, ./archive.ts).
import type { Tx } from "@/lib/db";
import type { Frequency } from "@/lib/generated/prisma/enums";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { fieldError, staleError, ValidationError } from "@/lib/errors";
import { occurrenceDates } from "@/lib/plan/recurrence";
import { findAction, findMilestone } from "../queries";
import { capitalise, milestoneName, nextPosition, requireArea, requirePlanEdit } from "../rules";
import type { CreateMilestoneInput, Recurrence, UpdateMilestoneInput } from "../schema";

/**
 * Brings a recurring milestone's occurrences in line with its schedule.
 * Occurrences already met or missed are history and stay, whatever the new
 * schedule; pending ones that no longer fit go; missing dates are added.
 */
async function syncOccurrences(tx: Tx, partnershipId: string, milestoneId: string, dates: Date[]) {
  const wanted = new Set(dates.map((d) => d.getTime()));
  const existing = await tx.milestoneOccurrence.findMany({ where: { partnershipId, milestoneId }, select: { id: true, dueDate: true, state: true } });
  const obsolete = existing.filter((o) => o.state === "PENDING" && !wanted.has(o.dueDate.getTime()));
  if (obsolete.length) {
    await tx.milestoneOccurrence.deleteMany({ where: { partnershipId, milestoneId, state: "PENDING", id: { in: obsolete.map((o) => o.id) } } });
  }
  const kept = new Set(existing.filter((o) => !obsolete.includes(o)).map((o) => o.dueDate.getTime()));
  const added = dates.filter((d) => !kept.has(d.getTime()));
  if (added.length) await tx.milestoneOccurrence.createMany({ data: added.map((dueDate) => ({ partnershipId, milestoneId, dueDate })) });
  return { added: added.length, removed: obsolete.length };
}

function sameRecurrence(milestone: { frequency: string | null; recurrenceStart: Date | null; recurrenceEnd: Date | null }, recurrence: Recurrence): boolean {
  return (
    milestone.frequency === recurrence.frequency &&
    milestone.recurrenceStart?.getTime() === recurrence.start.getTime() &&
    milestone.recurrenceEnd?.getTime() === recurrence.end.getTime()
  );
}

/** The milestone as the audit row shows it. */
function scheduleOf(milestone: { text: string; byWhenText?: string | null; frequency?: Frequency | null; recurrenceStart?: Date | null; recurrenceEnd?: Date | null }) {
  return {
    text: milestone.text,
    byWhenText: milestone.byWhenText ?? null,
    frequency: milestone.frequency ?? null,
    recurrenceStart: milestone.recurrenceStart ?? null,
    recurrenceEnd: milestone.recurrenceEnd ?? null,
  };
}

/**
 * One-off: the baseline is the due date, with a single occurrence (none while
 * it has no date: it stays undated, never taking one it was not given).
 * Recurring: one occurrence per date.
 */
export const createMilestone = mutation(async (tx, partnershipId, caller: Caller, input: CreateMilestoneInput) => {
  requirePlanEdit(caller);
  const action = await findAction(tx, partnershipId, input.actionId);
  requireArea(caller, action.priorityArea, `action ${action.code}`);
  if (action.archivedAt) throw new ValidationError(`Action ${action.code} is archived. Restore it before adding milestones.`);
  const position = nextPosition(await tx.milestone.aggregate({ where: { partnershipId, actionId: action.id }, _max: { position: true } }));
  const schedule = input.schedule;
  const dates = schedule.kind === "RECURRING" ? occurrenceDates(schedule.frequency, schedule.start, schedule.end) : schedule.dueDate ? [schedule.dueDate] : [];
  const when =
    schedule.kind === "ONE_OFF"
      ? { baselineDueDate: schedule.dueDate, dueDate: schedule.dueDate, frequency: null, recurrenceStart: null, recurrenceEnd: null }
      : { baselineDueDate: null, dueDate: null, frequency: schedule.frequency, recurrenceStart: schedule.start, recurrenceEnd: schedule.end };
  const milestone = await tx.milestone.create({
    data: { partnershipId, actionId: action.id, text: input.text, byWhenText: input.byWhenText ?? null, ...when, position },
    select: { id: true },
  });
  if (dates.length) await tx.milestoneOccurrence.createMany({ data: dates.map((dueDate) => ({ partnershipId, milestoneId: milestone.id, dueDate })) });
  return {
    result: { id: milestone.id, actionId: action.id, occurrences: dates.length },
    audit: {
      kind: "Milestone",
      verb: "create",
      entityId: milestone.id,
      after: { action: action.code, text: input.text, byWhenText: input.byWhenText ?? null, ...when, occurrences: dates.length, position },
    },
  };
});

/**
 * Edits the text and, for a recurring milestone, its schedule. A new schedule
 * regenerates the occurrences still pending; met and missed ones are kept.
 */
export const updateMilestone = mutation(async (tx, partnershipId, caller: Caller, input: UpdateMilestoneInput) => {
  requirePlanEdit(caller);
  const milestone = await findMilestone(tx, partnershipId, input.id);
  const name = milestoneName(milestone);
  requireArea(caller, milestone.action.priorityArea, name);
  if (milestone.archivedAt) throw new ValidationError(`${capitalise(name)} is archived. Restore it before editing it.`);
  const recurring = milestone.frequency !== null;
  if (recurring && !input.recurrence) throw fieldError("frequency", "This milestone recurs: say how often, from and until.");
  if (!recurring && input.recurrence) {
    throw fieldError("frequency", "A one-off milestone cannot become recurring. Archive it and add a recurring milestone instead.");
  }
  const recurrence = input.recurrence;
  const rescheduled = recurrence !== undefined && !sameRecurrence(milestone, recurrence);
  const schedule = recurrence ? { frequency: recurrence.frequency, recurrenceStart: recurrence.start, recurrenceEnd: recurrence.end } : {};
  const saved = await tx.milestone.updateMany({
    where: { id: milestone.id, partnershipId, version: input.version },
    data: { text: input.text, byWhenText: input.byWhenText ?? null, ...schedule, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError(name);
  const occurrences =
    recurrence && rescheduled ? await syncOccurrences(tx, partnershipId, milestone.id, occurrenceDates(recurrence.frequency, recurrence.start, recurrence.end)) : null;
  return {
    result: { id: milestone.id, actionId: milestone.actionId, version: milestone.version + 1, occurrences },
    audit: {
      kind: "Milestone",
      verb: "update",
      entityId: milestone.id,
      before: { ...scheduleOf(milestone), version: milestone.version },
      after: { ...scheduleOf({ ...milestone, ...input, ...schedule }), version: milestone.version + 1, action: milestone.action.code, occurrences },
    },
  };
});
