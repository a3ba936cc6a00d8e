import "server-only";
import { db } from "@/lib/db";

/** For sign-in only: the one lookup by email. */
export function getUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
}

/** OpenID Connect accounts link by the provider's immutable subject, never by email. */
export function getUserByOidcSubject(issuer: string, subject: string) {
  return db.oidcAccount.findUnique({
    where: { issuer_subject: { issuer, subject } },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
}

/**
 * The signed-in user's membership of the partnership with this slug, or null.
 * This is where the tenant is resolved: every partnershipId used afterwards
 * comes from the membership returned here, never from the request.
 */
export function getMembershipBySlug(userId: string, slug: string) {
  return db.membership.findFirst({
    where: { userId, partnership: { slug } },
    select: {
      id: true,
      role: true,
      jobTitle: true,
      areas: { select: { priorityAreaId: true } },
      partnership: {
        select: { id: true, slug: true, name: true, statusLabels: true, advisorDashboardAccess: true },
      },
    },
  });
}

export function listMembershipsForUser(userId: string) {
  return db.membership.findMany({
    where: { userId },
    orderBy: { partnership: { name: "asc" } },
    select: { role: true, jobTitle: true, partnership: { select: { slug: true, name: true, localAuthority: true } } },
  });
}

export function countMembershipsForUser(userId: string) {
  return db.membership.count({ where: { userId } });
}
