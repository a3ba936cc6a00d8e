import "server-only";
// What every risk mutation checks with the rows in hand: the risk exists in
// this partnership, the caller may manage it (admins any; a priority lead a
// risk linked to an area they lead), and the areas, actions and owners a form
// names belong to this partnership.
import type { Tx } from "@/lib/db";
import type { Caller } from "@/lib/auth/caller";
import { canOnItem } from "@/lib/auth/permissions";
import { daysBetween, formatUkDate } from "@/lib/dates/format";
import { fieldError, ForbiddenError, NotFoundError, notFoundField } from "@/lib/errors";
import type { RiskReviewKind } from "@/lib/generated/prisma/enums";

export const RISK_NOT_FOUND = "That risk no longer exists, or you do not have access to it.";
/** How far ahead a review may be booked: a register reviewed less than every two years is not being managed. */
export const MAX_REVIEW_AHEAD_DAYS = 731;

export function mayManageRisk(caller: Caller, areaIds: readonly string[]): boolean {
  return canOnItem(caller.scope, "risks.edit", { priorityAreaIds: areaIds });
}

/** A risk's three scores and its review cycle: what managing it checks, and what the register and a risk's page show. */
export const riskScoreSelect = {
  inherentLikelihood: true,
  inherentImpact: true,
  currentLikelihood: true,
  currentImpact: true,
  targetLikelihood: true,
  targetImpact: true,
  reviewFrequency: true,
  nextReviewDate: true,
} as const;

export const riskSelect = {
  id: true,
  code: true,
  title: true,
  version: true,
  state: true,
  escalatedToBoard: true,
  ownerMembershipId: true,
  ownerRole: true,
  ...riskScoreSelect,
  areas: { select: { priorityAreaId: true } },
} as const;

/** The risk, if it is this partnership's and the caller may manage it. */
export async function findRiskToManage(tx: Tx, partnershipId: string, caller: Caller, riskId: string) {
  const risk = await tx.risk.findFirst({ where: { id: riskId, partnershipId }, select: riskSelect });
  if (!risk) throw new NotFoundError(RISK_NOT_FOUND);
  if (!mayManageRisk(caller, risk.areas.map((a) => a.priorityAreaId))) {
    throw new ForbiddenError(`You can manage only risks linked to a priority area you lead, and ${risk.code} is not.`);
  }
  return risk;
}

/**
 * The areas a risk will be linked to. They must be this partnership's live
 * areas; a lead may keep areas the risk already had but add only areas they
 * lead, and must keep at least one, so a risk never slips out of their hands
 * into someone else's area by mistake.
 */
export async function resolveRiskAreas(tx: Tx, partnershipId: string, caller: Caller, areaIds: readonly string[], existing: readonly string[]) {
  const found = await tx.priorityArea.count({ where: { partnershipId, archivedAt: null, id: { in: [...areaIds] } } });
  if (found !== areaIds.length) throw notFoundField("areaIds", "One of the chosen areas no longer exists. Reload the page and choose again.");
  if (caller.scope.role === "ADMIN") return;
  const added = areaIds.filter((id) => !existing.includes(id));
  if (!added.every((id) => mayManageRisk(caller, [id]))) throw fieldError("areaIds", "You can link a risk only to the priority areas you lead.");
  if (!mayManageRisk(caller, areaIds)) throw fieldError("areaIds", "Keep at least one priority area you lead, or ask the programme office to move the risk.");
}

/** Plan actions named by their codes, live and in this partnership; their ids. */
export async function resolveActionCodes(tx: Tx, partnershipId: string, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const actions = await tx.action.findMany({ where: { partnershipId, archivedAt: null, code: { in: [...codes] } }, select: { id: true, code: true } });
  const unknown = codes.filter((code) => !actions.some((a) => a.code === code));
  if (unknown.length) throw fieldError("actionCodes", `No live action has the code ${unknown.join(", ")}. Check the codes on the plan.`);
  return actions.map((a) => a.id);
}

export async function assertOwner(tx: Tx, partnershipId: string, membershipId: string | undefined) {
  if (!membershipId) return;
  const owner = await tx.membership.findFirst({ where: { id: membershipId, partnershipId }, select: { id: true } });
  if (!owner) throw notFoundField("ownerMembershipId", "That member is no longer in this partnership. Choose another owner.");
}

/** A review is booked for a real day ahead: from `earliest` days after today, and within two years. */
export function assertReviewDate(field: string, date: Date, today: Date, earliest: 0 | 1) {
  const days = daysBetween(today, date);
  if (days < earliest) {
    throw fieldError(field, earliest === 1 ? `Book the next review after today (${formatUkDate(today)}).` : `The next review cannot be before today (${formatUkDate(today)}).`);
  }
  if (days > MAX_REVIEW_AHEAD_DAYS) throw fieldError(field, "Book the next review within two years.");
}

type Scores = {
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

/** Appends one entry to the risk's history, with the scores as they stand after it. */
export async function recordHistory(
  tx: Tx,
  partnershipId: string,
  caller: Caller,
  entry: { riskId: string; kind: RiskReviewKind; at: Date; note: string; scores: Scores; nextReviewDate?: Date | null },
) {
  await tx.riskReview.create({
    data: {
      partnershipId,
      riskId: entry.riskId,
      kind: entry.kind,
      at: entry.at,
      authorUserId: caller.actor.userId,
      authorName: caller.actor.name,
      note: entry.note,
      ...scoresOf(entry.scores),
      nextReviewDate: entry.nextReviewDate ?? null,
    },
  });
}
