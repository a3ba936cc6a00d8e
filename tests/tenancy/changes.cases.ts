// Cross-tenant cases for change requests.
import type { TenancyCases } from "./types";

export const changeRequestCases: TenancyCases = {
  "lib/changes/queries.ts#listChangeRequests": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/changes/mutations.ts#raiseChangeRequest": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { actionId: rows.Action, proposedDueDate: new Date("2030-01-01"), reason: "x", impact: "x" }],
  },
  "lib/changes/mutations.ts#decideChangeRequest": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { changeRequestId: rows.ChangeRequest, version: 1, decision: "APPROVED", decisionNote: "x" }],
  },
};
