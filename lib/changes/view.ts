// What the change request queue shows, decided here so the page stays thin.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { formatUkDateTime } from "@/lib/dates/format";
import { MEETING_STATE_LABELS } from "@/lib/meetings/compute";
import { listDecisionMeetings } from "@/lib/meetings/queries";
import { mayDecideChangeRequests, mayOpenChangeRequests } from "./access";
import { decisionNotice, dueDateShift } from "./compute";
import { listChangeRequests } from "./queries";

/** A meeting a decision can name: one in progress (decided there) or one to come (decided between meetings, noted there). */
export type DecisionMeeting = { id: string; label: string; inProgress: boolean };

type Request = Awaited<ReturnType<typeof listChangeRequests>>["pending"][number];
export type PendingChangeRequest = Request & { shift: string | null };
export type DecidedChangeRequest = Request;

/**
 * The queue: requests awaiting the board (oldest first), with the meetings a
 * decision can name for those who decide; then the decided (newest first),
 * and what a decision just made did. Null (a 404) for those who neither raise nor decide.
 */
export async function getChangeRequestsPage(member: MemberContext, decidedId?: string) {
  if (!mayOpenChangeRequests(member.scope)) return null;
  const mayDecide = mayDecideChangeRequests(member.scope);
  const [{ pending, decided }, meetings] = await Promise.all([
    listChangeRequests(member.partnershipId),
    mayDecide ? listDecisionMeetings(member.partnershipId) : Promise.resolve([]),
  ]);
  const justDecided = decidedId ? decided.find((cr) => cr.id === decidedId) : undefined;
  return {
    mayDecide,
    pending: pending.map((cr): PendingChangeRequest => ({ ...cr, shift: cr.proposedDueDate ? dueDateShift(cr.previousDueDate, cr.proposedDueDate) : null })),
    decided,
    meetings: meetings.map((m): DecisionMeeting => ({
      id: m.id,
      inProgress: m.state === "IN_PROGRESS",
      label: `${formatUkDateTime(m.date)} — ${m.board.name} (${MEETING_STATE_LABELS[m.state].toLowerCase()})`,
    })),
    notice: justDecided ? { key: justDecided.id, text: decisionNotice(justDecided) } : null,
  };
}
