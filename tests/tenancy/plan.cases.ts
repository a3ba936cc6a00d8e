// Cross-tenant cases for plan tracking (change requests: changes.cases.ts).
import { db } from "../support/db";
import type { TenancyCases } from "./types";

export const planCases: TenancyCases = {
  "lib/plan/queries.ts#getPlanSettings": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/plan/queries.ts#getActionDetail": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Action], empty: true },
  "lib/plan/queries.ts#listActionsForMember": {
    kind: "tenant",
    // Derbyshire's lead and the area they lead, whichever partnership id is passed.
    args: async (partnershipId) => {
      const lead = await db.membership.findFirstOrThrow({
        where: { user: { email: "lead@derbyshire.demo" } },
        select: { id: true, areas: { select: { priorityAreaId: true } } },
      });
      return [partnershipId, lead.id, lead.areas.map((a) => a.priorityAreaId)];
    },
    empty: true,
  },
  "lib/dashboard/queries.ts#getDashboard": { kind: "tenant", args: (partnershipId) => [partnershipId, new Date("2025-09-30")] },
  "lib/plan/mutations.ts#correctDueDate": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { actionId: rows.Action, version: 1, dueDate: new Date("2030-01-01"), reason: "Cross-tenant write" }],
  },
  "lib/plan/mutations.ts#updateActionStatus": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { actionId: rows.Action, version: 1, status: "OFF_TRACK", commentary: "Cross-tenant write" }],
  },
  "lib/plan/mutations.ts#recordMilestoneOutcome": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { occurrenceId: rows.MilestoneOccurrence, version: 1, outcome: "MET", note: "Cross-tenant write" }],
  },
};
