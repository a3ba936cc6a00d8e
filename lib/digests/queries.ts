import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

// The digests' data. The ledger's writes here (claim, mark done, release)
// are not audited: they are delivery bookkeeping, not a change anyone made.
// A member's choice of reminders is, in mutations.ts.

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
    select: {
      id: true,
      partnershipId: true,
      digestFrequency: true,
      jobTitle: true,
      user: { select: { id: true, name: true } },
      partnership: { select: { name: true, slug: true, archivedAt: true } },
    },
  });
}

/** A send that failed (the mail server refused it): the claim is let go, so the next run tries again. */
export async function releaseDigestClaim(partnershipId: string, membershipId: string, period: string) {
  await db.digestDelivery.deleteMany({ where: { partnershipId, membershipId, period, sentAt: null, skipped: false } });
}
