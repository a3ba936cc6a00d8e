// Cross-tenant cases for the partnership's settings: the read asked for from
// Derby City, and every section's save as Derby City's admin naming Derbyshire
// (each form names the partnership it was shown for).
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import type { Ids, TenancyCases } from "./types";

const asDerbyCityAdmin = (ids: Ids, input: Record<string, unknown>) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { partnershipId: ids.derbyshire, version: 1, ...input }];

export const settingsCases: TenancyCases = {
  "lib/settings/queries.ts#getPartnershipSettings": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/settings/mutations.ts#updatePartnershipSettings": { kind: "mutation", args: (ids) => asDerbyCityAdmin(ids, { advisorDashboardAccess: false }) },
  "lib/settings/mutations.ts#updatePublicPageSettings": { kind: "mutation", args: (ids) => asDerbyCityAdmin(ids, { shownEnabled: true, publicPageEnabled: false }) },
  "lib/settings/mutations.ts#updatePartnershipDetails": { kind: "mutation", args: (ids) => asDerbyCityAdmin(ids, { name: "Cross-tenant", contactEmail: "x@example.gov.uk" }) },
  "lib/settings/mutations.ts#updateStatusLabels": { kind: "mutation", args: (ids) => asDerbyCityAdmin(ids, { ...DEFAULT_STATUS_LABELS, ON_TRACK: "Cross-tenant" }) },
  "lib/settings/mutations.ts#updateReportingRhythm": {
    kind: "mutation",
    args: (ids) => asDerbyCityAdmin(ids, { reportingCadenceDays: 7, staleGraceDays: 0, milestoneWarningDays: 7, highlightReportDueDay: 1 }),
  },
};
