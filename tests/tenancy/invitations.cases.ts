// Cross-tenant cases for invitations. The demo partnerships have no
// invitations, so the reads make one in Derbyshire for the check (and delete
// it: the suite compares every table before and after); the writes are made
// as Derby City's admin naming Derbyshire's rows.
import { expect } from "vitest";
import { createInvitationRow } from "@/lib/invitations/queries";
import { db } from "../support/db";
import type { Ids, Rows, TenancyCases } from "./types";

/** A pending invitation in Derbyshire for the length of `check`, with its token. */
async function withDerbyshireInvitation(ids: Ids, check: (invitation: { id: string; token: string }) => Promise<void>) {
  const area = await db.priorityArea.findFirstOrThrow({ where: { partnershipId: ids.derbyshire, archivedAt: null }, select: { id: true } });
  const made = await db.$transaction((tx) => createInvitationRow(tx, ids.derbyshire, { email: "tenancy-invitee@derbyshire.test", role: "LEAD", areaIds: [area.id] }, null));
  try {
    await check({ id: made.invitationId, token: made.token });
  } finally {
    await db.invitation.deleteMany({ where: { id: made.invitationId } });
  }
}

const invitationOf = (rows: Rows) => rows.Invitation ?? "no-invitation-in-derbyshire";

export const invitationCases: TenancyCases = {
  "lib/invitations/queries.ts#createInvitationRow": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const area = await db.priorityArea.findFirstOrThrow({ where: { partnershipId: ids.derbyshire }, select: { id: true } });
      // Derby City's invitation naming Derbyshire's area: refused (the transaction rolls back whatever happened).
      const error = await db
        .$transaction((tx) => fn(tx, ids.derbyCity, { email: "cross@derby-city.test", role: "LEAD", areaIds: [area.id] }, null))
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).not.toMatch(/derbyshire/i);
    },
  },
  "lib/invitations/queries.ts#getInvitationByToken": {
    kind: "pre-tenant",
    async check(fn, ids) {
      await withDerbyshireInvitation(ids, async ({ id, token }) => {
        expect(((await fn(token)) as { id: string; partnershipId: string }).partnershipId).toBe(ids.derbyshire);
        expect(((await fn(token)) as { id: string }).id).toBe(id);
        expect(await fn(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBeNull();
      });
    },
  },
  "lib/invitations/queries.ts#accountExists": {
    kind: "pre-tenant",
    async check(fn) {
      expect(await fn(" Admin@Derbyshire.demo ")).toBe(true);
      expect(await fn("nobody-at-all@derbyshire.demo")).toBe(false);
    },
  },
  "lib/invitations/queries.ts#listPendingInvitations": {
    kind: "pre-tenant",
    async check(fn, ids) {
      await withDerbyshireInvitation(ids, async ({ id }) => {
        expect(((await fn(ids.derbyshire)) as { id: string }[]).map((i) => i.id)).toContain(id);
        expect(JSON.stringify(await fn(ids.derbyCity))).not.toContain(id);
        expect(JSON.stringify(await fn(ids.derbyCity))).not.toContain("tenancy-invitee");
      });
    },
  },
  "lib/invitations/mutations.ts#inviteMember": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { email: "cross-tenant@derby-city.test", role: "LEAD", areaIds: [rows.PriorityArea] }],
  },
  "lib/invitations/mutations.ts#revokeInvitation": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { invitationId: invitationOf(rows) }],
  },
  "lib/invitations/mutations.ts#resendInvitation": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { invitationId: invitationOf(rows) }],
  },
  "lib/invitations/mutations.ts#acceptInvitation": {
    kind: "mutation",
    args: (ids) => [ids.derbyCity, { actor: { userId: ids.derbyCityUserId, name: "Derby City admin" } }, { token: "not-a-token-of-derby-city", newAccount: null }],
  },
};

export const signInRecordCases: TenancyCases = {
  // Keyed by the user who signed in, before any tenant: only that user's row moves (and is put back).
  "lib/auth/queries.ts#recordSignIn": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const read = (id: string) => db.user.findFirstOrThrow({ where: { id }, select: { lastSignInAt: true } });
      const [mine, theirs] = [await read(ids.derbyCityUserId), await read(ids.derbyshireUserId)];
      await fn(ids.derbyCityUserId);
      expect((await read(ids.derbyCityUserId)).lastSignInAt).not.toEqual(mine.lastSignInAt);
      expect(await read(ids.derbyshireUserId)).toEqual(theirs);
      await db.user.updateMany({ where: { id: ids.derbyCityUserId }, data: { lastSignInAt: mine.lastSignInAt } });
    },
  },
};
