import "server-only";
import type { Caller } from "@/lib/auth/caller";
import { db, type Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { mayManageRisk } from "./access";
import { RISK_NOT_FOUND } from "./rules";

/** A risk's three scores and its review cycle: what managing it checks, and what the register and a risk's page show. */
const riskScoreSelect = {
  inherentLikelihood: true,
  inherentImpact: true,
  currentLikelihood: true,
  currentImpact: true,
  targetLikelihood: true,
  targetImpact: true,
  reviewFrequency: true,
  nextReviewDate: true,
} as const;

const owner = { select: { user: { select: { name: true } } } } as const;
/** The three scores, the review cycle and how the risk ended: what the register and a risk's page both show. */
const scoresAndReview = {
  ...riskScoreSelect,
  lastReviewedAt: true,
  closedAt: true,
  closedReason: true,
  provenance: true,
} as const;
const scoreHistory = { orderBy: { at: "asc" }, select: { at: true, currentLikelihood: true, currentImpact: true } } as const;

/** Every risk on the register, open and closed, with what the table, filters, heat map and export need. */
export async function listRisks(partnershipId: string) {
  return db.risk.findMany({
    where: { partnershipId },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      title: true,
      cause: true,
      effect: true,
      controls: true,
      state: true,
      escalatedToBoard: true,
      ownerRole: true,
      owner,
      ...scoresAndReview,
      areas: { select: { priorityArea: { select: { id: true, code: true } } } },
      actions: { select: { action: { select: { id: true, code: true } } } },
      mitigations: { orderBy: { position: "asc" }, select: { text: true, state: true, dueDate: true, ownerRole: true, owner } },
      reviews: scoreHistory,
    },
  });
}

export type RiskListItem = Awaited<ReturnType<typeof listRisks>>[number];

/** One risk with its mitigations and its whole history, for its page and its edit form. */
export async function getRiskDetail(partnershipId: string, riskId: string) {
  return db.risk.findFirst({
    where: { id: riskId, partnershipId },
    select: {
      id: true,
      code: true,
      title: true,
      cause: true,
      effect: true,
      controls: true,
      state: true,
      version: true,
      escalatedToBoard: true,
      escalatedAt: true,
      escalationNote: true,
      ownerMembershipId: true,
      ownerRole: true,
      owner,
      ...scoresAndReview,
      createdAt: true,
      areas: { select: { priorityArea: { select: { id: true, code: true, title: true } } } },
      actions: { select: { action: { select: { id: true, code: true, title: true, archivedAt: true } } } },
      mitigations: {
        orderBy: { position: "asc" },
        select: { id: true, text: true, state: true, dueDate: true, version: true, ownerMembershipId: true, ownerRole: true, owner, completedAt: true, completionNote: true },
      },
      reviews: {
        orderBy: { at: "desc" },
        select: {
          id: true,
          kind: true,
          at: true,
          authorName: true,
          note: true,
          currentLikelihood: true,
          currentImpact: true,
          inherentLikelihood: true,
          inherentImpact: true,
          targetLikelihood: true,
          targetImpact: true,
          nextReviewDate: true,
        },
      },
    },
  });
}

export type RiskDetail = NonNullable<Awaited<ReturnType<typeof getRiskDetail>>>;

/** The risks linked to one plan action, for the action's page. */
export async function listRisksForAction(partnershipId: string, actionId: string) {
  return db.risk.findMany({
    where: { partnershipId, actions: { some: { partnershipId, actionId } } },
    orderBy: [{ state: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      title: true,
      state: true,
      escalatedToBoard: true,
      currentLikelihood: true,
      currentImpact: true,
      nextReviewDate: true,
      reviews: scoreHistory,
    },
  });
}

/** Open risks as the board dashboard ranks and maps them. */
export async function listOpenRisksForBoard(partnershipId: string, client: Tx = db) {
  return client.risk.findMany({
    where: { partnershipId, state: "OPEN" },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      title: true,
      escalatedToBoard: true,
      ownerRole: true,
      owner,
      currentLikelihood: true,
      currentImpact: true,
      targetLikelihood: true,
      targetImpact: true,
      nextReviewDate: true,
      provenance: true,
      areas: { select: { priorityArea: { select: { id: true, code: true } } } },
      reviews: scoreHistory,
    },
  });
}

export type BoardRiskRow = Awaited<ReturnType<typeof listOpenRisksForBoard>>[number];

/**
 * Open risks whose review is due by `today`, for a member's My updates: those
 * linked to the areas they lead (everything, for the programme office).
 */
export async function listRisksDueForReview(partnershipId: string, areaIds: readonly string[], today: Date, everything = false) {
  return db.risk.findMany({
    where: {
      partnershipId,
      state: "OPEN",
      nextReviewDate: { lte: today },
      ...(everything ? {} : { areas: { some: { partnershipId, priorityAreaId: { in: [...areaIds] } } } }),
    },
    orderBy: [{ nextReviewDate: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      title: true,
      version: true,
      currentLikelihood: true,
      currentImpact: true,
      reviewFrequency: true,
      nextReviewDate: true,
      lastReviewedAt: true,
      escalatedToBoard: true,
      areas: { select: { priorityArea: { select: { code: true } } } },
      reviews: scoreHistory,
    },
  });
}

/** The risk, inside a mutation's transaction, if it is this partnership's and the caller may manage it. */
export async function requireRiskToManage(tx: Tx, partnershipId: string, caller: Caller, riskId: string) {
  const risk = await tx.risk.findFirst({
    where: { id: riskId, partnershipId },
    select: {
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
    },
  });
  if (!risk) throw new NotFoundError(RISK_NOT_FOUND);
  if (
    !mayManageRisk(
      caller.scope,
      risk.areas.map((a) => a.priorityAreaId),
    )
  ) {
    throw new ForbiddenError(`You can manage only risks linked to a priority area you lead, and ${risk.code} is not.`);
  }
  return risk;
}

/** A mitigation, inside a mutation's transaction, if its risk is this partnership's and the caller may manage it. */
export async function requireMitigationToManage(tx: Tx, partnershipId: string, caller: Caller, id: string) {
  const mitigation = await tx.riskMitigation.findFirst({
    where: { id, partnershipId },
    select: {
      id: true,
      text: true,
      state: true,
      dueDate: true,
      version: true,
      ownerMembershipId: true,
      ownerRole: true,
      risk: { select: { id: true, code: true, title: true, areas: { select: { priorityAreaId: true } } } },
    },
  });
  if (!mitigation) throw new NotFoundError("That mitigation no longer exists, or you do not have access to it.");
  if (
    !mayManageRisk(
      caller.scope,
      mitigation.risk.areas.map((a) => a.priorityAreaId),
    )
  ) {
    throw new ForbiddenError(`You can manage mitigations only of risks linked to a priority area you lead, and ${mitigation.risk.code} is not.`);
  }
  return mitigation;
}
