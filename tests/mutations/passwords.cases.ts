// An admin's writes to how a member signs in, in Derby City as its admin, on
// its viewer (who keeps their password: the link removed is one the case adds).
import { randomUUID } from "node:crypto";
import { db } from "../support/db";
import type { MutationCases } from "./types";

const viewer = (partnershipId: string) =>
  db.membership.findFirstOrThrow({ where: { partnershipId, user: { email: "viewer@derby-city.demo" } }, select: { id: true, userId: true } });

export const passwordCases: MutationCases = {
  "lib/passwords/mutations.ts#issuePasswordReset": async ({ partnershipId }) => ({ membershipId: (await viewer(partnershipId)).id, mailed: false }),
  "lib/passwords/mutations.ts#removeOidcLink": async ({ partnershipId }) => {
    const member = await viewer(partnershipId);
    const link = await db.oidcAccount.create({ data: { userId: member.userId, issuer: "https://registry.example.gov.uk", subject: randomUUID() }, select: { id: true } });
    return { membershipId: member.id, oidcAccountId: link.id };
  },
};
