import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RaiseChangeRequestForm } from "@/components/changes/raise-change-request-form";
import { ComputedStatusBlock, ConflictNote } from "@/components/plan/computed-status";
import { ActionHistory, Provenance } from "@/components/plan/action-history";
import { DueDateCorrectionForm } from "@/components/plan/due-date-correction-form";
import { MilestoneList } from "@/components/plan/milestone-list";
import { StatusUpdateForm } from "@/components/plan/status-update-form";
import { LinkedRisks } from "@/components/risks/linked-risks";
import { StatusBadge } from "@/components/ui/status-badge";
import { canReadLive, requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { formatUkDate } from "@/lib/dates/format";
import { computeActionStatus, owedBy, slippage, statusConflict, updateOwed } from "@/lib/plan/compute";
import { getActionDetail, getPlanSettings } from "@/lib/plan/queries";
import { listRisksForAction } from "@/lib/risks/queries";
import * as clock from "@/lib/clock";
import { actionInput, planSettings } from "@/lib/plan/view";

export const metadata: Metadata = { title: "Action" };

export default async function ActionPage({ params }: { params: Promise<{ slug: string; actionId: string }> }) {
  const { slug, actionId } = await params;
  const member = await requireMembership(slug);
  if (!canReadLive(member)) notFound();
  const [action, settingsRow, risks] = await Promise.all([
    getActionDetail(member.partnershipId, actionId),
    getPlanSettings(member.partnershipId),
    listRisksForAction(member.partnershipId, actionId),
  ]);
  if (!action) notFound();

  const today = clock.today();
  const settings = planSettings(settingsRow);
  const input = actionInput(action);
  const computed = computeActionStatus(input, today, settings);
  const owed = updateOwed(input, today, settings);
  const owing = owedBy({ leadName: action.lead?.user.name ?? null, leadRole: action.leadRole, assigneeNames: action.assignees.map((a) => a.membership.user.name) });
  const nextUpdateBy = action.reportedAt && action.reportedStatus !== "COMPLETE" ? new Date(action.reportedAt.getTime() + settings.reportingCadenceDays * 86_400_000) : null;
  const conflict = statusConflict(action.reportedStatus, computed);
  const slip = slippage(action, today);
  const item = {
    priorityAreaIds: [action.priorityArea.id],
    assignedMembershipIds: [...action.assignees.map((a) => a.membershipId), ...(action.leadMembershipId ? [action.leadMembershipId] : [])],
  };
  const mayUpdate = canOnItem(member.scope, "status.update", item);
  const mayRaise = can(member.role, "changeRequest.raise");
  const mayCorrect = can(member.role, "plan.correctDates");
  const labels = member.labels;
  const base = `/p/${member.partnership.slug}`;

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap gap-1 text-slate-700">
          <li>
            <Link href={`${base}/plan`} className="text-blue-800 underline underline-offset-2">
              Plan
            </Link>
            <span aria-hidden="true"> › </span>
          </li>
          <li>
            <Link href={`${base}/plan?area=${action.priorityArea.code}`} className="text-blue-800 underline underline-offset-2">
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

      <section aria-labelledby="status-heading" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm md:grid-cols-3">
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
              {owed.since ? `Update owed since ${formatUkDate(owed.since)}` : "Never updated"}
              {owing.length ? `, from ${owing.join("; ")}` : ""}
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
          <p className="mt-1 font-medium text-slate-900">{formatUkDate(action.currentDueDate)}</p>
          <p className="text-sm text-slate-700">
            Baseline {formatUkDate(action.baselineDueDate)}
            {slip.slippedDays > 0 ? ` · moved ${slip.slippedDays} days by approved change` : ""}
          </p>
          {slip.daysLate > 0 ? <p className="mt-1 text-sm font-semibold text-red-900">{slip.daysLate} days overdue</p> : null}
          {mayCorrect ? (
            <DueDateCorrectionForm
              slug={member.partnership.slug}
              actionId={action.id}
              version={action.version}
              milestones={action.milestones.filter((m) => !m.frequency && m.dueDate).map((m) => ({ id: m.id, label: `${m.text.slice(0, 60)} (due ${formatUkDate(m.dueDate)})` }))}
            />
          ) : null}
          <p className="mt-2 text-sm text-slate-800">
            <span className="font-medium">Lead:</span> {action.lead?.user.name ?? action.leadRole ?? "—"}
            {action.lead && action.leadRole ? ` (${action.leadRole})` : ""}
          </p>
          {action.assignees.length ? (
            <p className="text-sm text-slate-800">
              <span className="font-medium">Assigned:</span> {action.assignees.map((a) => a.membership.user.name).join(", ")}
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

      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          {mayUpdate ? (
            <section aria-labelledby="update-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h2 id="update-heading" className="text-lg font-semibold">
                Update status
              </h2>
              <div className="mt-3">
                <StatusUpdateForm slug={member.partnership.slug} actionId={action.id} version={action.version} currentStatus={action.reportedStatus} labels={labels} />
              </div>
            </section>
          ) : null}
          <MilestoneList slug={member.partnership.slug} milestones={action.milestones} mayRecord={mayUpdate} today={today} settings={settings} />
        </div>
        <div className="space-y-6">
          <LinkedRisks risks={risks} base={base} today={today} />
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
            {mayRaise ? (
              <RaiseChangeRequestForm
                slug={member.partnership.slug}
                actionId={action.id}
                milestones={action.milestones.filter((m) => !m.frequency).map((m) => ({ id: m.id, label: `${m.text.slice(0, 70)} (due ${formatUkDate(m.dueDate)})` }))}
                summary="Raise a change request"
              />
            ) : null}
          </section>
          <ActionHistory action={action} labels={labels} />
        </div>
      </div>
    </div>
  );
}
