// The partnership's settings: each section's save once (Derby City, as its
// admin), saved as it is, so the demo's settings are the same after the run.
// A save that changes nothing still writes its row ("… without changing them").
import { statusLabels } from "@/lib/plan/status";
import { db } from "../support/db";
import { everySetting } from "../support/settings";
import type { MutationCases } from "./types";

export const settingsCases: MutationCases = {
  "lib/settings/mutations.ts#updatePartnershipSettings": async ({ partnershipId }) => {
    const p = await everySetting(partnershipId);
    return { partnershipId, version: p.version, advisorDashboardAccess: p.advisorDashboardAccess };
  },
  "lib/settings/mutations.ts#updatePublicPageSettings": async ({ partnershipId }) => {
    const { publicPageEnabled } = await db.partnership.findFirstOrThrow({ where: { id: partnershipId }, select: { publicPageEnabled: true } });
    return { partnershipId, shownEnabled: publicPageEnabled, publicPageEnabled };
  },
  "lib/settings/mutations.ts#updatePartnershipDetails": async ({ partnershipId }) => {
    const p = await everySetting(partnershipId);
    return { partnershipId, version: p.detailsVersion, name: p.name, contactEmail: p.contactEmail };
  },
  "lib/settings/mutations.ts#updateStatusLabels": async ({ partnershipId }) => {
    const p = await everySetting(partnershipId);
    return { partnershipId, version: p.statusLabelsVersion, ...statusLabels(p.statusLabels) };
  },
  "lib/settings/mutations.ts#updateReportingRhythm": async ({ partnershipId }) => {
    const p = await everySetting(partnershipId);
    const { reportingCadenceDays, staleGraceDays, milestoneWarningDays, highlightReportDueDay } = p;
    return { partnershipId, version: p.rhythmVersion, reportingCadenceDays, staleGraceDays, milestoneWarningDays, highlightReportDueDay };
  },
};
