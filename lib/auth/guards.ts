import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { statusLabels, type StatusLabels } from "@/lib/plan/status";
import { canOnItem, type Scope } from "./permissions";
import { getMembershipBySlug, type MembershipRow } from "./queries";
import { getSession, type SessionUser } from "./session";

export type MemberContext = {
  user: SessionUser;
  partnershipId: string;
  partnership: { id: string; slug: string; name: string; advisorDashboardAccess: boolean };
  labels: StatusLabels;
  membershipId: string;
  role: Role;
  jobTitle: string | null;
  scope: Scope;
  /** The person belongs to more than one partnership ("Switch partnership"). */
  hasOtherPartnerships: boolean;
};

export const requireUser = cache(async (): Promise<SessionUser> => {
  const user = await getSession();
  if (!user) redirect("/login");
  return user;
});

/** The member context of a membership row loaded by one of the membership queries. */
export function memberContext(user: SessionUser, membership: MembershipRow): MemberContext {
  const areaIds = membership.areas.map((a) => a.priorityAreaId);
  return {
    user,
    partnershipId: membership.partnership.id,
    partnership: membership.partnership,
    labels: statusLabels(membership.partnership.statusLabels),
    membershipId: membership.id,
    role: membership.role,
    jobTitle: membership.jobTitle,
    scope: {
      role: membership.role,
      areaIds,
      membershipId: membership.id,
      advisorDashboardAccess: membership.partnership.advisorDashboardAccess,
    },
    hasOtherPartnerships: membership.user._count.memberships > 1,
  };
}

async function loadMember(slug: string): Promise<MemberContext | null> {
  const user = await getSession();
  if (!user) return null;
  const membership = await getMembershipBySlug(user.userId, slug);
  return membership ? memberContext(user, membership) : null;
}

/**
 * For pages under /p/[slug]: the signed-in member of that partnership.
 * Not signed in → the sign-in page; not a member (or no such partnership) →
 * 404, never a 403 that would confirm the partnership exists.
 */
export const requireMembership = cache(async (slug: string): Promise<MemberContext> => {
  await requireUser();
  const member = await loadMember(slug);
  if (!member) notFound();
  return member;
});

/** For server actions: the member, or null (the action answers "not found"). */
export const getMember = cache(loadMember);

/** Reading the live plan and dashboard: advisors only where the partnership allows it. */
export function canReadLive(member: MemberContext): boolean {
  return canOnItem(member.scope, "dashboard.read");
}
