// Member writes, each once in Derby City as its admin, on a member made for
// the case (a fresh account), so the demo's members are the same after the run.
import { db } from "../support/db";
import type { Context, MutationCases } from "./types";

async function newMember(context: Context, what: string) {
  const n = context.next();
  const user = await db.user.create({ data: { email: `registry-${what}-${n}-${Date.now()}@derby-city.test`, name: `Registry ${what} ${n}` }, select: { id: true } });
  return db.membership.create({ data: { partnershipId: context.partnershipId, userId: user.id, role: "VIEWER" }, select: { id: true } });
}

export const memberCases: MutationCases = {
  "lib/members/mutations.ts#updateMember": async (context) => ({ membershipId: (await newMember(context, "role")).id, role: "BOARD", areaIds: [] }),
  "lib/members/mutations.ts#removeMember": async (context) => ({ membershipId: (await newMember(context, "remove")).id, successorMembershipId: null }),
};
