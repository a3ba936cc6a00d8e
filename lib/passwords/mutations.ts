import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { memberDisplayName } from "@/lib/people/names";
import { mayManageSignIn } from "./access";
import { isLastWayIn, LAST_WAY_IN } from "./compute";
import type { IssuePasswordResetInput, RemoveOidcLinkInput } from "./schema";
import { newResetToken, RESET_MINUTES } from "./token";

// An admin acts on how a member signs in. The person (User) belongs to no
// partnership, so every write starts from the membership in the admin's own
// partnership: a membership id of another partnership is not found, before
// any rule, and nothing of that person is touched.

const FORBIDDEN = "Only the programme office manages how members sign in.";

/** The member as this partnership knows them, with the user row locked: two removals at once cannot both pass the last-way rule. */
async function memberOf(tx: Tx, partnershipId: string, caller: Caller, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, partnershipId },
    select: { id: true, jobTitle: true, userId: true, user: { select: { name: true, email: true } } },
  });
  if (!membership) throw new NotFoundError();
  if (!mayManageSignIn(caller.scope)) throw new ForbiddenError(FORBIDDEN);
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${membership.userId} FOR UPDATE`;
  return membership;
}

/**
 * A reset link for a member, issued by an admin (when mail is not set up, or
 * the person cannot receive it): the page shows it once, or the action mails
 * it. Works for a person with no password yet (OpenID Connect only).
 */
export const issuePasswordReset = mutation(async (tx, partnershipId, caller: Caller, input: IssuePasswordResetInput & { mailed: boolean }) => {
  const member = await memberOf(tx, partnershipId, caller, input.membershipId);
  const { token, tokenHash } = newResetToken();
  await tx.passwordReset.create({
    data: { userId: member.userId, tokenHash, expiresAt: new Date(now().getTime() + RESET_MINUTES * 60_000), issuedByUserId: caller.actor.userId },
  });
  const name = memberDisplayName(member);
  return {
    result: { token, email: member.user.email, name: member.user.name },
    audit: { kind: "SignIn", verb: "issue password reset", entityId: member.id, after: { member: name, mailed: input.mailed } },
  };
});

/** Removes one OpenID Connect link of a member, unless it is their only way to sign in. */
export const removeOidcLink = mutation(async (tx, partnershipId, caller: Caller, input: RemoveOidcLinkInput) => {
  const member = await memberOf(tx, partnershipId, caller, input.membershipId);
  const [user, links] = await Promise.all([
    tx.user.findFirst({ where: { id: member.userId }, select: { passwordHash: true } }),
    tx.oidcAccount.findMany({ where: { userId: member.userId }, select: { id: true, issuer: true, subject: true } }),
  ]);
  const link = links.find((l) => l.id === input.oidcAccountId);
  if (!link) throw new NotFoundError("That OpenID Connect link no longer exists: it may have been removed already.");
  if (isLastWayIn(Boolean(user?.passwordHash), links.length)) throw new ValidationError(LAST_WAY_IN);
  await tx.oidcAccount.deleteMany({ where: { id: link.id, userId: member.userId } });
  return {
    result: { removed: link.id },
    audit: { kind: "SignIn", verb: "remove OpenID Connect link", entityId: member.id, before: { member: memberDisplayName(member), issuer: link.issuer, subject: link.subject } },
  };
});
