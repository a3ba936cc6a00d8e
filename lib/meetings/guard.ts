import "server-only";
import type { Caller } from "@/lib/auth/caller";
import { canOnItem } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { MeetingState } from "@/lib/generated/prisma/enums";
import { canPrepare, canRecord, MEETING_STATE_LABELS } from "./compute";

// What every meeting mutation checks first, with the row in hand.

export function requireManager(caller: Caller) {
  if (!canOnItem(caller.scope, "meetings.manage")) {
    throw new ForbiddenError("Only the programme office and board members can change meetings, minutes and the impact log.");
  }
}

export const MEETING_NOT_FOUND = "That meeting no longer exists, or you do not have access to it.";

/** The meeting, looked up by id and partnership, or not found. */
export async function meetingFor(tx: Tx, partnershipId: string, meetingId: string) {
  const meeting = await tx.meeting.findFirst({
    where: { id: meetingId, partnershipId },
    select: { id: true, boardId: true, title: true, date: true, state: true, version: true, minutes: true, minutesApprovedAt: true, published: true },
  });
  if (!meeting) throw new NotFoundError(MEETING_NOT_FOUND);
  return meeting;
}

function refusal(state: MeetingState, doing: string): ValidationError {
  if (state === "CLOSED") return new ValidationError(`This meeting is closed, so ${doing} can no longer be changed. Re-open the meeting (the re-opening is logged) to correct it.`);
  if (state === "CANCELLED") return new ValidationError(`This meeting was cancelled, so ${doing} cannot be changed.`);
  return new ValidationError(`Start the meeting before recording ${doing}: the meeting is ${MEETING_STATE_LABELS[state].toLowerCase()}.`);
}

/** Agenda and attendance: until the meeting closes. */
export function requirePreparable(state: MeetingState, doing: string) {
  if (!canPrepare(state)) throw refusal(state, doing);
}

/** Outcomes, minutes and impact log updates: while the meeting is in progress. */
export function requireRecording(state: MeetingState, doing: string) {
  if (!canRecord(state)) throw refusal(state, doing);
}
