// Callers built from real seeded memberships, as the server builds them.
import { callerOf, type Caller } from "@/lib/auth/caller";
import { db } from "./db";

export async function callerFor(email: string, slug: string): Promise<Caller> {
  const membership = await db.membership.findFirstOrThrow({
    where: { user: { email }, partnership: { slug } },
    select: {
      id: true,
      role: true,
      jobTitle: true,
      user: { select: { id: true, name: true } },
      areas: { select: { priorityAreaId: true } },
      partnership: { select: { advisorDashboardAccess: true } },
    },
  });
  return callerOf({
    scope: {
      role: membership.role,
      areaIds: membership.areas.map((a) => a.priorityAreaId),
      membershipId: membership.id,
      advisorDashboardAccess: membership.partnership.advisorDashboardAccess,
    },
    user: { userId: membership.user.id, name: membership.user.name },
    jobTitle: membership.jobTitle,
  });
}

export async function partnershipId(slug: string): Promise<string> {
  return (await db.partnership.findFirstOrThrow({ where: { slug }, select: { id: true } })).id;
}
