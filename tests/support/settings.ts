// Every setting of a partnership the settings page changes, with each
// section's version: what the settings tests compare for "nothing changed"
// and read to open a form "now".
import { db } from "./db";

export function everySetting(partnershipId: string) {
  return db.partnership.findFirstOrThrow({
    where: { id: partnershipId },
    select: {
      name: true,
      contactEmail: true,
      statusLabels: true,
      reportingCadenceDays: true,
      staleGraceDays: true,
      milestoneWarningDays: true,
      highlightReportDueDay: true,
      advisorDashboardAccess: true,
      version: true,
      detailsVersion: true,
      statusLabelsVersion: true,
      rhythmVersion: true,
    },
  });
}

export type EverySetting = Awaited<ReturnType<typeof everySetting>>;
