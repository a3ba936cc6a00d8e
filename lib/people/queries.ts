import "server-only";
import { db, type Tx } from "@/lib/db";
import { LEAD_MEMBER_ROLES } from "@/lib/plan/access";
import { notFoundField } from "@/lib/errors";

/** A member a form names (an owner, a lead) belongs to this partnership; otherwise the form's error next to `field`. Nothing named, nothing to check. */
export async function requireMember(tx: Tx, partnershipId: string, membershipId: string | undefined, field = "ownerMembershipId"): Promise<void> {
  if (!membershipId) return;
  const member = await tx.membership.findFirst({ where: { id: membershipId, partnershipId }, select: { id: true } });
  if (!member) throw notFoundField(field, "That member is no longer in this partnership. Choose another owner.");
}

/** The members who may lead an action or own a KPI or risk (the plan's lead roles), by name: the choices a form offers. */
export async function listMembersForLead(partnershipId: string) {
  return db.membership.findMany({
    where: { partnershipId, role: { in: LEAD_MEMBER_ROLES } },
    orderBy: { user: { name: "asc" } },
    select: { id: true, role: true, jobTitle: true, user: { select: { name: true } } },
  });
}
