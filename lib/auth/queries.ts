import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

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

const MEMBERSHIP_SELECT = {
  id: true,
  role: true,
  jobTitle: true,
  areas: { select: { priorityAreaId: true } },
  partnership: {
    select: { id: true, slug: true, name: true, statusLabels: true, advisorDashboardAccess: true },
  },
  // How many partnerships the person belongs to ("Switch partnership"), in the same statement.
  user: { select: { id: true, name: true, email: true, _count: { select: { memberships: true } } } },
} as const;

/**
 * The signed-in user's membership of the partnership with this slug, or null.
 * This is where the tenant is resolved: every partnershipId used afterwards
 * comes from the membership returned here, never from the request.
 * One SQL statement (relations load as joins).
 */
export function getMembershipBySlug(userId: string, slug: string) {
  return db.membership.findFirst({ where: { userId, partnership: { slug } }, select: MEMBERSHIP_SELECT });
}

/**
 * A membership in a partnership, for the cached dashboard only: the proxy
 * verified the session, resolved both ids from it (getDashboardAccess) and
 * signed them.
 */
export function getMembershipInPartnership(partnershipId: string, membershipId: string) {
  return db.membership.findFirst({ where: { id: membershipId, partnershipId }, select: MEMBERSHIP_SELECT });
}

/**
 * The proxy's check before it serves a cached dashboard: is this user a
 * member of the partnership with this slug, and may they read it live? One
 * plain statement, because it runs on every dashboard request.
 */
export async function getDashboardAccess(userId: string, slug: string) {
  const rows = await db.$queryRaw<{ partnershipId: string; membershipId: string; role: Role; advisorDashboardAccess: boolean }[]>`
    SELECT p."id" AS "partnershipId", m."id" AS "membershipId", m."role"::text AS "role", p."advisorDashboardAccess"
      FROM "Membership" m JOIN "Partnership" p ON p."id" = m."partnershipId"
     WHERE m."userId" = ${userId} AND p."slug" = ${slug}
     LIMIT 1`;
  return rows[0] ?? null;
}

export type MembershipRow = NonNullable<Awaited<ReturnType<typeof getMembershipBySlug>>>;

export function listMembershipsForUser(userId: string) {
  return db.membership.findMany({
    where: { userId },
    orderBy: { partnership: { name: "asc" } },
    select: { role: true, jobTitle: true, partnership: { select: { slug: true, name: true, localAuthority: true } } },
  });
}
