// Change requests: each mutation once, with a valid input.
import { db } from "../support/db";
import { parseIsoDate } from "@/lib/dates/format";
import { raiseChangeRequest } from "@/lib/changes/mutations";
import type { MutationCases } from "./types";

/** A live action with no request awaiting the board for the action itself (one may wait per item). */
const actionWithoutPending = (partnershipId: string) =>
  db.action.findFirstOrThrow({ where: { partnershipId, archivedAt: null, changeRequests: { none: { state: "PENDING", milestoneId: null } } }, select: { id: true } });

export const changeRequestCases: MutationCases = {
  "lib/changes/mutations.ts#raiseChangeRequest": async ({ partnershipId }) => {
    const action = await actionWithoutPending(partnershipId);
    return { actionId: action.id, proposedDueDate: parseIsoDate("2027-06-30"), reason: "Registry test.", impact: "None." };
  },
  "lib/changes/mutations.ts#decideChangeRequest": async ({ partnershipId, admin }) => {
    const action = await actionWithoutPending(partnershipId);
    const { changeRequestId } = await raiseChangeRequest(partnershipId, admin, { actionId: action.id, scopeChange: "Registry test.", reason: "Registry test.", impact: "None." });
    return { changeRequestId, version: 1, decision: "REJECTED", decisionNote: "Registry test." };
  },
};
