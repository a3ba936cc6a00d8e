// The operators' reads: every partnership's name and state, never its data.
// Not tenant reads (an operator works across partnerships): nothing here
// returns a partnership's plan, reports, members' names or audit entries.
import "server-only";
import { db } from "@/lib/db";

export type OperatorPartnershipRow = {
  id: string;
  slug: string;
  name: string;
  localAuthority: string;
  icb: string;
  archivedAt: Date | null;
  members: number;
  /** The newest audit row's time: every change writes one. */
  lastActivity: Date | null;
};

/** Every partnership, by name: its members counted and its newest audit row read through the (partnershipId, at) index. */
export function listPartnershipsForOperator(): Promise<OperatorPartnershipRow[]> {
  return db.$queryRaw<OperatorPartnershipRow[]>`
    SELECT p."id", p."slug", p."name", p."localAuthority", p."icb", p."archivedAt",
           (SELECT count(*)::int FROM "Membership" m WHERE m."partnershipId" = p."id") AS "members",
           (SELECT max(a."at") FROM "AuditEvent" a WHERE a."partnershipId" = p."id") AS "lastActivity"
      FROM "Partnership" p
     ORDER BY lower(p."name"), p."slug"`;
}

/** One partnership by its address, for the confirmation and the command line. */
export function getPartnershipForOperator(slug: string) {
  return db.partnership.findFirst({ where: { slug }, select: { id: true, slug: true, name: true, archivedAt: true } });
}

/**
 * Makes an existing account a platform operator (`npm run admin -- operator
 * add`). Not a partnership's write, so no partnership's audit row: the
 * command line prints what it did. Returns false when no account has the email.
 */
export async function grantOperator(email: string): Promise<{ found: boolean; already: boolean }> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, isOperator: true } });
  if (!user) return { found: false, already: false };
  if (!user.isOperator) await db.user.update({ where: { id: user.id }, data: { isOperator: true } });
  return { found: true, already: user.isOperator };
}
