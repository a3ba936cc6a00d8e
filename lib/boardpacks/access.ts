// Who may do what with a board pack, read from the permission table: the
// programme office assembles and publishes (and alone sees the draft);
// members read published packs (advisors where the live dashboard is shared).
import { canOnItem, type Scope } from "@/lib/auth/permissions";
import { mayReadMeetings } from "@/lib/meetings/access";

export const mayPreparePack = (scope: Scope) => canOnItem(scope, "boardPack.prepare");
export const mayReadPublishedPack = (scope: Scope) => canOnItem(scope, "boardPack.read");

/**
 * A published pack follows its meeting for those who read only published
 * meetings (advisors): the pack of a meeting whose minutes are not published
 * does not exist for them, as the meeting does not.
 */
export const mayReadPackOf = (scope: Scope, meeting: { published: boolean }) => mayReadPublishedPack(scope) && (mayReadMeetings(scope) || meeting.published);
