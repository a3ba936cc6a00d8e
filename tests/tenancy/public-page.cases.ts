// Cross-tenant cases for the public page's reads: the page by its address
// (off, unknown and Derbyshire's own), and its content asked for with Derby
// City's id (its page is off: nothing, and never Derbyshire's).
import { expect } from "vitest";
import type { TenancyCases } from "./types";

export const publicPageCases: TenancyCases = {
  "lib/public-page/queries.ts#getPublicPageAccess": {
    kind: "pre-tenant",
    async check(fn, ids) {
      expect(await fn("derbyshire")).toMatchObject({ partnershipId: ids.derbyshire });
      expect(await fn("derby-city")).toBeNull();
      expect(await fn("no-such-partnership")).toBeNull();
    },
  },
  "lib/public-page/queries.ts#getPublicPageContent": { kind: "tenant", args: (partnershipId) => [partnershipId], empty: true },
};
