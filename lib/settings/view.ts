// What the settings page shows: decided here, so the page stays thin.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { memberDisplayName } from "@/lib/people/names";
import { mayManageSettings } from "./access";
import { getPartnershipSettings } from "./queries";

/** The partnership's settings for the programme office; null (a 404) for anyone else. */
export async function getSettingsPage(member: MemberContext) {
  if (!mayManageSettings(member.scope)) return null;
  const settings = await getPartnershipSettings(member.partnershipId);
  if (!settings) return null;
  return {
    id: settings.id,
    name: settings.name,
    version: settings.version,
    advisorDashboardAccess: settings.advisorDashboardAccess,
    advisors: settings.memberships.map(memberDisplayName),
  };
}
