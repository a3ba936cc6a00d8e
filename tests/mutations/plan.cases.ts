// Plan tracking and change requests: each mutation once, with a valid input (KPIs: kpis.cases.ts).
import { db } from "../support/db";
import { parseIsoDate } from "@/lib/dates/format";
import { raiseChangeRequest } from "@/lib/changes/mutations";
import type { MutationCases } from "./types";

const liveAction = (partnershipId: string) =>
  db.action.findFirstOrThrow({ where: { partnershipId, archivedAt: null }, orderBy: { code: "asc" }, select: { id: true, version: true, code: true } });

export const planCases: MutationCases = {
  "lib/plan/mutations.ts#updateActionStatus": async ({ partnershipId }) => {
    const action = await liveAction(partnershipId);
    return { actionId: action.id, version: action.version, status: "AT_RISK", commentary: "Registry test: one audit row." };
  },
  "lib/plan/mutations.ts#recordMilestoneOutcome": async ({ partnershipId }) => {
    const occurrence = await db.milestoneOccurrence.findFirstOrThrow({
      where: { partnershipId, state: "PENDING", milestone: { archivedAt: null, action: { archivedAt: null } } },
      select: { id: true, version: true },
    });
    return { occurrenceId: occurrence.id, version: occurrence.version, outcome: "MET", note: "Registry test." };
  },
  "lib/changes/mutations.ts#raiseChangeRequest": async ({ partnershipId }) => {
    const action = await db.action.findFirstOrThrow({ where: { partnershipId, archivedAt: null, changeRequests: { none: { state: "PENDING", milestoneId: null } } }, select: { id: true } });
    return { actionId: action.id, proposedDueDate: parseIsoDate("2027-06-30"), reason: "Registry test.", impact: "None." };
  },
  "lib/changes/mutations.ts#decideChangeRequest": async ({ partnershipId, admin }) => {
    const action = await db.action.findFirstOrThrow({ where: { partnershipId, archivedAt: null, changeRequests: { none: { state: "PENDING", milestoneId: null } } }, select: { id: true } });
    const { changeRequestId } = await raiseChangeRequest(partnershipId, admin, { actionId: action.id, scopeChange: "Registry test.", reason: "Registry test.", impact: "None." });
    return { changeRequestId, version: 1, decision: "REJECTED", decisionNote: "Registry test." };
  },
};
