// Cross-tenant cases for the audit log's reads (lib/audit-log/queries.ts).
// Each is asked for Derbyshire's rows by their ids, and with Derby City's id:
// nothing of Derbyshire's comes back, not even for a person of Derbyshire's
// or from a cursor placed anywhere in the log.
import { db } from "../support/db";
import type { TenancyCases } from "./types";

const derbyshireAdmin = () => db.user.findUniqueOrThrow({ where: { email: "admin@derbyshire.demo" }, select: { id: true } });
const derbyshire = () => db.partnership.findFirstOrThrow({ where: { slug: "derbyshire" }, select: { id: true } });

export const auditLogCases: TenancyCases = {
  "lib/audit-log/queries.ts#listAuditEvents": {
    kind: "tenant",
    // Derbyshire's admin as the person (the seed publishes a board pack as them), from a cursor later than every row.
    args: async (partnershipId) => [
      partnershipId,
      { person: (await derbyshireAdmin()).id },
      { take: 50, from: { direction: "older", at: new Date("2100-01-01T00:00:00Z"), id: "zzzzzzzz" } },
    ],
  },
  "lib/audit-log/queries.ts#listAuditActors": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/audit-log/queries.ts#listExistingItems": {
    kind: "tenant",
    args: async (partnershipId, rows) => [
      partnershipId,
      [
        { entityType: "Action", entityId: rows.Action },
        { entityType: "Risk", entityId: rows.Risk },
        { entityType: "Partnership", entityId: (await derbyshire()).id },
      ],
    ],
  },
  "lib/audit-log/queries.ts#listReferencedNames": {
    kind: "tenant",
    args: (partnershipId, rows) => [partnershipId, { membershipIds: [rows.Membership], areaIds: [rows.PriorityArea] }],
  },
};
