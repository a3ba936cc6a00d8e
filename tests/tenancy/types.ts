// How a data-access function is tried across tenants (see tests/tenancy.test.ts).
import type { Caller } from "@/lib/auth/caller";

export type Ids = {
  derbyshire: string;
  derbyCity: string;
  derbyCityUserId: string;
  derbyshireUserId: string;
  /** Callers of each role in Derby City, built from their real memberships. */
  derbyCityCallers: Record<"ADMIN" | "BOARD" | "LEAD" | "CONTRIBUTOR" | "VIEWER" | "ADVISOR", Caller>;
};

/** One Derbyshire row id per tenant table (table name → id), for calls that take an entity id. */
export type Rows = Record<string, string>;

export type Case =
  /**
   * Reads for one partnership. `args(partnershipId, rows)` builds the call; it is made once for
   * Derbyshire (must return Derbyshire data, so the check can fail) and once with Derby City's id
   * and Derbyshire's row ids (must return no Derbyshire row; `empty`: must return nothing).
   */
  | { kind: "tenant"; args: (partnershipId: string, rows: Rows) => unknown[] | Promise<unknown[]>; empty?: boolean }
  /**
   * Writes. Called as Derby City's admin with Derby City's id and Derbyshire's row ids: must be
   * refused (rejects) and change nothing.
   */
  | { kind: "mutation"; args: (ids: Ids, rows: Rows) => unknown[] }
  /** Runs before a tenant is known (sign-in, tenant resolution), with its own check. */
  | { kind: "pre-tenant"; check: (fn: (...args: unknown[]) => Promise<unknown>, ids: Ids) => Promise<void> };

export type TenancyCases = Record<string, Case>;
