import "server-only";
import type { Tx } from "@/lib/db";
import { notFoundField } from "@/lib/errors";

/** A member a form names (an owner, a lead) belongs to this partnership; otherwise the form's error next to `field`. Nothing named, nothing to check. */
export async function requireMember(tx: Tx, partnershipId: string, membershipId: string | undefined, field = "ownerMembershipId"): Promise<void> {
  if (!membershipId) return;
  const member = await tx.membership.findFirst({ where: { id: membershipId, partnershipId }, select: { id: true } });
  if (!member) throw notFoundField(field, "That member is no longer in this partnership. Choose another owner.");
}
