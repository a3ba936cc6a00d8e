// The member as pages, loaders and rules take them, built from a membership
// row: pure, so the digests' worker and the command line (which have no
// request, and cannot import lib/auth/guards' Next navigation) build it too.
import type { Role } from "@/lib/generated/prisma/enums";
import { statusLabels, type StatusLabels } from "@/lib/plan/status";
import type { Scope } from "./permissions";
import type { MembershipRow } from "./queries";
import type { SessionUser } from "./session";

export type MemberContext = {
  user: SessionUser;
  partnershipId: string;
  partnership: { id: string; slug: string; name: string; advisorDashboardAccess: boolean; archivedAt: Date | null };
  labels: StatusLabels;
  membershipId: string;
  role: Role;
  jobTitle: string | null;
  scope: Scope;
  /** The person belongs to more than one partnership ("Switch partnership"). */
  hasOtherPartnerships: boolean;
};

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
