import "server-only";
import type { Actor } from "@/lib/audit/mutation";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import { fieldError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { mayManageInvitations } from "./access";
import { closedState, CLOSED_MESSAGES } from "./compute";
import { createInvitationRow } from "./queries";
import type { InvitationIdInput, InviteMemberInput } from "./schema";
import { hashInvitationToken } from "./token";

async function refuseUnlessAdmin(tx: Tx, partnershipId: string, caller: Caller, invitationId?: string) {
  const invitation = invitationId
    ? await tx.invitation.findFirst({
        where: { id: invitationId, partnershipId },
        select: { id: true, email: true, role: true, acceptedAt: true, revokedAt: true, expiresAt: true, areas: { select: { priorityAreaId: true } } },
      })
    : null;
  if (invitationId && !invitation) throw new NotFoundError("That invitation no longer exists. Reload the members page.");
  if (!mayManageInvitations(caller.scope)) throw new ForbiddenError("Only the programme office invites people and manages invitations.");
  const partnership = await tx.partnership.findFirst({ where: { id: partnershipId }, select: { name: true } });
  if (!partnership) throw new NotFoundError();
  return { invitation, partnershipName: partnership.name };
}

/** Invite a person by email, with a role and, for leads and contributors, their areas. The link is delivered by the action (deliver.ts). */
export const inviteMember = mutation(async (tx, partnershipId, caller: Caller, input: InviteMemberInput) => {
  const { partnershipName } = await refuseUnlessAdmin(tx, partnershipId, caller);
  const member = await tx.membership.findFirst({ where: { partnershipId, user: { email: input.email } }, select: { id: true } });
  if (member) throw fieldError("email", "This person is already a member of the partnership. Change their role on their member page instead.");
  const { invitationId, token } = await createInvitationRow(tx, partnershipId, input, caller.actor.userId);
  const after = { email: input.email, role: input.role, areaIds: input.areaIds };
  return { result: { invitationId, token, partnershipName, ...after }, audit: { kind: "Invitation", verb: "create", entityId: invitationId, after } };
});

/** Revoke a pending invitation: its link stops working at once. */
export const revokeInvitation = mutation(async (tx, partnershipId, caller: Caller, input: InvitationIdInput) => {
  const invitation = (await refuseUnlessAdmin(tx, partnershipId, caller, input.invitationId)).invitation!;
  const revoked = await tx.invitation.updateMany({
    where: { id: invitation.id, partnershipId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now() },
  });
  if (revoked.count === 0)
    throw new ValidationError(`The invitation to ${invitation.email} was already ${invitation.acceptedAt ? "accepted" : "revoked"}. Reload the members page.`);
  return { result: { email: invitation.email }, audit: { kind: "Invitation", verb: "revoke", entityId: invitation.id, before: { email: invitation.email } } };
});

/** Send an invitation again: a new link, seven days from now; the old link dies (its row is revoked). */
export const resendInvitation = mutation(async (tx, partnershipId, caller: Caller, input: InvitationIdInput) => {
  const { invitation: found, partnershipName } = await refuseUnlessAdmin(tx, partnershipId, caller, input.invitationId);
  const old = found!;
  if (old.acceptedAt) throw new ValidationError(`${old.email} has already accepted this invitation.`);
  const areaIds = old.areas.map((a) => a.priorityAreaId);
  const { invitationId, token } = await createInvitationRow(tx, partnershipId, { email: old.email, role: old.role, areaIds }, caller.actor.userId);
  const after = { email: old.email, role: old.role, areaIds, replaces: old.id };
  return { result: { invitationId, token, partnershipName, ...after }, audit: { kind: "Invitation", verb: "resend", entityId: invitationId, after } };
});

/**
 * The person accepting an invitation: not yet a member, so no scope. The
 * link's token is their authority, checked in the write; the actor is the
 * signed-in user, or the account this acceptance makes (its id chosen before
 * the transaction, so the audit row names them).
 */
export type InviteeCaller = { actor: Actor & { userId: string } };

export type AcceptInput = {
  token: string;
  /** A new person's account, made with the membership (its id is the actor's); null for the signed-in user. */
  newAccount: { userId: string; name: string; passwordHash: string | null; oidc?: { issuer: string; subject: string } } | null;
};

/**
 * Accept an invitation: single use, settled by the database (one conditional
 * UPDATE claims it; a second acceptance racing it finds it taken). Makes the
 * account for a new person, or checks the signed-in account has the invited
 * email; then the membership with the invitation's role and areas.
 */
export const acceptInvitation = mutation(async (tx, partnershipId, caller: InviteeCaller, input: AcceptInput) => {
  const tokenHash = hashInvitationToken(input.token);
  const invitation = await tx.invitation.findFirst({
    where: { tokenHash, partnershipId },
    select: { id: true, email: true, role: true, areas: { select: { priorityAreaId: true } } },
  });
  if (!invitation) throw new NotFoundError("This invitation link is not one Stocktake issued.");
  const at = now();
  const claimed = await tx.invitation.updateMany({
    where: { id: invitation.id, partnershipId, acceptedAt: null, revokedAt: null, expiresAt: { gt: at } },
    data: { acceptedAt: at },
  });
  if (claimed.count === 0) {
    const row = await tx.invitation.findFirst({ where: { id: invitation.id, partnershipId }, select: { acceptedAt: true, revokedAt: true, expiresAt: true } });
    throw new ValidationError(CLOSED_MESSAGES[closedState(row!, at) ?? "used"]);
  }
  const userId = input.newAccount?.userId ?? caller.actor.userId;
  if (input.newAccount) {
    if (await tx.user.findFirst({ where: { email: invitation.email }, select: { id: true } })) {
      throw new ValidationError("An account with this email already exists: sign in with it, then open the invitation again.");
    }
    await tx.user.create({ data: { id: userId, email: invitation.email, name: input.newAccount.name, passwordHash: input.newAccount.passwordHash, lastSignInAt: at } });
    // "Continue with <provider>": the subject is linked to the new account, never matched by email.
    if (input.newAccount.oidc) await tx.oidcAccount.create({ data: { userId, issuer: input.newAccount.oidc.issuer, subject: input.newAccount.oidc.subject } });
  } else {
    const user = await tx.user.findFirst({ where: { id: userId }, select: { email: true } });
    if (user?.email !== invitation.email) throw new ForbiddenError(CLOSED_MESSAGES["wrong-account"]);
  }
  if (await tx.membership.findFirst({ where: { partnershipId, userId }, select: { id: true } })) {
    throw new ValidationError("You are already a member of this partnership.");
  }
  const areaIds = invitation.areas.map((a) => a.priorityAreaId);
  const membership = await tx.membership.create({
    data: { partnershipId, userId, role: invitation.role, areas: { create: areaIds.map((priorityAreaId) => ({ priorityAreaId })) } },
    select: { id: true },
  });
  return {
    result: { membershipId: membership.id, userId },
    audit: {
      kind: "Invitation",
      verb: "accept",
      entityId: invitation.id,
      after: { email: invitation.email, role: invitation.role, areaIds, membershipId: membership.id, newAccount: input.newAccount !== null },
    },
  };
});
