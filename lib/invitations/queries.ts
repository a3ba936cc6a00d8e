import "server-only";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { notFoundField } from "@/lib/errors";
import { hashInvitationToken, INVITATION_DAYS, newInvitationToken } from "./token";

const DAY_MS = 86_400_000;

/**
 * Writes an invitation (no authorization, no audit: the caller authorizes and
 * returns the audit entry; lib/invitations/mutations.ts and the operators'
 * first admin). The email is normalised; any live invitation to the same
 * email in the partnership is revoked first (a unique index keeps one live);
 * the token is 32 random bytes, stored only as its sha-256; it expires seven
 * days from now. Areas must be the partnership's own (the foreign key carries
 * the partnership too, so the database refuses another's).
 *
 * Here rather than in mutations.ts: that file exports mutations only (the
 * registry runs each), and this is a part of two of them.
 */
export async function createInvitationRow(
  tx: Tx,
  partnershipId: string,
  input: { email: string; role: Role; areaIds: string[] },
  invitedByUserId: string | null,
): Promise<{ invitationId: string; token: string }> {
  const email = input.email.trim().toLowerCase();
  const areaIds = [...new Set(input.areaIds)];
  if (areaIds.length > 0) {
    const found = await tx.priorityArea.count({ where: { partnershipId, id: { in: areaIds }, archivedAt: null } });
    if (found !== areaIds.length) throw notFoundField("areaIds", "One of those priority areas no longer exists. Reload the page and choose again.");
  }
  const at = now();
  await tx.invitation.updateMany({ where: { partnershipId, email, acceptedAt: null, revokedAt: null }, data: { revokedAt: at } });
  const { token, tokenHash } = newInvitationToken();
  const invitation = await tx.invitation.create({
    data: {
      partnershipId,
      email,
      role: input.role,
      tokenHash,
      expiresAt: new Date(at.getTime() + INVITATION_DAYS * DAY_MS),
      invitedByUserId,
      createdAt: at,
      areas: { create: areaIds.map((priorityAreaId) => ({ priorityAreaId })) },
    },
    select: { id: true },
  });
  return { invitationId: invitation.id, token };
}

const INVITATION_SELECT = {
  id: true,
  partnershipId: true,
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  areas: { select: { priorityAreaId: true, priorityArea: { select: { code: true, title: true } } }, orderBy: { priorityArea: { position: "asc" } } },
  invitedBy: { select: { name: true } },
  partnership: { select: { id: true, slug: true, name: true, archivedAt: true } },
} as const;

/**
 * The invitation a link names, whatever its partnership: the token is the
 * only key a person holding the link has (before any tenant is known). Null
 * for a token nobody issued.
 */
export function getInvitationByToken(token: string) {
  return db.invitation.findFirst({ where: { tokenHash: hashInvitationToken(token) }, select: INVITATION_SELECT });
}
export type InvitationByToken = NonNullable<Awaited<ReturnType<typeof getInvitationByToken>>>;

/** Whether an account already has this email (the invitation's page then asks it to sign in). */
export async function accountExists(email: string): Promise<boolean> {
  return (await db.user.count({ where: { email: email.trim().toLowerCase() } })) > 0;
}

/** The partnership's invitations still waiting: not accepted, not revoked, not expired. Newest first. */
export function listPendingInvitations(partnershipId: string) {
  return db.invitation.findMany({
    where: { partnershipId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now() } },
    select: INVITATION_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}
export type PendingInvitation = Awaited<ReturnType<typeof listPendingInvitations>>[number];
