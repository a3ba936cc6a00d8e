// The operators' reads and writes span partnerships by design: the reads give
// a partnership's name and state only (never its plan, members or audit), and
// the writes answer anyone who is not an operator "not found", Derby City's
// admin included, changing nothing.
import { expect } from "vitest";
import { db } from "../support/db";
import type { Ids, TenancyCases } from "./types";

const asDerbyCityAdmin = (ids: Ids, input: Record<string, unknown>) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, input];
const PARTNERSHIP_LINE = ["archivedAt", "icb", "id", "lastActivity", "localAuthority", "members", "name", "slug"];

export const operatorCases: TenancyCases = {
  "lib/auth/queries.ts#isOperatorSession": {
    kind: "pre-tenant",
    check: async (fn, ids) => {
      const operator = await db.user.findUniqueOrThrow({ where: { email: "operator@stocktake.demo" }, select: { id: true, sessionVersion: true } });
      expect(await fn(operator.id, operator.sessionVersion)).toBe(true);
      // Signed out (another session version), or a partnership's admin: no.
      expect(await fn(operator.id, operator.sessionVersion + 1)).toBe(false);
      const admin = await db.user.findUniqueOrThrow({ where: { id: ids.derbyCityUserId }, select: { sessionVersion: true } });
      expect(await fn(ids.derbyCityUserId, admin.sessionVersion)).toBe(false);
    },
  },
  "lib/operators/queries.ts#listPartnershipsForOperator": {
    kind: "pre-tenant",
    check: async (fn, ids) => {
      const rows = (await fn()) as Record<string, unknown>[];
      expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining([ids.derbyshire, ids.derbyCity]));
      for (const row of rows) expect(Object.keys(row).sort()).toEqual(PARTNERSHIP_LINE);
    },
  },
  "lib/operators/queries.ts#getPartnershipForOperator": {
    kind: "pre-tenant",
    check: async (fn, ids) => {
      expect(await fn("derbyshire")).toEqual({ id: ids.derbyshire, slug: "derbyshire", name: "Derbyshire Local Area SEND Partnership", archivedAt: null });
      expect(await fn("no-such-partnership")).toBeNull();
    },
  },
  "lib/operators/queries.ts#grantOperator": {
    kind: "pre-tenant",
    // Changes nothing here: the demo operator is one already, and nobody has the other email.
    check: async (fn) => {
      expect(await fn("operator@stocktake.demo")).toEqual({ found: true, already: true });
      expect(await fn("nobody@tenancy.test")).toEqual({ found: false, already: false });
    },
  },
  "lib/operators/mutations.ts#createPartnership": {
    kind: "mutation",
    args: (ids) => asDerbyCityAdmin(ids, { name: "Cross-tenant", partnershipSlug: "cross-tenant", localAuthority: "x", icb: "x", adminEmail: "x@example.gov.uk" }),
  },
  "lib/operators/mutations.ts#archivePartnership": { kind: "mutation", args: (ids) => asDerbyCityAdmin(ids, { partnershipId: ids.derbyshire }) },
  "lib/operators/mutations.ts#restorePartnership": { kind: "mutation", args: (ids) => asDerbyCityAdmin(ids, { partnershipId: ids.derbyshire }) },
};
