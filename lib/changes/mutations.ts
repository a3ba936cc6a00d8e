import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now } from "@/lib/clock";
import { ConflictError, NotFoundError, ValidationError, fieldError, notFoundField } from "@/lib/errors";
import { formatUkDate } from "@/lib/dates/format";
import type { Tx } from "@/lib/db";
import { requireDecider, requireRaiser } from "./access";
import type { DecideChangeRequestInput, RaiseChangeRequestInput } from "./schema";

/**
 * The meeting a decision names. Decided at a meeting: that meeting, in
 * progress. Decided between meetings: the next meeting, not yet held, where
 * the decision is noted. A closed meeting is read-only.
 */
async function decisionMeeting(tx: Tx, partnershipId: string, meetingId: string, when: DecideChangeRequestInput["decidedWhen"] = "AT_MEETING") {
  const meeting = await tx.meeting.findFirst({ where: { id: meetingId, partnershipId }, select: { id: true, state: true } });
  if (!meeting) throw notFoundField("meetingId", "That meeting no longer exists.");
  if (when === "AT_MEETING" && meeting.state !== "IN_PROGRESS") {
    throw fieldError("meetingId", "A decision made at a meeting is recorded while that meeting is in progress. Between meetings, choose the next meeting, where it will be noted.");
  }
  if (when === "BETWEEN_MEETINGS" && meeting.state !== "DRAFT" && meeting.state !== "OPEN") {
    throw fieldError("meetingId", "A decision made between meetings is noted at the next meeting, one that has not started yet.");
  }
  return meeting;
}

const alreadyPending = () => new ValidationError("There is already a change request awaiting the board's decision for this item.");

/**
 * A lead or contributor asks the board to move a due date and/or change
 * scope. One request per item awaits a decision at a time: the count below
 * says so plainly, and a partial unique index settles two raised at once
 * (prisma/migrations/*_races_settled_by_indexes).
 */
export const raiseChangeRequest = mutation(
  async (tx, partnershipId, caller: Caller, input: RaiseChangeRequestInput) => {
    requireRaiser(caller);
    const action = await tx.action.findFirst({
      where: { id: input.actionId, partnershipId, archivedAt: null },
      select: { id: true, code: true, currentDueDate: true, startDate: true },
    });
    if (!action) throw new NotFoundError("That action no longer exists, or you do not have access to it.");
    if (input.proposedDueDate && action.startDate && input.proposedDueDate.getTime() < action.startDate.getTime()) {
      throw fieldError("proposedDueDate", `The proposed due date cannot be before the action's start (${formatUkDate(action.startDate)}).`);
    }
    const milestone = input.milestoneId
      ? await tx.milestone.findFirst({
          where: { id: input.milestoneId, partnershipId, actionId: action.id, archivedAt: null },
          select: { id: true, text: true, dueDate: true, frequency: true },
        })
      : null;
    if (input.milestoneId && !milestone) throw new NotFoundError("That milestone no longer exists, or you do not have access to it.");
    if (milestone?.frequency && input.proposedDueDate) {
      throw new ValidationError("A recurring milestone has no single due date to move; propose a scope change instead.", {
        proposedDueDate: ["A recurring milestone has no single due date to move."],
      });
    }
    const previousDueDate = milestone ? milestone.dueDate : action.currentDueDate;
    if (input.proposedDueDate && !previousDueDate && !milestone?.frequency) {
      // No date agreed yet ("to be confirmed"): there is nothing to move, and the first date is the plan editor's to set.
      const message = milestone
        ? "This milestone has no due date yet, so there is none to move; propose a scope change instead."
        : `Action ${action.code} has no agreed due date yet, so there is none to move: an admin or the area's lead sets its first due date in the plan editor.`;
      throw new ValidationError(message, { proposedDueDate: [message] });
    }
    const open = await tx.changeRequest.count({
      where: { partnershipId, actionId: action.id, milestoneId: milestone?.id ?? null, state: "PENDING" },
    });
    if (open) throw alreadyPending();
    const request = await tx.changeRequest.create({
      data: {
        partnershipId,
        actionId: action.id,
        milestoneId: milestone?.id,
        previousDueDate,
        proposedDueDate: input.proposedDueDate,
        scopeChange: input.scopeChange,
        reason: input.reason,
        impact: input.impact,
        requestedByName: caller.actor.name,
        requestedById: caller.actor.userId,
      },
    });
    return {
      result: { changeRequestId: request.id },
      audit: {
        kind: "ChangeRequest",
        verb: "create",
        entityId: request.id,
        after: {
          action: action.code,
          milestoneId: milestone?.id ?? null,
          milestone: milestone?.text ?? null,
          previousDueDate,
          proposedDueDate: input.proposedDueDate ?? null,
          scopeChange: input.scopeChange ?? null,
          reason: input.reason,
        },
      },
    };
  },
  { duplicate: alreadyPending },
);

/**
 * The board decides. Approval moves the current due date (of the action or
 * the milestone); the baseline never moves, so slippage stays visible.
 */
export const decideChangeRequest = mutation(async (tx, partnershipId, caller: Caller, input: DecideChangeRequestInput) => {
  requireDecider(caller);
  const request = await tx.changeRequest.findFirst({
    where: { id: input.changeRequestId, partnershipId },
    select: {
      id: true,
      state: true,
      version: true,
      proposedDueDate: true,
      milestoneId: true,
      action: { select: { id: true, code: true, currentDueDate: true, version: true } },
      milestone: { select: { id: true, dueDate: true, frequency: true } },
    },
  });
  if (!request || !request.action) throw new NotFoundError("That change request no longer exists, or you do not have access to it.");
  const meeting = input.meetingId ? await decisionMeeting(tx, partnershipId, input.meetingId, input.decidedWhen) : null;
  const decided = await tx.changeRequest.updateMany({
    where: { id: request.id, partnershipId, version: input.version, state: "PENDING" },
    data: {
      state: input.decision,
      decisionNote: input.decisionNote,
      decidedByName: caller.actor.name,
      decidedAt: now(),
      meetingId: meeting?.id ?? null,
      decidedBetweenMeetings: input.decidedWhen === "BETWEEN_MEETINGS" && meeting !== null,
      version: { increment: 1 },
    },
  });
  if (decided.count === 0) {
    throw new ConflictError("This change request was decided or changed by someone else after you opened it, so your decision was not saved. Reload to see the decision.");
  }
  // What approval moves, recorded in the decision's one audit row.
  let moved: { item: "Action" | "Milestone"; entityId: string; from: Date | null; to: Date } | null = null;
  if (input.decision === "APPROVED" && request.proposedDueDate) {
    if (request.milestone && !request.milestone.frequency) {
      await tx.milestone.updateMany({
        where: { id: request.milestone.id, partnershipId },
        data: { dueDate: request.proposedDueDate, version: { increment: 1 } },
      });
      // A one-off milestone has a single occurrence; it moves with it unless already settled.
      await tx.milestoneOccurrence.updateMany({
        where: { milestoneId: request.milestone.id, partnershipId, state: "PENDING" },
        data: { dueDate: request.proposedDueDate, version: { increment: 1 } },
      });
      moved = { item: "Milestone", entityId: request.milestone.id, from: request.milestone.dueDate, to: request.proposedDueDate };
    } else if (!request.milestoneId) {
      await tx.action.updateMany({
        where: { id: request.action.id, partnershipId },
        data: { currentDueDate: request.proposedDueDate, version: { increment: 1 } },
      });
      moved = { item: "Action", entityId: request.action.id, from: request.action.currentDueDate, to: request.proposedDueDate };
    }
  }
  return {
    result: { changeRequestId: request.id },
    audit: {
      kind: "ChangeRequest",
      verb: input.decision === "APPROVED" ? "approve" : "reject",
      entityId: request.id,
      before: { state: request.state },
      after: {
        state: input.decision,
        decisionNote: input.decisionNote,
        moved,
        meetingId: meeting?.id ?? null,
        decidedWhen: meeting ? (input.decidedWhen ?? "AT_MEETING") : null,
        action: request.action.code,
      },
    },
  };
});
