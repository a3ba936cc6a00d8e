// A member's next digest: what they owe today, by role, as an email. Loads
// through the pages' own loaders and rules (My updates, the change request
// queue, the members page's invitations), so the digest says what the app
// says. G's public summaries and the programme office's preview use it too.
import "server-only";
import { memberContext } from "@/lib/auth/member-context";
import { getMembershipInPartnership } from "@/lib/auth/queries";
import { mayDecideChangeRequests } from "@/lib/changes/access";
import { listChangeRequests } from "@/lib/changes/queries";
import { mayManageInvitations } from "@/lib/invitations/access";
import { listPendingInvitations } from "@/lib/invitations/queries";
import { getMyUpdatesPage } from "@/lib/plan/view";
import { mayEditSection, mayPrepare } from "@/lib/stocktakes/access";
import { absoluteUrl } from "@/lib/urls";
import { myEmailPath, unsubscribePath } from "./paths";
import { getDigestSettings, listSectionsToWrite } from "./queries";
import { owedItems } from "./items";
import { renderDigest, type Digest } from "./render";
import { unsubscribeToken } from "./token";

export type { Digest, DigestItem } from "./render";

/** The member's next digest for `today`, or null when they owe nothing (or are not a member of the partnership). */
export async function composeDigest(partnershipId: string, membershipId: string, today: Date): Promise<Digest | null> {
  const [row, settings] = await Promise.all([getMembershipInPartnership(partnershipId, membershipId), getDigestSettings(partnershipId, membershipId)]);
  if (!row || !settings) return null;
  // The member as the pages' loaders take them, from their row (no session: the digest is read on their behalf).
  const member = memberContext({ userId: row.user.id, name: row.user.name, email: row.user.email, sessionVersion: row.user.sessionVersion }, row);
  const { scope } = member;
  const [mine, changes, invitations, sections] = await Promise.all([
    getMyUpdatesPage(member, today),
    mayDecideChangeRequests(scope) ? listChangeRequests(partnershipId) : null,
    mayManageInvitations(scope) ? listPendingInvitations(partnershipId) : [],
    listSectionsToWrite(partnershipId),
  ]);
  // The programme office writes the partnership-wide sections; an area's section is its lead's (the office may, but is not asked).
  const assigned = sections.filter((s) =>
    s.priorityAreaId ? !mayPrepare(scope) && mayEditSection(scope, { priorityAreaId: s.priorityAreaId, parentId: s.priorityArea?.parentId }) : mayPrepare(scope),
  );
  const slug = member.partnership.slug;
  const items = owedItems(
    slug,
    {
      updates: mine?.updates ?? null,
      owedReports: mine?.owedReports ?? [],
      risksDue: mine?.risksDue ?? [],
      sections: assigned,
      changeRequests: changes?.pending ?? [],
      invitations,
    },
    (path) => absoluteUrl(path),
  );
  if (items.length === 0) return null;
  return renderDigest({
    partnershipName: member.partnership.name,
    to: { name: row.user.name, email: row.user.email },
    // An admin's preview of a member who turned digests off still reads as their weekly one.
    frequency: settings.digestFrequency === "DAILY" ? "DAILY" : "WEEKLY",
    items,
    links: { unsubscribe: absoluteUrl(unsubscribePath(unsubscribeToken(membershipId, settings.digestTokenVersion))), changeFrequency: absoluteUrl(myEmailPath(slug)) },
  });
}
