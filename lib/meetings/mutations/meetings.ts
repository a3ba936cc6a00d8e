import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now } from "@/lib/clock";
import { NotFoundError, ValidationError, notFoundField, staleError } from "@/lib/errors";
import { requireMeetingManager } from "../access";
import { meetingNamed } from "../audit";
import { requirePreparable, transitionTarget } from "../compute";
import { MEETING_NOT_FOUND, requireMeeting } from "../queries";
import type { ChangeMeetingStateInput, CreateMeetingInput, UpdateMeetingInput } from "../schema";
import { STANDING_ITEMS } from "../standing";

/** The meeting's start: the date with the time of day as entered, kept as wall-clock time (shown as entered). */
function startOf(input: { date: Date; time?: string }): Date {
  const [hours, minutes] = (input.time ?? "10:00").split(":").map(Number);
  return new Date(input.date.getTime() + (hours! * 60 + minutes!) * 60_000);
}

/**
 * A new meeting, as a draft. Everyone invited to the board's last meeting is
 * invited again — the Improvement Notice (§6) wants the DfE and NHS England
 * advisors and the case lead invited "on each occasion" — and the standing
 * items are on the agenda unless left out.
 */
export const createMeeting = mutation(async (tx, partnershipId, caller: Caller, input: CreateMeetingInput) => {
  requireMeetingManager(caller);
  const board = await tx.board.findFirst({ where: { id: input.boardId, partnershipId }, select: { id: true, name: true, chairName: true, chairRole: true } });
  if (!board) throw notFoundField("boardId", "That board no longer exists.");
  const date = startOf(input);
  const last = await tx.meeting.findFirst({
    where: { partnershipId, boardId: board.id, state: { not: "CANCELLED" }, date: { lt: date } },
    orderBy: { date: "desc" },
    select: { attendees: { orderBy: { position: "asc" }, select: { name: true, organisation: true, role: true, kind: true } } },
  });
  const attendees = last?.attendees.length
    ? last.attendees
    : board.chairName
      ? [{ name: board.chairName, organisation: null, role: board.chairRole, kind: "MEMBER" as const }]
      : [];
  const meeting = await tx.meeting.create({
    data: {
      partnershipId,
      boardId: board.id,
      title: input.title,
      date,
      durationMinutes: input.durationMinutes,
      location: input.location,
      attendees: { create: attendees.map((a, position) => ({ ...a, status: "INVITED" as const, position })) },
      agendaItems: input.standingItems ? { create: STANDING_ITEMS.map((item, position) => ({ ...item, position })) } : undefined,
    },
  });
  return {
    result: { meetingId: meeting.id },
    audit: {
      kind: "Meeting",
      verb: "create",
      entityId: meeting.id,
      after: { board: board.name, title: input.title, date, invited: attendees.length, standingItems: Boolean(input.standingItems) },
    },
  };
});

export const updateMeeting = mutation(async (tx, partnershipId, caller: Caller, input: UpdateMeetingInput) => {
  requireMeetingManager(caller);
  const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
  requirePreparable(meeting.state, "its details");
  const date = startOf(input);
  const saved = await tx.meeting.updateMany({
    where: { id: meeting.id, partnershipId, version: input.version },
    data: { title: input.title, date, durationMinutes: input.durationMinutes ?? null, location: input.location ?? null, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError("this meeting");
  return {
    result: { meetingId: meeting.id },
    audit: { kind: "Meeting", verb: "update", entityId: meeting.id, before: { title: meeting.title, date: meeting.date }, after: { title: input.title, date } },
  };
});

/**
 * Moves a meeting through draft → open → in progress → closed (or
 * cancelled). Re-opening a closed meeting needs a reason, which the audit
 * row keeps; approved or published minutes stay as they are.
 */
export const changeMeetingState = mutation(async (tx, partnershipId, caller: Caller, input: ChangeMeetingStateInput) => {
  requireMeetingManager(caller);
  const meeting = await tx.meeting.findFirst({ where: { id: input.meetingId, partnershipId }, select: { id: true, state: true, title: true, date: true } });
  if (!meeting) throw new NotFoundError(MEETING_NOT_FOUND);
  const target = transitionTarget(meeting.state, input.transition);
  if (!target) throw new ValidationError(`A meeting that is ${meeting.state.toLowerCase().replace("_", " ")} cannot be moved that way. Reload the page to see where it stands.`);
  const saved = await tx.meeting.updateMany({
    where: { id: meeting.id, partnershipId, version: input.version, state: meeting.state },
    data: { state: target, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError("this meeting");
  return {
    result: { meetingId: meeting.id, state: target },
    audit: {
      kind: "Meeting",
      verb: input.transition,
      entityId: meeting.id,
      before: { state: meeting.state },
      after: { state: target, reason: input.reason ?? null, at: now(), ...meetingNamed(meeting) },
    },
  };
});
