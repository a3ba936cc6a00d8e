import "server-only";
import { now } from "@/lib/clock";
import { db, preparedQuery } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

/** For sign-in only: the one lookup by email. */
export function getUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true },
  });
}

/** OpenID Connect accounts link by the provider's immutable subject, never by email. */
export function getUserByOidcSubject(issuer: string, subject: string) {
  return db.oidcAccount.findUnique({
    where: { issuer_subject: { issuer, subject } },
    select: { user: { select: { id: true, name: true, email: true, sessionVersion: true } } },
  });
}

/** Whether a session issued at this session version is still current (sign-out has not ended it). */
export async function isSessionCurrent(userId: string, sessionVersion: number): Promise<boolean> {
  return (await db.user.count({ where: { id: userId, sessionVersion } })) === 1;
}

/**
 * Signing out: ends every session of the user issued at this version (their
 * tokens no longer match). Not a tenant write and no audit row: it changes
 * nothing anyone reads, only whether old tokens still work. Conditional on
 * the version, so a stale sign-out cannot end a newer session.
 */
export async function endSessions(userId: string, sessionVersion: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
}

/** A successful sign-in (password or OpenID Connect), for the members page's "last signed in". Not a tenant write. */
export async function recordSignIn(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { lastSignInAt: now() } });
}

const MEMBERSHIP_SELECT = {
  id: true,
  role: true,
  jobTitle: true,
  areas: { select: { priorityAreaId: true } },
  partnership: {
    select: { id: true, slug: true, name: true, statusLabels: true, advisorDashboardAccess: true, archivedAt: true },
  },
  // How many partnerships the person belongs to ("Switch partnership"), in the same statement.
  user: { select: { id: true, name: true, email: true, sessionVersion: true, _count: { select: { memberships: true } } } },
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
 * A membership in a partnership, for rendering the board dashboard only: the
 * dashboard route verified the session and resolved both ids from it
 * (getDashboardAccess), and signed them.
 */
export function getMembershipInPartnership(partnershipId: string, membershipId: string) {
  return db.membership.findFirst({ where: { id: membershipId, partnershipId }, select: MEMBERSHIP_SELECT });
}

export type DashboardAccess = {
  partnershipId: string;
  membershipId: string;
  role: Role;
  advisorDashboardAccess: boolean;
  /** The partnership's write counter (a trigger on the audit table). */
  dataVersion: number;
  /** What the page header shows of the person, so a change re-renders their cached page. */
  jobTitle: string | null;
  userName: string;
  membershipCount: number;
  /** The user's session version: a token issued at another has been signed out. */
  sessionVersion: number;
};

/**
 * The board dashboard's check on every request: is this user a member of the
 * partnership with this slug, with what role, and how far has the partnership's
 * data moved on — everything the cached page depends on — and is the session
 * still current (sign-out moves the user's session version), in one plain
 * statement.
 */
export async function getDashboardAccess(userId: string, slug: string): Promise<DashboardAccess | null> {
  const rows = await preparedQuery<DashboardAccess>(
    "dashboard-access",
    `SELECT p."id" AS "partnershipId", m."id" AS "membershipId", m."role"::text AS "role", p."advisorDashboardAccess",
            p."dataVersion", m."jobTitle", u."name" AS "userName", u."sessionVersion",
            (SELECT count(*)::int FROM "Membership" o WHERE o."userId" = m."userId") AS "membershipCount"
       FROM "Membership" m
       JOIN "Partnership" p ON p."id" = m."partnershipId"
       JOIN "User" u ON u."id" = m."userId"
      WHERE m."userId" = $1 AND p."slug" = $2
      LIMIT 1`,
    [userId, slug],
  );
  return rows[0] ?? null;
}

export type MembershipRow = NonNullable<Awaited<ReturnType<typeof getMembershipBySlug>>>;

/** The partnerships a person may pick: an archived one is hidden (its members still reach it by its address). */
export function listMembershipsForUser(userId: string) {
  return db.membership.findMany({
    where: { userId, partnership: { archivedAt: null } },
    orderBy: { partnership: { name: "asc" } },
    select: { role: true, jobTitle: true, partnership: { select: { id: true, slug: true, name: true, localAuthority: true, advisorDashboardAccess: true } } },
  });
}

/**
 * Whether this session belongs to a platform operator, read with the session
 * check in one statement (as the membership is): unflagging a person or
 * signing them out counts from their next request.
 */
export async function isOperatorSession(userId: string, sessionVersion: number): Promise<boolean> {
  return (await db.user.count({ where: { id: userId, sessionVersion, isOperator: true } })) === 1;
}
