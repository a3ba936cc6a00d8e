import "server-only";
// A risk's cycle between meetings: the lead reviews it (scores confirmed or
// changed, with a note and the next review date), escalates it to the board
// or takes it back, closes it with a reason or reopens it. Each step is kept
// in the risk's history.
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import * as clock from "@/lib/clock";
import { staleError, ValidationError } from "@/lib/errors";
import { requireRiskToManage } from "../queries";
import { assertReviewDate, historyEntry, scoresOf } from "../rules";
import type { ReviewRiskInput, SetRiskClosedInput, SetRiskEscalatedInput } from "../schema";

function assertOpen(risk: { code: string; state: string }, what: string) {
  if (risk.state !== "OPEN") throw new ValidationError(`Risk ${risk.code} is closed. Reopen it to ${what}.`);
}

export const reviewRisk = mutation(async (tx, partnershipId, caller: Caller, input: ReviewRiskInput) => {
  const risk = await requireRiskToManage(tx, partnershipId, caller, input.riskId);
  assertOpen(risk, "review it");
  assertReviewDate("nextReviewDate", input.nextReviewDate, clock.today(), 1);
  const at = clock.now();
  const { count } = await tx.risk.updateMany({
    where: { id: risk.id, partnershipId, version: input.version },
    data: { currentLikelihood: input.currentLikelihood, currentImpact: input.currentImpact, nextReviewDate: input.nextReviewDate, lastReviewedAt: at, version: { increment: 1 } },
  });
  if (count === 0) throw staleError(`risk ${risk.code}`);
  const scores = { ...scoresOf(risk), currentLikelihood: input.currentLikelihood, currentImpact: input.currentImpact };
  await tx.riskReview.create({
    data: historyEntry(partnershipId, caller, { riskId: risk.id, kind: "REVIEWED", at, note: input.note, scores, nextReviewDate: input.nextReviewDate }),
  });
  const changed = risk.currentLikelihood !== input.currentLikelihood || risk.currentImpact !== input.currentImpact;
  return {
    result: { id: risk.id, code: risk.code, changed, version: input.version + 1 },
    audit: {
      kind: "Risk",
      verb: "review",
      entityId: risk.id,
      before: { currentLikelihood: risk.currentLikelihood, currentImpact: risk.currentImpact, nextReviewDate: risk.nextReviewDate },
      after: { code: risk.code, currentLikelihood: input.currentLikelihood, currentImpact: input.currentImpact, nextReviewDate: input.nextReviewDate, note: input.note },
    },
  };
});

/**
 * Closing takes a risk off the heat map and the board's list (and ends its
 * escalation); reopening makes its review due at once, since nobody has
 * looked at it while it was closed.
 */
export const setRiskClosed = mutation(async (tx, partnershipId, caller: Caller, input: SetRiskClosedInput) => {
  const risk = await requireRiskToManage(tx, partnershipId, caller, input.id);
  if (input.closed === (risk.state === "CLOSED")) throw new ValidationError(`Risk ${risk.code} is already ${input.closed ? "closed" : "open"}.`);
  const at = clock.now();
  const today = clock.today();
  const data = input.closed
    ? { state: "CLOSED" as const, closedAt: at, closedReason: input.reason, escalatedToBoard: false, escalatedAt: null, escalationNote: null }
    : { state: "OPEN" as const, closedAt: null, closedReason: null, nextReviewDate: today };
  const { count } = await tx.risk.updateMany({ where: { id: risk.id, partnershipId, version: input.version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw staleError(`risk ${risk.code}`);
  await tx.riskReview.create({
    data: historyEntry(partnershipId, caller, {
      riskId: risk.id,
      kind: input.closed ? "CLOSED" : "REOPENED",
      at,
      note: input.reason,
      scores: risk,
      nextReviewDate: input.closed ? null : today,
    }),
  });
  return {
    result: { id: risk.id, code: risk.code, closed: input.closed, version: input.version + 1 },
    audit: {
      kind: "Risk",
      verb: input.closed ? "close" : "reopen",
      entityId: risk.id,
      before: { state: risk.state, escalatedToBoard: risk.escalatedToBoard },
      after: { code: risk.code, state: data.state, reason: input.reason, escalatedToBoard: input.closed ? false : risk.escalatedToBoard },
    },
  };
});

/** Escalation puts an open risk at the top of the board's list until it is taken back. */
export const setRiskEscalated = mutation(async (tx, partnershipId, caller: Caller, input: SetRiskEscalatedInput) => {
  const risk = await requireRiskToManage(tx, partnershipId, caller, input.id);
  assertOpen(risk, input.escalated ? "escalate it" : "change its escalation");
  if (input.escalated === risk.escalatedToBoard) throw new ValidationError(`Risk ${risk.code} is ${input.escalated ? "already escalated to the board" : "not escalated"}.`);
  const at = clock.now();
  const { count } = await tx.risk.updateMany({
    where: { id: risk.id, partnershipId, version: input.version },
    data: { escalatedToBoard: input.escalated, escalatedAt: input.escalated ? at : null, escalationNote: input.escalated ? input.note : null, version: { increment: 1 } },
  });
  if (count === 0) throw staleError(`risk ${risk.code}`);
  await tx.riskReview.create({
    data: historyEntry(partnershipId, caller, { riskId: risk.id, kind: input.escalated ? "ESCALATED" : "DE_ESCALATED", at, note: input.note, scores: risk }),
  });
  return {
    result: { id: risk.id, code: risk.code, escalated: input.escalated, version: input.version + 1 },
    audit: {
      kind: "Risk",
      verb: input.escalated ? "escalate" : "de-escalate",
      entityId: risk.id,
      before: { escalatedToBoard: risk.escalatedToBoard },
      after: { code: risk.code, escalatedToBoard: input.escalated, note: input.note },
    },
  };
});
