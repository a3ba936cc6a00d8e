import Link from "next/link";
import { RaiseChangeRequestForm } from "@/components/changes/raise-change-request-form";
import { ActionHistory, Provenance } from "@/components/plan/action-history";
import { ComputedStatusBlock, ConflictNote } from "@/components/plan/computed-status";
import { DueDateCorrectionForm } from "@/components/plan/due-date-correction-form";
import { MilestoneList } from "@/components/plan/milestone-list";
import { StatusUpdateForm } from "@/components/plan/status-update-form";
import { LinkedRisks } from "@/components/risks/linked-risks";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatUkDate } from "@/lib/dates/format";
import { DUE_DATE_TO_BE_CONFIRMED } from "@/lib/plan/due-date";
import { editActionPath, planPath } from "@/lib/plan/paths";
import type { StatusLabels } from "@/lib/plan/status";
import type { ActionPage } from "@/lib/plan/view";

/** An action's page (lib/plan/view.ts getActionPage): reported and computed status, due dates, milestones, risks, change requests and history. */
export function ActionScreen({ page, labels, slug, today }: { page: ActionPage; labels: StatusLabels; slug: string; today: Date }) {
  const { action, computed, conflict, slip, owed, nextUpdateBy, may } = page;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap gap-1 text-slate-700">
          <li>
            <Link prefetch={false} href={planPath(slug)} className="text-blue-800 underline underline-offset-2">
              Plan
            </Link>
            <span aria-hidden="true"> › </span>
          </li>
          <li>
            <Link prefetch={false} href={planPath(slug, { area: action.priorityArea.code })} className="text-blue-800 underline underline-offset-2">
              {action.priorityArea.code}
            </Link>
            <span aria-hidden="true"> › </span>
          </li>
          <li aria-current="page">Action {action.code}</li>
        </ol>
      </nav>

      <header>
        <p className="font-mono text-sm font-semibold text-slate-700">Action {action.code}</p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">{action.title}</h1>
        <p className="mt-1 text-slate-700">
          {action.priorityArea.title} · Outcome {action.outcome.code}
        </p>
      </header>

      <section aria-labelledby="status-heading" className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm md:grid-cols-3">
        <h2 id="status-heading" className="sr-only">
          Status and due date
        </h2>
        <div>
          <h3 className="text-sm font-medium text-slate-700">Reported by the lead</h3>
          <div className="mt-1">
            <StatusBadge status={action.reportedStatus} label={labels[action.reportedStatus]} prefix="Reported status" />
          </div>
          {action.reportedCommentary ? <p className="mt-2 text-sm text-slate-800">{action.reportedCommentary}</p> : null}
          <p className="mt-1 text-xs text-slate-700">{action.reportedAt ? `Updated ${formatUkDate(action.reportedAt)}` : "Never updated"}</p>
          {owed ? (
            <p className="mt-1 text-sm font-medium text-amber-900" data-testid="owed-marker">
              <span aria-hidden="true">◷ </span>
              {owed}
            </p>
          ) : nextUpdateBy ? (
            <p className="mt-1 text-xs text-slate-700">Next update due by {formatUkDate(nextUpdateBy)}</p>
          ) : null}
        </div>
        <div>
          <h3 className="text-sm font-medium text-slate-700">What the data says</h3>
          <div className="mt-1">
            <ComputedStatusBlock computed={computed} labels={labels} />
          </div>
        </div>
        <div>
          <h3 className="text-sm font-medium text-slate-700">Due</h3>
          {action.currentDueDate ? (
            <>
              <p className="mt-1 font-medium text-slate-900">{formatUkDate(action.currentDueDate)}</p>
              <p className="text-sm text-slate-700">
                Baseline {formatUkDate(action.baselineDueDate)}
                {slip.slippedDays > 0 ? ` · moved ${slip.slippedDays} days by approved change` : ""}
              </p>
            </>
          ) : (
            <>
              <p className="mt-1 font-medium text-slate-900">{DUE_DATE_TO_BE_CONFIRMED}</p>
              <p className="text-sm text-slate-700">
                No date is agreed yet, so the action is never counted as late.{" "}
                {may.setDueDate ? (
                  <Link prefetch={false} href={editActionPath(slug, action.id)} className="text-blue-800 underline underline-offset-2">
                    Set its first due date
                  </Link>
                ) : (
                  "The programme office or the area's lead sets it in the plan editor."
                )}
              </p>
            </>
          )}
          {slip.daysLate > 0 ? <p className="mt-1 text-sm font-semibold text-red-900">{slip.daysLate} days overdue</p> : null}
          {may.correctDates ? <DueDateCorrectionForm slug={slug} actionId={action.id} version={action.version} milestones={page.correctable} /> : null}
          <p className="mt-2 text-sm text-slate-800">
            <span className="font-medium">Lead:</span> {page.lead}
          </p>
          {page.assignees ? (
            <p className="text-sm text-slate-800">
              <span className="font-medium">Assigned:</span> {page.assignees}
            </p>
          ) : null}
          {action.tags.length ? <p className="text-sm text-slate-800">Tags: {action.tags.join(", ")}</p> : null}
        </div>
        {conflict ? (
          <div className="md:col-span-3">
            <ConflictNote conflict={conflict} labels={labels} />
          </div>
        ) : null}
      </section>

      {action.description ? (
        <section aria-labelledby="description-heading">
          <h2 id="description-heading" className="text-lg font-semibold">
            What we will do
          </h2>
          <p className="mt-1 whitespace-pre-line text-slate-800">{action.description}</p>
        </section>
      ) : null}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          {may.update ? (
            <section aria-labelledby="update-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h2 id="update-heading" className="text-lg font-semibold">
                Update status
              </h2>
              <div className="mt-3">
                <StatusUpdateForm slug={slug} actionId={action.id} version={action.version} currentStatus={action.reportedStatus} labels={labels} />
              </div>
            </section>
          ) : null}
          <MilestoneList slug={slug} milestones={action.milestones} mayRecord={may.update} today={today} settings={page.settings} />
        </div>
        <div className="space-y-6">
          <LinkedRisks risks={page.risks} slug={slug} today={today} />
          <section aria-labelledby="changes-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="changes-heading" className="text-lg font-semibold">
              Change requests
            </h2>
            {action.changeRequests.length === 0 ? <p className="mt-2 text-sm text-slate-700">None raised.</p> : null}
            <ul className="mt-2 space-y-3">
              {action.changeRequests.map((cr) => (
                <li key={cr.id} className="border-l-2 border-slate-300 pl-3 text-sm">
                  <p className="font-medium text-slate-900">
                    {cr.state === "PENDING" ? "Awaiting the board" : cr.state === "APPROVED" ? "Approved" : cr.state === "REJECTED" ? "Rejected" : "Withdrawn"}
                    {cr.milestone ? ` · milestone: ${cr.milestone.text.slice(0, 60)}` : ""}
                  </p>
                  {cr.proposedDueDate ? (
                    <p>
                      Due date {formatUkDate(cr.previousDueDate)} → {formatUkDate(cr.proposedDueDate)}
                    </p>
                  ) : null}
                  {cr.scopeChange ? <p>Scope: {cr.scopeChange}</p> : null}
                  <p>Reason: {cr.reason}</p>
                  <p className="text-slate-700">
                    Raised by {cr.requestedByName} on {formatUkDate(cr.createdAt)}
                    {cr.decidedAt ? ` · decided by ${cr.decidedByName} on ${formatUkDate(cr.decidedAt)}: ${cr.decisionNote}` : ""}
                  </p>
                  <Provenance text={cr.provenance} />
                </li>
              ))}
            </ul>
            {may.raiseChange ? (
              <RaiseChangeRequestForm slug={slug} actionId={action.id} milestones={page.changeable} summary="Raise a change request" noDueDate={!action.currentDueDate} />
            ) : null}
          </section>
          <ActionHistory action={action} labels={labels} />
        </div>
      </div>
    </div>
  );
}
