// Who may see and change the board's meeting cycle, read from the permission
// table (DESIGN §4). Pages, views, exports and mutations ask here.
import type { Caller } from "@/lib/auth/caller";
import type { MemberContext } from "@/lib/auth/guards";
import { canOnItem, type Scope } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";

/** The programme office and the board run meetings, minutes and the impact log. */
export const mayManageMeetings = (scope: Scope) => canOnItem(scope, "meetings.manage");

/** Agendas, drafts, the live impact log and the decision log: everyone but advisors. */
export const mayReadMeetings = (scope: Scope) => canOnItem(scope, "meetings.read");

/** Published minutes: advisors too. */
export const mayReadPublishedMinutes = (scope: Scope) => canOnItem(scope, "meetings.readPublished");

/** Setting up boards and what they oversee is the programme office's. */
export const mayManageBoards = (scope: Scope) => canOnItem(scope, "boards.manage");

/**
 * What a member may see of the meeting cycle: the programme office and the
 * board manage it; leads, contributors and viewers read all of it; advisors
 * read published minutes only — drafts, unpublished meetings and the live
 * impact log stay with the partnership.
 */
export function meetingAccess(member: MemberContext) {
  return {
    manage: mayManageMeetings(member.scope),
    readAll: mayReadMeetings(member.scope),
    readPublished: mayReadPublishedMinutes(member.scope),
    boards: mayManageBoards(member.scope),
  };
}
export type MeetingAccess = ReturnType<typeof meetingAccess>;

/** A meeting an advisor may open: only one whose minutes are published; any other does not exist for them. */
export function mayOpenMeeting(access: MeetingAccess, meeting: { published: boolean }): boolean {
  return access.readAll || (access.readPublished && meeting.published);
}

/** What every meeting mutation checks first. */
export function requireMeetingManager(caller: Caller) {
  if (!mayManageMeetings(caller.scope)) {
    throw new ForbiddenError("Only the programme office and board members can change meetings, minutes and the impact log.");
  }
}

export function requireBoardManager(caller: Caller) {
  if (!mayManageBoards(caller.scope)) throw new ForbiddenError("Only the programme office sets up boards.");
}
