import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/ui/export-links";
import { notFound } from "next/navigation";
import { DecideChangeRequestForm } from "@/components/changes/decide-change-request-form";
import { SuccessNotice } from "@/components/ui/success-notice";
import { requireMembership } from "@/lib/auth/guards";
import { can, canOpenChangeRequests } from "@/lib/auth/permissions";
import { listChangeRequests } from "@/lib/changes/queries";
import { daysBetween, formatUkDate, formatUkDateTime } from "@/lib/dates/format";
import { MEETING_STATE_LABELS } from "@/lib/meetings/compute";
import { listDecisionMeetings } from "@/lib/meetings/queries";

export const metadata: Metadata = { title: "Change requests" };

export default async function ChangeRequestsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ decided?: string }>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  if (!canOpenChangeRequests(member.role)) notFound();
  const mayDecide = can(member.role, "changeRequest.decide");
  const [{ pending, decided }, meetingRows] = await Promise.all([
    listChangeRequests(member.partnershipId),
    mayDecide ? listDecisionMeetings(member.partnershipId) : Promise.resolve([]),
  ]);
  const meetings = meetingRows.map((m) => ({
    id: m.id,
    inProgress: m.state === "IN_PROGRESS",
    label: `${formatUkDateTime(m.date)} — ${m.board.name} (${MEETING_STATE_LABELS[m.state].toLowerCase()})`,
  }));
  const base = `/p/${member.partnership.slug}`;
  const justDecided = query.decided ? decided.find((cr) => cr.id === query.decided) : undefined;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Change requests</h1>
        <p className="mt-1 text-slate-700">
          Delays and scope changes go to the board. Approval moves the current due date; the baseline stays, so slippage is always visible.
        </p>
        <div className="mt-2">
          <ExportLinks slug={member.partnership.slug} register="change-requests" label="all change requests" />
        </div>
      </div>
      <div aria-live="polite">
        {justDecided ? (
          <SuccessNotice key={justDecided.id}>
            {justDecided.state === "APPROVED"
              ? `Approved. ${
                  justDecided.proposedDueDate
                    ? `${justDecided.action?.code}${justDecided.milestone ? " (milestone)" : ""} is now due ${formatUkDate(justDecided.proposedDueDate)}; the baseline stays.`
                    : `The scope change for ${justDecided.action?.code} is recorded.`
                }`
              : `Rejected. The request for ${justDecided.action?.code} goes back to its lead in My updates.`}
          </SuccessNotice>
        ) : null}
      </div>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="text-xl font-semibold">
          Awaiting decision ({pending.length})
        </h2>
        {pending.length === 0 ? <p className="mt-2 text-slate-700">Nothing is waiting for the board.</p> : null}
        <ul className="mt-3 space-y-4">
          {pending.map((cr) => {
            const delay = cr.proposedDueDate && cr.previousDueDate ? daysBetween(cr.previousDueDate, cr.proposedDueDate) : null;
            return (
              <li key={cr.id} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm lg:grid-cols-2" data-testid="pending-change-request">
                <div>
                  <h3 className="text-lg font-semibold">
                    <Link href={`${base}/plan/actions/${cr.action?.id}`} className="underline-offset-2 hover:underline">
                      <span className="font-mono">{cr.action?.code}</span> {cr.action?.title}
                    </Link>
                  </h3>
                  {cr.milestone ? <p className="text-sm text-slate-800">Milestone: {cr.milestone.text}</p> : null}
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                    {cr.proposedDueDate ? (
                      <>
                        <dt className="font-medium">Due date</dt>
                        <dd>
                          {formatUkDate(cr.previousDueDate)} → {formatUkDate(cr.proposedDueDate)}
                          {delay !== null ? ` (${delay >= 0 ? `${delay} days later` : `${-delay} days earlier`})` : ""}
                        </dd>
                        {cr.action && !cr.milestone ? (
                          <>
                            <dt className="font-medium">Baseline</dt>
                            <dd>{formatUkDate(cr.action.baselineDueDate)}</dd>
                          </>
                        ) : null}
                      </>
                    ) : null}
                    {cr.scopeChange ? (
                      <>
                        <dt className="font-medium">Scope change</dt>
                        <dd>{cr.scopeChange}</dd>
                      </>
                    ) : null}
                    <dt className="font-medium">Reason</dt>
                    <dd>{cr.reason}</dd>
                    <dt className="font-medium">Impact</dt>
                    <dd>{cr.impact}</dd>
                    <dt className="font-medium">Raised</dt>
                    <dd>
                      {cr.requestedByName}, {formatUkDate(cr.createdAt)}
                    </dd>
                  </dl>
                  {cr.provenance ? <p className="mt-2 text-xs text-slate-700 italic">{cr.provenance}</p> : null}
                </div>
                <div>
                  {mayDecide ? (
                    <DecideChangeRequestForm slug={member.partnership.slug} changeRequestId={cr.id} version={cr.version} code={cr.action?.code ?? ""} meetings={meetings} />
                  ) : (
                    <p className="text-sm text-slate-700">The board decides change requests at its meetings.</p>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="decided-heading">
        <h2 id="decided-heading" className="text-xl font-semibold">
          Decided
        </h2>
        {decided.length === 0 ? (
          <p className="mt-2 text-slate-700">No decisions yet.</p>
        ) : (
          <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
            <table className="w-full min-w-[760px] text-sm">
              <caption className="sr-only">Decided change requests, newest first</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="px-3 py-2 font-medium">Action</th>
                  <th scope="col" className="px-3 py-2 font-medium">Decision</th>
                  <th scope="col" className="px-3 py-2 font-medium">Due date</th>
                  <th scope="col" className="px-3 py-2 font-medium">Decided</th>
                  <th scope="col" className="px-3 py-2 font-medium">Note</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {decided.map((cr) => (
                  <tr key={cr.id} className="align-top">
                    <th scope="row" className="px-3 py-2 text-left font-normal">
                      <Link href={`${base}/plan/actions/${cr.action?.id}`} className="text-blue-800 underline underline-offset-2">
                        {cr.action?.code}
                      </Link>{" "}
                      {cr.action?.title}
                    </th>
                    <td className="px-3 py-2 font-medium">{cr.state === "APPROVED" ? "✓ Approved" : cr.state === "REJECTED" ? "✗ Rejected" : "Withdrawn"}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {cr.proposedDueDate ? `${formatUkDate(cr.previousDueDate)} → ${formatUkDate(cr.proposedDueDate)}` : "—"}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {cr.decidedByName}
                      <br />
                      {formatUkDate(cr.decidedAt)}
                      {cr.meeting ? (
                        <>
                          <br />
                          <Link href={`${base}/meetings/${cr.meeting.id}`} className="text-blue-800 underline underline-offset-2">
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
          </div>
        )}
      </section>
    </div>
  );
}

