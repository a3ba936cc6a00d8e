// Cross-tenant cases for the whole-partnership download: its one read, asked
// for Derbyshire's documents from Derby City, must return none of them.
import type { TenancyCases } from "./types";

export const partnershipArchiveCases: TenancyCases = {
  "lib/partnership-archive/queries.ts#listArchiveDocuments": { kind: "tenant", args: (partnershipId) => [partnershipId] },
};
