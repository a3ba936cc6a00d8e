import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now } from "@/lib/clock";
import { ValidationError, staleError } from "@/lib/errors";
import { requireMeetingManager } from "../access";
import { meetingNamed } from "../audit";
import { minutesApprovalProblem, requireRecording } from "../compute";
import { requireMeeting } from "../queries";
import type { ApproveMinutesInput, PublishMinutesInput, SaveMinutesInput } from "../schema";

/** Saves the draft minutes; every saved version is kept, so the history of the draft can be read. */
export const saveMinutes = mutation(async (tx, partnershipId, caller: Caller, input: SaveMinutesInput) => {
  requireMeetingManager(caller);
  const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
  requireRecording(meeting.state, "the minutes");
  if (meeting.minutesApprovedAt) throw new ValidationError("These minutes were approved at a later meeting and can no longer be changed.");
  const saved = await tx.meeting.updateMany({ where: { id: meeting.id, partnershipId, version: input.version }, data: { minutes: input.minutes, version: { increment: 1 } } });
  if (saved.count === 0) throw staleError("these minutes");
  const revision = await tx.meetingMinutesRevision.create({ data: { partnershipId, meetingId: meeting.id, text: input.minutes, savedByName: caller.actor.name, savedAt: now() } });
  return {
    result: { meetingId: meeting.id },
    audit: {
      kind: "Meeting",
      verb: "minutes",
      entityId: meeting.id,
      before: { minutes: meeting.minutes },
      after: { minutes: input.minutes, revisionId: revision.id, ...meetingNamed(meeting) },
    },
  };
});

/** At a meeting in progress, the board approves the minutes of its last meeting (Devon: "Draft" until signed off). */
export const approveMinutes = mutation(async (tx, partnershipId, caller: Caller, input: ApproveMinutesInput) => {
  requireMeetingManager(caller);
  const at = await requireMeeting(tx, partnershipId, input.meetingId);
  const of = await requireMeeting(tx, partnershipId, input.minutesOfId);
  const problem = minutesApprovalProblem(of, at);
  if (problem) throw new ValidationError(problem);
  const saved = await tx.meeting.updateMany({
    where: { id: of.id, partnershipId, version: input.version, minutesApprovedAt: null },
    data: { minutesApprovedAt: now(), minutesApprovedMeetingId: at.id, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError("those minutes");
  return {
    result: { meetingId: of.id },
    audit: { kind: "Meeting", verb: "approve-minutes", entityId: of.id, after: { approvedAt: at.id, approvedAtTitle: at.title, ...meetingNamed(of) } },
  };
});

/**
 * Publishes approved minutes (or withdraws them): the flag advisors' views
 * and the public page read. Derbyshire publishes its board's minutes on the
 * Local Offer (plan 1.1a).
 */
export const publishMinutes = mutation(async (tx, partnershipId, caller: Caller, input: PublishMinutesInput) => {
  requireMeetingManager(caller);
  const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
  if (input.publish && !meeting.minutesApprovedAt) throw new ValidationError("Minutes are published once the board has approved them at its next meeting.");
  const saved = await tx.meeting.updateMany({
    where: { id: meeting.id, partnershipId, version: input.version },
    data: { published: input.publish, publishedAt: input.publish ? now() : null, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError("this meeting");
  return {
    result: { meetingId: meeting.id, published: input.publish },
    audit: {
      kind: "Meeting",
      verb: input.publish ? "publish" : "unpublish",
      entityId: meeting.id,
      before: { published: meeting.published },
      after: { published: input.publish, ...meetingNamed(meeting) },
    },
  };
});
