import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { DigestFrequency } from "@/lib/generated/prisma/enums";

// The digests' data. None of these writes is audited: the ledger is delivery
// bookkeeping and the frequency is a member's own inbox preference (like
// signing out, lib/auth/queries.ts), neither a change to the partnership's
// plan that the audit log, the data version or the archive lock are about.

/** How often the member asked for their digest, and the version their unsubscribe links carry. */
export function getDigestSettings(partnershipId: string, membershipId: string) {
  return db.membership.findFirst({
    where: { id: membershipId, partnershipId },
    select: { id: true, digestFrequency: true, digestTokenVersion: true, user: { select: { name: true } } },
  });
}

/** Sections of the partnership's draft stocktakes with nothing written yet, for the digest to ask whoever writes them. */
export function listSectionsToWrite(partnershipId: string) {
  return db.stocktakeSection.findMany({
    where: { partnershipId, stocktake: { partnershipId, state: "DRAFT" }, OR: [{ progress: null }, { progress: "" }] },
    orderBy: [{ stocktakeId: "asc" }, { position: "asc" }],
    select: {
      id: true,
      stocktakeId: true,
      kind: true,
      priorityAreaId: true,
      priorityArea: { select: { code: true, title: true, parentId: true } },
      stocktake: { select: { title: true } },
    },
  });
}

/** Before a tenant: the partnerships digests go out for (not archived), or the one named. */
export function listDigestPartnerships(slug?: string) {
  return db.partnership.findMany({ where: { archivedAt: null, ...(slug ? { slug } : {}) }, orderBy: { slug: "asc" }, select: { id: true, slug: true, name: true } });
}

/** The partnership's members who have not turned their digest off. */
export function listDigestRecipients(partnershipId: string) {
  return db.membership.findMany({
    where: { partnershipId, digestFrequency: { not: "OFF" } },
    orderBy: { createdAt: "asc" },
    select: { id: true, digestFrequency: true, user: { select: { name: true, email: true } } },
  });
}

/**
 * Claims the member's digest for the period: true for exactly one caller.
 * The first claim inserts the ledger row; a racing claim finds it and gets
 * nothing. A claim older than `staleBefore` with nothing sent or skipped was
 * left by a worker that died mid-send: it is claimed again (one UPDATE, so
 * two retries racing still give one winner).
 */
export async function claimDigest(partnershipId: string, membershipId: string, period: string, at: Date, staleBefore: Date): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "DigestDelivery" ("id", "partnershipId", "membershipId", "period", "claimedAt")
    SELECT ${randomUUID()}, m."partnershipId", m."id", ${period}, ${at}
    FROM "Membership" m WHERE m."id" = ${membershipId} AND m."partnershipId" = ${partnershipId}
    ON CONFLICT ("partnershipId", "membershipId", "period") DO UPDATE SET "claimedAt" = EXCLUDED."claimedAt"
      WHERE "DigestDelivery"."sentAt" IS NULL AND NOT "DigestDelivery"."skipped" AND "DigestDelivery"."claimedAt" < ${staleBefore}
    RETURNING "id"`;
  return rows.length === 1;
}

/** The period is done: sent (with its message id), or skipped because nothing was owed. */
export async function markDigestDone(partnershipId: string, membershipId: string, period: string, done: { at: Date; itemCount: number; messageId: string | null }) {
  await db.digestDelivery.updateMany({
    where: { partnershipId, membershipId, period },
    data: { sentAt: done.messageId ? done.at : null, skipped: done.messageId === null, itemCount: done.itemCount, messageId: done.messageId },
  });
}

/** Before a tenant (an unsubscribe link): the membership a token names, while its version is current. */
export function getUnsubscribeMember(membershipId: string, version: number) {
  return db.membership.findFirst({
    where: { id: membershipId, digestTokenVersion: version },
    select: { id: true, digestFrequency: true, user: { select: { name: true } }, partnership: { select: { name: true, slug: true } } },
  });
}

/** Before a tenant (an unsubscribe link): turns the digest off, only while the link's version is current. */
export async function unsubscribeMember(membershipId: string, version: number): Promise<boolean> {
  const { count } = await db.membership.updateMany({ where: { id: membershipId, digestTokenVersion: version }, data: { digestFrequency: "OFF" } });
  return count === 1;
}

/** The member's own choice of how often (their own membership, from the verified session). */
export async function setDigestFrequency(partnershipId: string, membershipId: string, frequency: DigestFrequency): Promise<void> {
  await db.membership.updateMany({ where: { id: membershipId, partnershipId }, data: { digestFrequency: frequency } });
}

/** A send that failed (the mail server refused it): the claim is let go, so the next run tries again. */
export async function releaseDigestClaim(partnershipId: string, membershipId: string, period: string) {
  await db.digestDelivery.deleteMany({ where: { partnershipId, membershipId, period, sentAt: null, skipped: false } });
}
