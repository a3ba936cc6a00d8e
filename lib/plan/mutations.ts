import "server-only";
import type { Tx } from "@/lib/db";
import { mutation, type AuditEntry } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now as clockNow, today } from "@/lib/clock";
import { formatUkDate } from "@/lib/dates/format";
import { ConflictError, fieldError, ForbiddenError, NotFoundError, staleError } from "@/lib/errors";
import { mayCorrectDates, mayUpdateAction } from "./access";
import { statusLabels } from "./status";
import type { CorrectDueDateInput, OccurrenceOutcomeInput, StatusUpdateInput } from "./schema";

/** The action with what authorization needs: its area and who it is assigned to. */
async function lockableAction(tx: Tx, partnershipId: string, actionId: string) {
  const action = await tx.action.findFirst({
    where: { id: actionId, partnershipId, archivedAt: null },
    select: {
      id: true,
      code: true,
      version: true,
      priorityAreaId: true,
      leadMembershipId: true,
      reportedStatus: true,
      reportedCommentary: true,
      completedAt: true,
      assignees: { select: { membershipId: true } },
    },
  });
  if (!action) throw new NotFoundError("That action no longer exists, or you do not have access to it.");
  return action;
}

function assertMayUpdate(caller: Caller, action: Awaited<ReturnType<typeof lockableAction>>) {
  if (
    !mayUpdateAction(caller.scope, { priorityAreaId: action.priorityAreaId, leadMembershipId: action.leadMembershipId, assigneeIds: action.assignees.map((a) => a.membershipId) })
  ) {
    throw new ForbiddenError(`You cannot update action ${action.code}: it is not assigned to you or in an area you lead.`);
  }
}

/**
 * Appends a status update to an action's history (never overwriting the last
 * one), with optional evidence, if nobody else has saved since `version`.
 */
export const updateActionStatus = mutation(async (tx, partnershipId, caller: Caller, input: StatusUpdateInput) => {
  const action = await lockableAction(tx, partnershipId, input.actionId);
  assertMayUpdate(caller, action);
  const now = clockNow();
  const saved = await tx.action.updateMany({
    where: { id: action.id, partnershipId, version: input.version },
    data: {
      reportedStatus: input.status,
      reportedCommentary: input.commentary,
      reportedAt: now,
      completedAt: input.status === "COMPLETE" ? (action.completedAt ?? now) : null,
      version: { increment: 1 },
    },
  });
  if (saved.count === 0) throw await conflictFor(tx, partnershipId, action.id, action.code);

  const update = await tx.actionUpdate.create({
    data: {
      partnershipId,
      actionId: action.id,
      status: input.status,
      commentary: input.commentary,
      authorUserId: caller.actor.userId,
      authorName: caller.actor.name,
      createdAt: now,
    },
  });
  if (input.evidenceTitle && input.evidenceKind) {
    await tx.evidence.create({
      data: {
        partnershipId,
        actionId: action.id,
        actionUpdateId: update.id,
        title: input.evidenceTitle,
        kind: input.evidenceKind,
        date: input.evidenceDate ?? today(),
        url: input.evidenceUrl,
        text: input.evidenceText,
        createdByName: caller.actor.name,
      },
    });
  }
  return {
    result: { actionId: action.id, version: action.version + 1, updateId: update.id },
    audit: {
      kind: "Action",
      verb: "status.update",
      entityId: action.id,
      before: { status: action.reportedStatus, commentary: action.reportedCommentary, version: action.version },
      after: { code: action.code, status: input.status, commentary: input.commentary, version: action.version + 1, evidence: input.evidenceTitle ?? null },
    },
  };
});

/** The refusal a stale save gets: it shows the update that won, so nothing is lost. */
async function conflictFor(tx: Tx, partnershipId: string, actionId: string, code: string): Promise<ConflictError> {
  const [latest, partnership] = await Promise.all([
    tx.actionUpdate.findFirst({
      where: { partnershipId, actionId },
      orderBy: { createdAt: "desc" },
      select: { status: true, commentary: true, authorName: true, createdAt: true },
    }),
    tx.partnership.findFirst({ where: { id: partnershipId }, select: { statusLabels: true } }),
  ]);
  const labels = statusLabels(partnership?.statusLabels);
  const theirs = latest ? ` ${latest.authorName} saved an update on ${formatUkDate(latest.createdAt)}: “${labels[latest.status]} — ${latest.commentary}”.` : "";
  return new ConflictError(
    `Someone else updated action ${code} after you opened it, so your update was not saved.${theirs} Your text is still in the form: check theirs, then save again.`,
  );
}

/** Marks one milestone occurrence met (with what shows it) or missed (with why). */
export const recordMilestoneOutcome = mutation(async (tx, partnershipId, caller: Caller, input: OccurrenceOutcomeInput) => {
  const occurrence = await tx.milestoneOccurrence.findFirst({
    where: { id: input.occurrenceId, partnershipId, milestone: { archivedAt: null } },
    select: { id: true, dueDate: true, state: true, note: true, version: true, milestone: { select: { id: true, actionId: true, text: true } } },
  });
  if (!occurrence) throw new NotFoundError("That milestone no longer exists, or you do not have access to it.");
  const action = await lockableAction(tx, partnershipId, occurrence.milestone.actionId);
  assertMayUpdate(caller, action);
  const saved = await tx.milestoneOccurrence.updateMany({
    where: { id: occurrence.id, partnershipId, version: input.version },
    data: { state: input.outcome, note: input.note, decidedAt: clockNow(), decidedByName: caller.actor.name, version: { increment: 1 } },
  });
  if (saved.count === 0) {
    throw new ConflictError(`Someone else recorded this milestone after you opened it, so your change was not saved. Reload to see what they recorded.`);
  }
  if (input.outcome === "MET" && input.evidenceUrl) {
    await tx.evidence.create({
      data: {
        partnershipId,
        milestoneId: occurrence.milestone.id,
        milestoneOccurrenceId: occurrence.id,
        actionId: action.id,
        title: `Evidence for milestone due ${formatUkDate(occurrence.dueDate)}`,
        kind: "DOCUMENT",
        date: today(),
        url: input.evidenceUrl,
        text: input.note,
        createdByName: caller.actor.name,
      },
    });
  }
  return {
    result: { occurrenceId: occurrence.id, actionId: action.id },
    audit: {
      kind: "MilestoneOccurrence",
      verb: input.outcome === "MET" ? "milestone.met" : "milestone.missed",
      entityId: occurrence.id,
      before: { state: occurrence.state, note: occurrence.note },
      after: { state: input.outcome, note: input.note, milestone: occurrence.milestone.text, dueDate: occurrence.dueDate, action: action.code, actionId: action.id },
    },
  };
});

/**
 * Puts right a mistyped due date — the action's, or a one-off milestone's —
 * with a reason that shows in the action's history as a correction. Where
 * the mistyped date was also the baseline (no approved change had moved it),
 * the baseline is corrected too: it was never the date agreed.
 */
export const correctDueDate = mutation(async (tx, partnershipId, caller: Caller, input: CorrectDueDateInput) => {
  if (!mayCorrectDates(caller.scope)) throw new ForbiddenError("Only the programme office can correct a due date. To move one, raise a change request.");
  const action = await tx.action.findFirst({
    where: { id: input.actionId, partnershipId, archivedAt: null },
    select: { id: true, code: true, version: true, startDate: true, baselineDueDate: true, currentDueDate: true },
  });
  if (!action) throw new NotFoundError("That action no longer exists, or you do not have access to it.");
  if (action.startDate && input.dueDate.getTime() < action.startDate.getTime()) {
    throw fieldError("dueDate", `The due date cannot be before the action's start (${formatUkDate(action.startDate)}).`);
  }
  let previous: Date;
  let milestoneText: string | undefined;
  if (input.milestoneId) {
    const milestone = await tx.milestone.findFirst({
      where: { id: input.milestoneId, partnershipId, actionId: action.id, archivedAt: null, frequency: null },
      select: { id: true, text: true, dueDate: true, baselineDueDate: true },
    });
    if (!milestone?.dueDate) throw new NotFoundError("That milestone no longer exists, or you do not have access to it.");
    previous = milestone.dueDate;
    milestoneText = milestone.text;
    const sameAsBaseline = milestone.baselineDueDate?.getTime() === milestone.dueDate.getTime();
    await tx.milestone.updateMany({
      where: { id: milestone.id, partnershipId },
      data: { dueDate: input.dueDate, ...(sameAsBaseline ? { baselineDueDate: input.dueDate } : {}), version: { increment: 1 } },
    });
    await tx.milestoneOccurrence.updateMany({ where: { milestoneId: milestone.id, partnershipId, state: "PENDING" }, data: { dueDate: input.dueDate, version: { increment: 1 } } });
  } else {
    // Nothing was mistyped: the first due date is set in the plan editor.
    if (!action.currentDueDate) throw fieldError("dueDate", `Action ${action.code} has no due date to correct yet: set its first due date in the plan editor.`);
    previous = action.currentDueDate;
  }
  if (previous.getTime() === input.dueDate.getTime()) throw fieldError("dueDate", "That is already the due date.");
  const sameAsBaseline = action.baselineDueDate?.getTime() === action.currentDueDate?.getTime();
  const saved = await tx.action.updateMany({
    where: { id: action.id, partnershipId, version: input.version },
    data: input.milestoneId
      ? { version: { increment: 1 } }
      : { currentDueDate: input.dueDate, ...(sameAsBaseline ? { baselineDueDate: input.dueDate } : {}), version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError(`action ${action.code}`);
  const correction = await tx.dueDateCorrection.create({
    data: {
      partnershipId,
      actionId: action.id,
      milestoneId: input.milestoneId ?? null,
      previousDate: previous,
      correctedDate: input.dueDate,
      reason: input.reason,
      correctedByName: caller.actor.name,
      correctedById: caller.actor.userId,
    },
    select: { id: true },
  });
  const corrected = { before: { dueDate: previous }, after: { action: action.code, actionId: action.id, dueDate: input.dueDate, reason: input.reason } };
  const audit: AuditEntry = input.milestoneId
    ? { kind: "Milestone", verb: "dueDate.correct", entityId: input.milestoneId, before: corrected.before, after: { ...corrected.after, milestone: milestoneText } }
    : { kind: "Action", verb: "dueDate.correct", entityId: action.id, ...corrected };
  return { result: { actionId: action.id, version: action.version + 1, correctionId: correction.id }, audit };
});
