import { useId } from "react";
import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { DecidedChangeRequest } from "@/lib/changes/view";
import { formatUkDate } from "@/lib/dates/format";
import { meetingPath } from "@/lib/meetings/paths";
import { actionPath } from "@/lib/plan/paths";

const DECISION = { APPROVED: "✓ Approved", REJECTED: "✗ Rejected" } as const;
const th = "px-3 py-2 font-medium";
const link = "text-blue-800 underline underline-offset-2";

/** Decided change requests, newest first: the decision, the dates it moved, who decided and where. */
export function DecidedChangeRequests({ requests, slug }: { requests: DecidedChangeRequest[]; slug: string }) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId} className="mt-3 rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[760px] text-sm">
        <caption id={captionId} className="sr-only">
          Decided change requests, newest first
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className={th}>
              Action
            </th>
            <th scope="col" className={th}>
              Decision
            </th>
            <th scope="col" className={th}>
              Due date
            </th>
            <th scope="col" className={th}>
              Decided
            </th>
            <th scope="col" className={th}>
              Note
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {requests.map((cr) => (
            <tr key={cr.id} className="align-top">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <Link prefetch={false} href={actionPath(slug, cr.action?.id ?? "")} className={link}>
                  {cr.action?.code}
                </Link>{" "}
                {cr.action?.title}
              </th>
              <td className="px-3 py-2 font-medium">{cr.state === "APPROVED" || cr.state === "REJECTED" ? DECISION[cr.state] : "Withdrawn"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{cr.proposedDueDate ? `${formatUkDate(cr.previousDueDate)} → ${formatUkDate(cr.proposedDueDate)}` : "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {cr.decidedByName}
                <br />
                {formatUkDate(cr.decidedAt)}
                {cr.meeting ? (
                  <>
                    <br />
                    <Link prefetch={false} href={meetingPath(slug, cr.meeting.id)} className={link}>
                      {cr.decidedBetweenMeetings ? "noted at the meeting of" : "at the meeting of"} {formatUkDate(cr.meeting.date)}
                    </Link>
                  </>
                ) : null}
              </td>
              <td className="px-3 py-2">
                {cr.decisionNote}
                {cr.provenance ? <span className="block text-xs text-slate-700 italic">{cr.provenance}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
