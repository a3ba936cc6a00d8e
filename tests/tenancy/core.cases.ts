// Cross-tenant cases for the foundation's data access (auth, health, plan reads).
import { expect } from "vitest";
import { db } from "../support/db";
import type { TenancyCases } from "./types";

export const coreCases: TenancyCases = {
  "lib/plan/queries.ts#getPlanTree": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/auth/queries.ts#getMembershipBySlug": {
    kind: "pre-tenant",
    async check(fn, ids) {
      expect(await fn(ids.derbyshireUserId, "derbyshire")).not.toBeNull();
      // A Derby City member asking for Derbyshire gets nothing: the page then 404s.
      expect(await fn(ids.derbyCityUserId, "derbyshire")).toBeNull();
      expect(await fn(ids.derbyCityUserId, "no-such-partnership")).toBeNull();
    },
  },
  "lib/auth/queries.ts#getDashboardAccess": {
    kind: "pre-tenant",
    async check(fn, ids) {
      expect(await fn(ids.derbyshireUserId, "derbyshire")).toMatchObject({ role: "ADMIN" });
      expect(await fn(ids.derbyCityUserId, "derbyshire")).toBeNull();
      expect(await fn(ids.derbyCityUserId, "no-such-partnership")).toBeNull();
    },
  },
  "lib/auth/queries.ts#listMembershipsForUser": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const slugs = ((await fn(ids.derbyCityUserId)) as { partnership: { slug: string } }[]).map((m) => m.partnership.slug);
      expect(slugs).toEqual(["derby-city"]);
    },
  },
  "lib/auth/queries.ts#getMembershipInPartnership": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const membership = await db.membership.findFirstOrThrow({ where: { userId: ids.derbyshireUserId, partnershipId: ids.derbyshire } });
      const row = (await fn(ids.derbyshire, membership.id)) as { partnership: { id: string } } | null;
      expect(row?.partnership.id).toBe(ids.derbyshire);
      // Another partnership's id with this membership finds nothing.
      expect(await fn(ids.derbyCity, membership.id)).toBeNull();
    },
  },
  "lib/auth/queries.ts#getUserForSignIn": {
    kind: "pre-tenant",
    async check(fn) {
      expect(await fn("ADMIN@derbyshire.demo ")).toMatchObject({ email: "admin@derbyshire.demo" });
      expect(await fn("nobody@example.org")).toBeNull();
    },
  },
  "lib/auth/queries.ts#getUserByOidcSubject": {
    kind: "pre-tenant",
    async check(fn, ids) {
      // A linked account finds its user, and only under its own issuer and subject. The link is the
      // case's own, removed again so the tenancy test's fingerprint of every table is unchanged.
      const issuer = "https://login.example";
      const subject = "tenancy-core-cases-derbyshire-admin";
      const link = await db.oidcAccount.create({ data: { userId: ids.derbyshireUserId, issuer, subject }, select: { id: true } });
      try {
        expect(await fn(issuer, subject)).toMatchObject({ user: { id: ids.derbyshireUserId, email: "admin@derbyshire.demo" } });
        expect(await fn("https://other-login.example", subject)).toBeNull();
        expect(await fn(issuer, "unknown-subject")).toBeNull();
      } finally {
        await db.oidcAccount.delete({ where: { id: link.id } });
      }
    },
  },
  "lib/health/queries.ts#isDatabaseUp": {
    kind: "pre-tenant",
    async check(fn) {
      expect(await fn()).toBe(true);
    },
  },
};
