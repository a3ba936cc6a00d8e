// A member's choice of email reminders, written once each: the admin's own
// choice saved as it is (Derby City's demo data keeps its value), and an
// unsubscribe link's one-click POST in a partnership of its own, by the member
// the link names (no session).
import { db } from "../support/db";
import { ownPartnership } from "../support/own-partnership";
import { elsewhere, type MutationCases } from "./types";

export const digestCases: MutationCases = {
  "lib/digests/mutations.ts#saveDigestFrequency": async (context) => {
    const membershipId = context.admin.scope.membershipId;
    const { digestFrequency } = await db.membership.findFirstOrThrow({ where: { id: membershipId }, select: { digestFrequency: true } });
    return { membershipId, frequency: digestFrequency };
  },
  "lib/digests/mutations.ts#unsubscribeMember": async () => {
    const own = await ownPartnership("registry-unsubscribe");
    const member = await db.membership.findFirstOrThrow({
      where: { id: own.membershipIds.lead },
      select: { digestTokenVersion: true, user: { select: { id: true, name: true } } },
    });
    const caller = { unsubscribing: true, actor: { userId: member.user.id, name: member.user.name } };
    return elsewhere(own.id, caller, { membershipId: own.membershipIds.lead, version: member.digestTokenVersion, via: "one-click unsubscribe" });
  },
};
