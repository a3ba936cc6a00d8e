import "server-only";
import { db } from "@/lib/db";

/** The partnership's settings as the settings page shows them, each section with its version. */
export async function getPartnershipSettings(partnershipId: string) {
  return db.partnership.findFirst({
    where: { id: partnershipId },
    select: {
      id: true,
      name: true,
      contactEmail: true,
      publicPageEnabled: true,
      detailsVersion: true,
      statusLabels: true,
      statusLabelsVersion: true,
      reportingCadenceDays: true,
      staleGraceDays: true,
      milestoneWarningDays: true,
      highlightReportDueDay: true,
      rhythmVersion: true,
      advisorDashboardAccess: true,
      version: true,
      memberships: { where: { partnershipId, role: "ADVISOR" }, select: { user: { select: { name: true } }, jobTitle: true } },
    },
  });
}
