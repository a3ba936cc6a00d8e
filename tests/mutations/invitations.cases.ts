// Invitations, each written once in Derby City as its admin; every email is
// new to the run (numbered), so a second run over the same database writes anew.
import { createInvitationRow } from "@/lib/invitations/queries";
import { db } from "../support/db";
import type { Context, MutationCases } from "./types";

const email = (context: Context, what: string) => `registry-${what}-${context.next()}-${Date.now()}@derby-city.test`;

async function pending(context: Context, what: string) {
  return db.$transaction((tx) => createInvitationRow(tx, context.partnershipId, { email: email(context, what), role: "VIEWER", areaIds: [] }, null));
}

export const invitationCases: MutationCases = {
  "lib/invitations/mutations.ts#inviteMember": async (context) => ({ email: email(context, "invite"), role: "VIEWER", areaIds: [] }),
  "lib/invitations/mutations.ts#revokeInvitation": async (context) => ({ invitationId: (await pending(context, "revoke")).invitationId }),
  "lib/invitations/mutations.ts#resendInvitation": async (context) => ({ invitationId: (await pending(context, "resend")).invitationId }),
  // A new person's acceptance (the registry's caller is the admin; the account made is the input's).
  "lib/invitations/mutations.ts#acceptInvitation": async (context) => {
    const { token } = await pending(context, "accept");
    return { token, newAccount: { userId: `registry-user-${context.next()}-${Date.now()}`, name: "Registry Invitee", passwordHash: null } };
  },
};
