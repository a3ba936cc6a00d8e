// Plan tracking: each mutation once, with a valid input (change requests: changes.cases.ts; KPIs: kpis.cases.ts).
import { db } from "../support/db";
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
};
