// Change requests as pure rules: how far a request moves a due date, and
// what the board's decision did, in the words the queue shows.
import { daysBetween, formatUkDate } from "@/lib/dates/format";
import type { ChangeRequestState } from "@/lib/generated/prisma/enums";

/** How far the proposed due date moves the current one, in words ("30 days later"); null when no date moves. */
export function dueDateShift(previous: Date | null, proposed: Date | null): string | null {
  if (!previous || !proposed) return null;
  const days = daysBetween(previous, proposed);
  return days >= 0 ? `${days} days later` : `${-days} days earlier`;
}

/** What the queue says once the board has decided: approval moves the current due date; the baseline stays. */
export function decisionNotice(request: { state: ChangeRequestState; proposedDueDate: Date | null; action: { code: string } | null; milestone: unknown }): string {
  const code = request.action?.code;
  if (request.state !== "APPROVED") return `Rejected. The request for ${code} goes back to its lead in My updates.`;
  return request.proposedDueDate
    ? `Approved. ${code}${request.milestone ? " (milestone)" : ""} is now due ${formatUkDate(request.proposedDueDate)}; the baseline stays.`
    : `Approved. The scope change for ${code} is recorded.`;
}
