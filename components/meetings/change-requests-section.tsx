import Link from "next/link";
import { formatUkDate } from "@/lib/dates/format";
import { changeRequestsPath } from "@/lib/changes/paths";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { actionPath } from "@/lib/plan/paths";

/** Change requests the board decided at this meeting, and those decided between meetings and noted here. */
/** `decide`: the viewer decides change requests and the meeting has not closed, so the queue is offered. */
export function ChangeRequestsSection({ meeting, slug, decide }: { meeting: MeetingDetail; slug: string; decide: boolean }) {
  const at = meeting.changeRequests.filter((cr) => !cr.decidedBetweenMeetings);
  const noted = meeting.changeRequests.filter((cr) => cr.decidedBetweenMeetings);
  const row = (cr: MeetingDetail["changeRequests"][number]) => (
    <li key={cr.id} data-testid="meeting-change-request">
      <Link prefetch={false} href={actionPath(slug, cr.action?.id ?? "")} className="font-mono text-blue-800 underline underline-offset-2">
        {cr.action?.code}
      </Link>{" "}
      {cr.action?.title}: <strong>{cr.state === "APPROVED" ? "✓ Approved" : cr.state === "REJECTED" ? "✗ Rejected" : "Awaiting decision"}</strong>
      {cr.state === "APPROVED" && cr.proposedDueDate ? ` — due ${formatUkDate(cr.previousDueDate)} → ${formatUkDate(cr.proposedDueDate)}` : ""}
      {cr.decisionNote ? <div className="text-slate-800">{cr.decisionNote}</div> : null}
      {cr.decidedAt ? (
        <div className="text-sm text-slate-700">
          {cr.decidedByName}, {formatUkDate(cr.decidedAt)}
        </div>
      ) : null}
    </li>
  );
  return (
    <section aria-labelledby="cr-heading" className="space-y-2">
      <h2 id="cr-heading" className="text-xl font-semibold">
        Change requests
      </h2>
      {meeting.changeRequests.length === 0 ? <p className="text-slate-700">No change request was decided or noted at this meeting.</p> : null}
      {at.length ? (
        <div>
          <h3 className="font-semibold">Decided at this meeting</h3>
          <ul className="mt-1 space-y-2">{at.map(row)}</ul>
        </div>
      ) : null}
      {noted.length ? (
        <div>
          <h3 className="font-semibold">Decided between meetings, noted at this meeting</h3>
          <ul className="mt-1 space-y-2">{noted.map(row)}</ul>
        </div>
      ) : null}
      {decide ? (
        <p className="text-sm">
          <Link prefetch={false} href={changeRequestsPath(slug)} className="text-blue-800 underline underline-offset-2">
            Decide change requests awaiting the board
          </Link>{" "}
          (the decision names this meeting).
        </p>
      ) : null}
    </section>
  );
}
