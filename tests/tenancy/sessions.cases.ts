// Cross-tenant cases for sessions and sign-in throttling: both run before a
// tenant is known, keyed by a user or an account, never a partnership.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { db } from "../support/db";
import type { TenancyCases } from "./types";

export const sessionCases: TenancyCases = {
  "lib/auth/queries.ts#isSessionCurrent": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const { sessionVersion } = await db.user.findFirstOrThrow({ where: { id: ids.derbyCityUserId }, select: { sessionVersion: true } });
      expect(await fn(ids.derbyCityUserId, sessionVersion)).toBe(true);
      expect(await fn(ids.derbyCityUserId, sessionVersion + 1)).toBe(false);
    },
  },
  "lib/auth/queries.ts#endSessions": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const version = async (id: string) => (await db.user.findFirstOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;
      const [mine, theirs] = [await version(ids.derbyCityUserId), await version(ids.derbyshireUserId)];
      // A stale version ends nothing; the current one ends that user's sessions and no one else's.
      await fn(ids.derbyCityUserId, mine - 1);
      expect(await version(ids.derbyCityUserId)).toBe(mine);
      await fn(ids.derbyCityUserId, mine);
      expect(await version(ids.derbyCityUserId)).toBe(mine + 1);
      expect(await version(ids.derbyshireUserId)).toBe(theirs);
      // Put it back: the suite checks that the other cases change nothing.
      await db.user.updateMany({ where: { id: ids.derbyCityUserId }, data: { sessionVersion: mine } });
    },
  },
  "lib/auth/throttle/queries.ts#countSignInAttempt": {
    kind: "pre-tenant",
    async check(fn) {
      const [account, address] = [`account:${randomUUID()}`, `address:${randomUUID()}`];
      expect(await fn(account, address)).toEqual({ allowed: true });
      expect(await db.signInThrottle.count({ where: { key: { in: [`sign-in:${account}`, `sign-in:${address}`] } } })).toBe(2);
      await db.signInThrottle.deleteMany({ where: { key: { in: [`sign-in:${account}`, `sign-in:${address}`] } } });
    },
  },
  "lib/auth/throttle/queries.ts#countSignInSuccess": {
    kind: "pre-tenant",
    async check(fn) {
      const [account, address] = [`account:${randomUUID()}`, `address:${randomUUID()}`];
      await db.signInThrottle.create({ data: { key: `sign-in:${account}`, points: 3, expire: BigInt(Date.now() + 60_000) } });
      await fn(account, address);
      expect(await db.signInThrottle.count({ where: { key: `sign-in:${account}` } })).toBe(0);
      await db.signInThrottle.deleteMany({ where: { key: `sign-in:${address}` } });
    },
  },
};
