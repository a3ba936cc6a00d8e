// What the settings page shows: decided here, so the page stays thin.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { memberDisplayName } from "@/lib/people/names";
import { DEFAULT_STATUS_LABELS, statusLabels, STATUSES } from "@/lib/plan/status";
import { publicFeedPath, publicPagePath } from "@/lib/public-page/paths";
import { mayManageSettings } from "./access";
import { isStandard, RHYTHM, RHYTHM_FIELDS, stateName } from "./compute";
import { getPartnershipSettings } from "./queries";

/** The partnership's settings for the programme office, one part per section of the page; null (a 404) for anyone else. */
export async function getSettingsPage(member: MemberContext) {
  if (!mayManageSettings(member.scope)) return null;
  const settings = await getPartnershipSettings(member.partnershipId);
  if (!settings) return null;
  const labels = statusLabels(settings.statusLabels);
  return {
    id: settings.id,
    details: { version: settings.detailsVersion, name: settings.name, contactEmail: settings.contactEmail },
    labels: {
      version: settings.statusLabelsVersion,
      standard: isStandard(labels),
      states: STATUSES.map((status) => ({ status, name: stateName(status), label: labels[status], standardLabel: DEFAULT_STATUS_LABELS[status] })),
    },
    rhythm: {
      version: settings.rhythmVersion,
      fields: RHYTHM_FIELDS.map((field) => ({ field, ...RHYTHM[field], value: settings[field] })),
    },
    publicPage: {
      enabled: settings.publicPageEnabled,
      contactEmail: settings.contactEmail,
      path: publicPagePath(member.partnership.slug),
      feedPath: publicFeedPath(member.partnership.slug),
    },
    advisors: {
      version: settings.version,
      advisorDashboardAccess: settings.advisorDashboardAccess,
      names: settings.memberships.map(memberDisplayName),
    },
  };
}

export type SettingsPage = NonNullable<Awaited<ReturnType<typeof getSettingsPage>>>;
