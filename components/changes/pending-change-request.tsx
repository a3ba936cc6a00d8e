import Link from "next/link";
import type { DecisionMeeting, PendingChangeRequest } from "@/lib/changes/view";
import { formatUkDate } from "@/lib/dates/format";
import { actionPath } from "@/lib/plan/paths";
import { DecideChangeRequestForm } from "./decide-change-request-form";

/** A request awaiting the board: what it asks and why, beside the board's decision form (or a word on who decides). */
export function PendingChangeRequestCard({
  request: cr,
  slug,
  meetings,
  mayDecide,
}: {
  request: PendingChangeRequest;
  slug: string;
  meetings: DecisionMeeting[];
  mayDecide: boolean;
}) {
  return (
    <li className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm lg:grid-cols-2" data-testid="pending-change-request">
      <div>
        <h3 className="text-lg font-semibold">
          <Link prefetch={false} href={actionPath(slug, cr.action?.id ?? "")} className="underline-offset-2 hover:underline">
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
                {cr.shift !== null ? ` (${cr.shift})` : ""}
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
          <DecideChangeRequestForm slug={slug} changeRequestId={cr.id} version={cr.version} code={cr.action?.code ?? ""} meetings={meetings} />
        ) : (
          <p className="text-sm text-slate-700">The board decides change requests at its meetings.</p>
        )}
      </div>
    </li>
  );
}
