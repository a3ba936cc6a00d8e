import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { NotFoundError, ValidationError, staleError } from "@/lib/errors";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { requireMeetingManager } from "../access";
import { heldAt, meetingNamed } from "../audit";
import { requirePreparable } from "../compute";
import { requireMeeting } from "../queries";
import type { AddAttendeeInput, RecordAttendanceInput, RemoveAttendeeInput } from "../schema";

/** Someone invited to the meeting, with or without a login: a member, in attendance, or an adviser. */
export const addAttendee = mutation(async (tx, partnershipId, caller: Caller, input: AddAttendeeInput) => {
  requireMeetingManager(caller);
  const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
  requirePreparable(meeting.state, "the attendance");
  const position = await tx.meetingAttendee.count({ where: { partnershipId, meetingId: meeting.id } });
  const attendee = await tx.meetingAttendee.create({
    data: { partnershipId, meetingId: meeting.id, name: input.name, organisation: input.organisation, role: input.role, kind: input.kind, status: input.status, position },
  });
  return {
    result: { attendeeId: attendee.id },
    audit: { kind: "MeetingAttendee", verb: "create", entityId: attendee.id, after: { ...heldAt(meeting), name: input.name, kind: input.kind, status: input.status } },
  };
});

/** Present, apologies or absent for everyone at once, as the secretary marks the register. */
export const recordAttendance = mutation(async (tx, partnershipId, caller: Caller, input: RecordAttendanceInput) => {
  requireMeetingManager(caller);
  const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
  requirePreparable(meeting.state, "the attendance");
  const attendees = await tx.meetingAttendee.findMany({ where: { partnershipId, meetingId: meeting.id }, select: { id: true, status: true } });
  const known = new Set(attendees.map((a) => a.id));
  if (Object.keys(input.statuses).some((id) => !known.has(id))) throw new NotFoundError("Someone on that list is no longer on this meeting's attendance. Reload the page.");
  if (attendees.length === 0) throw new ValidationError("Add the people invited before marking attendance.");
  const saved = await tx.meeting.updateMany({ where: { id: meeting.id, partnershipId, version: input.version }, data: { version: { increment: 1 } } });
  if (saved.count === 0) throw staleError("this meeting");
  const changed: Record<string, AttendanceStatus> = {};
  for (const attendee of attendees) {
    const status = input.statuses[attendee.id];
    if (!status || status === attendee.status) continue;
    await tx.meetingAttendee.updateMany({ where: { id: attendee.id, partnershipId }, data: { status } });
    changed[attendee.id] = status;
  }
  return {
    result: { meetingId: meeting.id, changed: Object.keys(changed).length },
    audit: { kind: "Meeting", verb: "attendance", entityId: meeting.id, after: { ...meetingNamed(meeting), statuses: changed } },
  };
});

export const removeAttendee = mutation(async (tx, partnershipId, caller: Caller, input: RemoveAttendeeInput) => {
  requireMeetingManager(caller);
  const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
  requirePreparable(meeting.state, "the attendance");
  const attendee = await tx.meetingAttendee.findFirst({ where: { id: input.attendeeId, partnershipId, meetingId: meeting.id }, select: { id: true, name: true } });
  if (!attendee) throw new NotFoundError("That person is no longer on this meeting's attendance.");
  await tx.meetingAttendee.deleteMany({ where: { id: attendee.id, partnershipId } });
  return {
    result: { meetingId: meeting.id },
    audit: { kind: "MeetingAttendee", verb: "delete", entityId: attendee.id, before: { ...heldAt(meeting), name: attendee.name } },
  };
});
