// Cross-tenant cases for the digests' data (lib/digests/queries.ts): reads
// scoped by partnership, the ledger's writes (claimed, marked, released only
// within the partnership named), and the unsubscribe link's lookup, which
// runs before a tenant is known and is keyed by the membership and its
// current token version; and the member's choice (lib/digests/mutations.ts),
// refused for another partnership's membership.
import { expect } from "vitest";
import { db } from "../support/db";
import type { Ids, TenancyCases } from "./types";

const PERIOD = "2099-W01";

async function derbyshireMember(ids: Ids) {
  return db.membership.findFirstOrThrow({ where: { partnershipId: ids.derbyshire, role: "LEAD" }, select: { id: true, digestFrequency: true, digestTokenVersion: true } });
}

const ledgerRow = (ids: Ids, membershipId: string) => db.digestDelivery.findFirst({ where: { partnershipId: ids.derbyshire, membershipId, period: PERIOD } });

/** A Derbyshire claim for the check, removed after it (the suite checks the cases change nothing). */
async function withClaim(ids: Ids, check: (membershipId: string) => Promise<void>) {
  const member = await derbyshireMember(ids);
  await db.digestDelivery.create({ data: { partnershipId: ids.derbyshire, membershipId: member.id, period: PERIOD } });
  try {
    await check(member.id);
  } finally {
    await db.digestDelivery.deleteMany({ where: { partnershipId: ids.derbyshire, membershipId: member.id, period: PERIOD } });
  }
}

export const digestCases: TenancyCases = {
  "lib/digests/queries.ts#getDigestSettings": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Membership], empty: true },
  "lib/digests/queries.ts#listDigestRecipients": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/digests/queries.ts#listSectionsToWrite": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const theirs = new Set((await db.stocktakeSection.findMany({ where: { partnershipId: ids.derbyshire }, select: { id: true } })).map((s) => s.id));
      const cityRows = (await fn(ids.derbyCity)) as { id: string }[];
      expect(cityRows.filter((s) => theirs.has(s.id))).toEqual([]);
      const own = (await fn(ids.derbyshire)) as { id: string }[];
      expect(own.every((s) => theirs.has(s.id))).toBe(true);
    },
  },
  "lib/digests/queries.ts#listDigestPartnerships": {
    kind: "pre-tenant",
    async check(fn, ids) {
      expect(((await fn("derby-city")) as { id: string }[]).map((p) => p.id)).toEqual([ids.derbyCity]);
      expect(((await fn()) as { id: string }[]).map((p) => p.id)).toEqual(expect.arrayContaining([ids.derbyshire, ids.derbyCity]));
    },
  },
  "lib/digests/queries.ts#claimDigest": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const member = await derbyshireMember(ids);
      const at = new Date();
      // Derby City's id with Derbyshire's member: no claim, no row.
      expect(await fn(ids.derbyCity, member.id, PERIOD, at, at)).toBe(false);
      expect(await ledgerRow(ids, member.id)).toBeNull();
      expect(await fn(ids.derbyshire, member.id, PERIOD, at, at)).toBe(true);
      expect(await fn(ids.derbyshire, member.id, PERIOD, at, at)).toBe(false);
      await db.digestDelivery.deleteMany({ where: { partnershipId: ids.derbyshire, membershipId: member.id, period: PERIOD } });
    },
  },
  "lib/digests/queries.ts#markDigestDone": {
    kind: "pre-tenant",
    check: (fn, ids) =>
      withClaim(ids, async (membershipId) => {
        await fn(ids.derbyCity, membershipId, PERIOD, { at: new Date(), itemCount: 3, messageId: "<x@y>" });
        expect(await ledgerRow(ids, membershipId)).toMatchObject({ sentAt: null, itemCount: 0, messageId: null });
      }),
  },
  "lib/digests/queries.ts#releaseDigestClaim": {
    kind: "pre-tenant",
    check: (fn, ids) =>
      withClaim(ids, async (membershipId) => {
        await fn(ids.derbyCity, membershipId, PERIOD);
        expect(await ledgerRow(ids, membershipId)).not.toBeNull();
      }),
  },
  "lib/digests/queries.ts#getUnsubscribeMember": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const member = await derbyshireMember(ids);
      expect(await fn(member.id, member.digestTokenVersion)).toMatchObject({ id: member.id });
      expect(await fn(member.id, member.digestTokenVersion + 1)).toBeNull();
    },
  },
  // The member's own choice, as Derby City's admin naming a Derbyshire membership: not found, nothing written.
  "lib/digests/mutations.ts#saveDigestFrequency": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { membershipId: rows.Membership, frequency: "OFF" }],
  },
  // A valid link's member and version under Derby City's id: the UPDATE is keyed by both, so nothing changes.
  "lib/digests/mutations.ts#unsubscribeMember": {
    kind: "mutation",
    args: (ids, rows) => [
      ids.derbyCity,
      { unsubscribing: true, actor: { userId: ids.derbyshireUserId, name: "Derbyshire admin" } },
      { membershipId: rows.Membership, version: 1, via: "the unsubscribe link" },
    ],
  },
};
