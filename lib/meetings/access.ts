import type { MemberContext } from "@/lib/auth/guards";
import { canOnItem } from "@/lib/auth/permissions";

/**
 * What a member may see of the meeting cycle (DESIGN §4): the programme
 * office and the board manage it; leads, contributors and viewers read all of
 * it; advisors read published minutes only — drafts, unpublished meetings and
 * the live impact log stay with the partnership.
 */
export function meetingAccess(member: MemberContext) {
  const manage = canOnItem(member.scope, "meetings.manage");
  const readAll = canOnItem(member.scope, "meetings.read");
  const readPublished = canOnItem(member.scope, "meetings.readPublished");
  return { manage, readAll, readPublished, boards: canOnItem(member.scope, "boards.manage") };
}
