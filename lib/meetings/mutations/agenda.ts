import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { NotFoundError, fieldError, staleError } from "@/lib/errors";
import { requireMeetingManager } from "../access";
import { heldAt } from "../audit";
import { canRecord, requirePreparable, requireRecording } from "../compute";
import { requireMeeting } from "../queries";
import type { AgendaItemInput, MoveAgendaItemInput, DecisionInput, RemoveDecisionInput } from "../schema";

const ITEM_NOT_FOUND = "That agenda item is no longer on this meeting's agenda. Reload the page.";

/** Adds an agenda item at the end, or edits one; what was said under it is written once the meeting has started. */
export const saveAgendaItem = mutation(async (tx, partnershipId, caller: Caller, input: AgendaItemInput) => {
  requireMeetingManager(caller);
  const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
  requirePreparable(meeting.state, "the agenda");
  if (input.notes && !canRecord(meeting.state)) throw fieldError("notes", "Notes of what was said are written once the meeting has started.");
  const fields = { title: input.title, presenter: input.presenter ?? null, durationMinutes: input.durationMinutes ?? null, notes: input.notes ?? null };
  if (!input.itemId) {
    const position = await tx.meetingAgendaItem.count({ where: { partnershipId, meetingId: meeting.id } });
    const item = await tx.meetingAgendaItem.create({ data: { partnershipId, meetingId: meeting.id, position, ...fields } });
    return { result: { itemId: item.id }, audit: { kind: "MeetingAgendaItem", verb: "create", entityId: item.id, after: { ...heldAt(meeting), ...fields } } };
  }
  const item = await tx.meetingAgendaItem.findFirst({ where: { id: input.itemId, partnershipId, meetingId: meeting.id }, select: { id: true, title: true, notes: true } });
  if (!item) throw new NotFoundError(ITEM_NOT_FOUND);
  const saved = await tx.meetingAgendaItem.updateMany({ where: { id: item.id, partnershipId, version: input.version ?? 0 }, data: { ...fields, version: { increment: 1 } } });
  if (saved.count === 0) throw staleError(`the agenda item "${item.title}"`);
  return {
    result: { itemId: item.id },
    audit: { kind: "MeetingAgendaItem", verb: "update", entityId: item.id, before: { title: item.title, notes: item.notes }, after: { ...heldAt(meeting), ...fields } },
  };
});

/** Moves an item up or down the agenda, or takes it off (with its outcomes). */
export const moveAgendaItem = mutation(async (tx, partnershipId, caller: Caller, input: MoveAgendaItemInput) => {
  requireMeetingManager(caller);
  const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
  requirePreparable(meeting.state, "the agenda");
  const items = await tx.meetingAgendaItem.findMany({ where: { partnershipId, meetingId: meeting.id }, orderBy: { position: "asc" }, select: { id: true, title: true } });
  const index = items.findIndex((i) => i.id === input.itemId);
  if (index < 0) throw new NotFoundError(ITEM_NOT_FOUND);
  const item = items[index]!;
  const order = items.filter((i) => i.id !== item.id);
  if (input.direction === "remove") await tx.meetingAgendaItem.deleteMany({ where: { id: item.id, partnershipId } });
  else order.splice(Math.max(0, Math.min(order.length, index + (input.direction === "up" ? -1 : 1))), 0, item);
  for (const [position, row] of order.entries()) {
    await tx.meetingAgendaItem.updateMany({ where: { id: row.id, partnershipId }, data: { position } });
  }
  const after = { ...heldAt(meeting), title: item.title };
  return {
    result: { meetingId: meeting.id },
    audit:
      input.direction === "remove"
        ? { kind: "MeetingAgendaItem", verb: "delete", entityId: item.id, after: { ...after, direction: input.direction } }
        : { kind: "MeetingAgendaItem", verb: "move", entityId: item.id, after: { ...after, direction: input.direction } },
  };
});

/** A meeting decision: the typed outcome of an agenda item (REFERENCES §4.3): noted, decided, or an action with its owner. */
export const addDecision = mutation(async (tx, partnershipId, caller: Caller, input: DecisionInput) => {
  requireMeetingManager(caller);
  const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
  requireRecording(meeting.state, "outcomes");
  const item = await tx.meetingAgendaItem.findFirst({ where: { id: input.agendaItemId, partnershipId, meetingId: meeting.id }, select: { id: true } });
  if (!item) throw new NotFoundError(ITEM_NOT_FOUND);
  const position = await tx.meetingDecision.count({ where: { partnershipId, agendaItemId: item.id } });
  const decision = await tx.meetingDecision.create({
    data: {
      partnershipId,
      meetingId: meeting.id,
      agendaItemId: item.id,
      kind: input.kind,
      text: input.text,
      owner: input.kind === "ACTION" ? input.owner : null,
      dueDate: input.kind === "ACTION" ? input.dueDate : null,
      position,
      createdByName: caller.actor.name,
    },
  });
  return {
    result: { decisionId: decision.id },
    audit: { kind: "MeetingDecision", verb: "create", entityId: decision.id, after: { ...heldAt(meeting), kind: input.kind, text: input.text } },
  };
});

export const removeDecision = mutation(async (tx, partnershipId, caller: Caller, input: RemoveDecisionInput) => {
  requireMeetingManager(caller);
  const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
  requireRecording(meeting.state, "outcomes");
  const decision = await tx.meetingDecision.findFirst({ where: { id: input.decisionId, partnershipId, meetingId: meeting.id }, select: { id: true, kind: true, text: true } });
  if (!decision) throw new NotFoundError("That outcome is no longer recorded at this meeting.");
  await tx.meetingDecision.deleteMany({ where: { id: decision.id, partnershipId } });
  return {
    result: { meetingId: meeting.id },
    audit: { kind: "MeetingDecision", verb: "delete", entityId: decision.id, before: { ...heldAt(meeting), kind: decision.kind, text: decision.text } },
  };
});
