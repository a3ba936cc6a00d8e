// Cross-tenant cases for passwords and sign-in methods. A reset belongs to a
// person, not a partnership: the person's own ("Forgot your password?") and
// the link run before a tenant is known, keyed by an email or a token. An
// admin's reads and writes start from a membership of their own partnership.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { db } from "../support/db";
import type { Ids, TenancyCases } from "./types";

const asDerbyCityAdmin = (ids: Ids, input: Record<string, unknown>) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, input];

export const passwordCases: TenancyCases = {
  "lib/passwords/queries.ts#getMemberSignIn": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Membership], empty: true },
  "lib/passwords/queries.ts#createPasswordResetForEmail": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const user = await db.user.findFirstOrThrow({ where: { id: ids.derbyCityUserId }, select: { email: true } });
      const made = (await fn(user.email)) as { token: string; email: string };
      expect(made.email).toBe(user.email);
      const rows = await db.passwordReset.findMany({ where: { userId: ids.derbyCityUserId, usedAt: null }, select: { id: true, createdAt: true }, orderBy: { createdAt: "desc" } });
      expect(rows.length).toBeGreaterThan(0);
      expect(await fn(`nobody-${randomUUID()}@example.gov.uk`)).toBeNull();
      // Put it back: the suite checks that the other cases change nothing.
      await db.passwordReset.deleteMany({ where: { id: rows[0]!.id } });
    },
  },
  "lib/passwords/queries.ts#getPasswordReset": {
    kind: "pre-tenant",
    async check(fn) {
      expect(await fn("x".repeat(43))).toEqual({ state: "unknown" });
    },
  },
  "lib/passwords/queries.ts#completePasswordReset": {
    kind: "pre-tenant",
    async check(fn) {
      expect(await fn("x".repeat(43), "a hash")).toEqual({ state: "unknown" });
    },
  },
  "lib/passwords/queries.ts#countResetRequest": {
    kind: "pre-tenant",
    async check(fn) {
      const [account, address] = [`account:${randomUUID()}`, `address:${randomUUID()}`];
      expect(await fn(account, address)).toEqual({ allowed: true });
      const keys = [`password-reset:${account}`, `password-reset:${address}`];
      expect(await db.signInThrottle.count({ where: { key: { in: keys } } })).toBe(2);
      await db.signInThrottle.deleteMany({ where: { key: { in: keys } } });
    },
  },
  "lib/passwords/mutations.ts#issuePasswordReset": { kind: "mutation", args: (ids, rows) => asDerbyCityAdmin(ids, { membershipId: rows.Membership, mailed: false }) },
  "lib/passwords/mutations.ts#removeOidcLink": { kind: "mutation", args: (ids, rows) => asDerbyCityAdmin(ids, { membershipId: rows.Membership, oidcAccountId: "cross-tenant" }) },
};
