// What every risk mutation checks with the rows in hand, and the history
// entry it writes: pure rules, no I/O (the rows come from queries.ts, "today"
// is passed in). Who may manage what is access.ts's.
import type { Caller } from "@/lib/auth/caller";
import { daysBetween, formatUkDate } from "@/lib/dates/format";
import { fieldError } from "@/lib/errors";
import type { RiskReviewKind } from "@/lib/generated/prisma/enums";
import { mayManageEveryRisk, mayManageRisk } from "./access";

export const RISK_NOT_FOUND = "That risk no longer exists, or you do not have access to it.";
/** How far ahead a review may be booked: a register reviewed less than every two years is not being managed. */
export const MAX_REVIEW_AHEAD_DAYS = 731;

/**
 * The areas a risk will be linked to (already checked to be this
 * partnership's live areas). A lead may keep areas the risk already had but
 * add only areas they lead, and must keep at least one, so a risk never slips
 * out of their hands into someone else's area by mistake.
 */
export function assertRiskAreas(caller: Caller, areaIds: readonly string[], existing: readonly string[]) {
  if (mayManageEveryRisk(caller.scope)) return;
  const added = areaIds.filter((id) => !existing.includes(id));
  if (!added.every((id) => mayManageRisk(caller.scope, [id]))) throw fieldError("areaIds", "You can link a risk only to the priority areas you lead.");
  if (!mayManageRisk(caller.scope, areaIds)) throw fieldError("areaIds", "Keep at least one priority area you lead, or ask the programme office to move the risk.");
}

/** A review is booked for a real day ahead: from `earliest` days after today, and within two years. */
export function assertReviewDate(field: string, date: Date, today: Date, earliest: 0 | 1) {
  const days = daysBetween(today, date);
  if (days < earliest) {
    throw fieldError(field, earliest === 1 ? `Book the next review after today (${formatUkDate(today)}).` : `The next review cannot be before today (${formatUkDate(today)}).`);
  }
  if (days > MAX_REVIEW_AHEAD_DAYS) throw fieldError(field, "Book the next review within two years.");
}

export type Scores = {
  inherentLikelihood: number;
  inherentImpact: number;
  currentLikelihood: number;
  currentImpact: number;
  targetLikelihood: number;
  targetImpact: number;
};

export function scoresOf(row: Scores): Scores {
  return {
    inherentLikelihood: row.inherentLikelihood,
    inherentImpact: row.inherentImpact,
    currentLikelihood: row.currentLikelihood,
    currentImpact: row.currentImpact,
    targetLikelihood: row.targetLikelihood,
    targetImpact: row.targetImpact,
  };
}

export function scoresChanged(a: Scores, b: Scores): boolean {
  const x = scoresOf(a);
  const y = scoresOf(b);
  return (Object.keys(x) as (keyof Scores)[]).some((key) => x[key] !== y[key]);
}

/** One entry of the risk's history, with the scores as they stand after it: the row a mutation writes beside its audit row. */
export function historyEntry(
  partnershipId: string,
  caller: Caller,
  entry: { riskId: string; kind: RiskReviewKind; at: Date; note: string; scores: Scores; nextReviewDate?: Date | null },
) {
  return {
    partnershipId,
    riskId: entry.riskId,
    kind: entry.kind,
    at: entry.at,
    authorUserId: caller.actor.userId,
    authorName: caller.actor.name,
    note: entry.note,
    ...scoresOf(entry.scores),
    nextReviewDate: entry.nextReviewDate ?? null,
  };
}
