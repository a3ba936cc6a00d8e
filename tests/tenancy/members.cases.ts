// Cross-tenant cases for the members pages' reads and the member writes:
// asked for from Derby City (or as its admin) naming Derbyshire's members.
import { db } from "../support/db";
import type { Ids, Rows, TenancyCases } from "./types";

/** A Derbyshire member who leads an action, so their holdings are Derbyshire data to find (or not). */
async function derbyshireLead() {
  const action = await db.action.findFirstOrThrow({ where: { partnership: { slug: "derbyshire" }, leadMembershipId: { not: null } }, select: { leadMembershipId: true } });
  return action.leadMembershipId!;
}

const asDerbyCityAdmin = (ids: Ids, input: Record<string, unknown>) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, input];

export const memberCases: TenancyCases = {
  "lib/members/queries.ts#listMembers": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/members/queries.ts#getMemberRow": { kind: "tenant", args: (partnershipId, rows: Rows) => [partnershipId, rows.Membership], empty: true },
  // Derbyshire's sample member may hold nothing: the lead of an action is asked for instead.
  "lib/members/queries.ts#getMemberHoldings": { kind: "tenant", args: async (partnershipId) => [partnershipId, await derbyshireLead()] },
  "lib/members/mutations.ts#updateMember": { kind: "mutation", args: (ids, rows) => asDerbyCityAdmin(ids, { membershipId: rows.Membership, role: "VIEWER", areaIds: [] }) },
  "lib/members/mutations.ts#removeMember": { kind: "mutation", args: (ids, rows) => asDerbyCityAdmin(ids, { membershipId: rows.Membership, successorMembershipId: null }) },
};
