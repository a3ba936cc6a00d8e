import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import type { Tx } from "@/lib/db";
import { now, today } from "@/lib/clock";
import { NotFoundError, ValidationError, notFoundField, staleError } from "@/lib/errors";
import { requireMeetingManager } from "../access";
import { heldAt } from "../audit";
import { requireRecording } from "../compute";
import { requireMeeting } from "../queries";
import type { ImpactLogUpdateInput, RaiseImpactLogEntryInput, UpdateImpactLogEntryInput } from "../schema";

const ENTRY_NOT_FOUND = "That impact log entry no longer exists, or you do not have access to it.";

/** The linked area and action, each this partnership's; an action's area is the entry's area. */
async function links(tx: Tx, partnershipId: string, input: { priorityAreaId?: string; actionCode?: string }) {
  const action = input.actionCode
    ? await tx.action.findFirst({ where: { partnershipId, code: input.actionCode, archivedAt: null }, select: { id: true, priorityAreaId: true } })
    : null;
  if (input.actionCode && !action) throw notFoundField("actionCode", "There is no live action with that code in the plan.");
  const area = input.priorityAreaId ? await tx.priorityArea.findFirst({ where: { id: input.priorityAreaId, partnershipId }, select: { id: true } }) : null;
  if (input.priorityAreaId && !area) throw notFoundField("priorityAreaId", "That priority area no longer exists.");
  return { actionId: action?.id ?? null, priorityAreaId: area?.id ?? action?.priorityAreaId ?? null };
}

function fields(input: RaiseImpactLogEntryInput | UpdateImpactLogEntryInput) {
  return {
    title: input.title,
    description: input.description ?? null,
    ownerName: input.ownerName ?? null,
    ownerRole: input.ownerRole ?? null,
    dueDate: input.dueDate ?? null,
  };
}

/** A new entry in the action and impact log, raised at a meeting in progress. */
export const raiseImpactLogEntry = mutation(
  async (tx, partnershipId, caller: Caller, input: RaiseImpactLogEntryInput) => {
    requireMeetingManager(caller);
    const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
    requireRecording(meeting.state, "the impact log");
    const linked = await links(tx, partnershipId, input);
    const last = await tx.impactLogEntry.findFirst({ where: { partnershipId }, orderBy: { number: "desc" }, select: { number: true } });
    const entry = await tx.impactLogEntry.create({
      data: { partnershipId, number: (last?.number ?? 0) + 1, meetingId: meeting.id, raisedOn: today(), ...fields(input), ...linked },
    });
    return {
      result: { entryId: entry.id, number: entry.number },
      audit: { kind: "ImpactLogEntry", verb: "create", entityId: entry.id, after: { number: entry.number, meetingId: meeting.id, ...fields(input), ...linked } },
    };
  },
  { duplicate: () => new ValidationError("Someone raised another entry at the same moment, so this one was not saved. Save it again.") },
);

/** Corrects what an entry says: its text, owner, due date or links. Its status moves only with a meeting's update. */
export const updateImpactLogEntry = mutation(async (tx, partnershipId, caller: Caller, input: UpdateImpactLogEntryInput) => {
  requireMeetingManager(caller);
  const entry = await tx.impactLogEntry.findFirst({
    where: { id: input.entryId, partnershipId },
    select: { id: true, number: true, title: true, dueDate: true, ownerName: true, ownerRole: true },
  });
  if (!entry) throw new NotFoundError(ENTRY_NOT_FOUND);
  const linked = await links(tx, partnershipId, input);
  const saved = await tx.impactLogEntry.updateMany({
    where: { id: entry.id, partnershipId, version: input.version },
    data: { ...fields(input), ...linked, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError(`impact log entry L${entry.number}`);
  return {
    result: { entryId: entry.id },
    audit: {
      kind: "ImpactLogEntry",
      verb: "update",
      entityId: entry.id,
      before: { number: entry.number, title: entry.title, dueDate: entry.dueDate, ownerName: entry.ownerName, ownerRole: entry.ownerRole },
      after: { ...fields(input), ...linked },
    },
  };
});

/**
 * The entry's update at this meeting (Improvement Notice §5e: "updated at
 * each meeting"): one per meeting, replaced if given again at the same
 * meeting, and the entry's status follows it.
 */
export const recordImpactLogUpdate = mutation(async (tx, partnershipId, caller: Caller, input: ImpactLogUpdateInput) => {
  requireMeetingManager(caller);
  const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
  requireRecording(meeting.state, "impact log updates");
  const entry = await tx.impactLogEntry.findFirst({ where: { id: input.entryId, partnershipId }, select: { id: true, number: true, state: true } });
  if (!entry) throw new NotFoundError(ENTRY_NOT_FOUND);
  const saved = await tx.impactLogEntry.updateMany({
    where: { id: entry.id, partnershipId, version: input.version },
    data: { state: input.state, closedAt: input.state === "DONE" ? meeting.date : null, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError(`impact log entry L${entry.number}`);
  const update = await tx.impactLogUpdate.upsert({
    where: { partnershipId_entryId_meetingId: { partnershipId, entryId: entry.id, meetingId: meeting.id } },
    create: { partnershipId, entryId: entry.id, meetingId: meeting.id, state: input.state, text: input.text, authorName: caller.actor.name, createdAt: now() },
    update: { state: input.state, text: input.text, authorName: caller.actor.name },
  });
  return {
    result: { entryId: entry.id, updateId: update.id },
    audit: {
      kind: "ImpactLogEntry",
      verb: "meeting-update",
      entityId: entry.id,
      before: { state: entry.state },
      after: { ...heldAt(meeting), number: entry.number, state: input.state, text: input.text },
    },
  };
});
