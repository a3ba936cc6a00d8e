import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RaiseChangeRequestForm } from "@/components/changes/raise-change-request-form";
import { MilestoneOutcomeForm } from "@/components/plan/milestone-outcome-form";
import { RisksDueReview } from "@/components/risks/risks-due-review";
import { StatusUpdateForm } from "@/components/plan/status-update-form";
import { OwedReports } from "@/components/reports/owed-reports";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireMembership } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { daysBetween, formatUkDate } from "@/lib/dates/format";
import { occurrenceView, updateDue } from "@/lib/plan/compute";
import { getPlanSettings, listActionsForMember } from "@/lib/plan/queries";
import { listRisksDueForReview } from "@/lib/risks/queries";
import * as clock from "@/lib/clock";
import { actionInput, planSettings } from "@/lib/plan/view";
import { mayWriteReport } from "@/lib/reports/access";
import { reportsOwed } from "@/lib/reports/compute";
import { owedPeriod } from "@/lib/reports/period";
import { getReportsOverview } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "My updates" };

const WINDOWS = ["Due more than a month ago", "Due in the last month", "Coming up"] as const;

export default async function MyUpdatesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ reviewed?: string; changed?: string }> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  if (!can(member.role, "status.update")) notFound();
  const everything = member.role === "ADMIN";
  const today = clock.today();
  const owedMonth = owedPeriod(today);
  const [actions, settingsRow, reports, risksDue] = await Promise.all([
    listActionsForMember(member.partnershipId, member.membershipId, member.scope.areaIds, everything),
    getPlanSettings(member.partnershipId),
    can(member.role, "highlightReport.write") ? getReportsOverview(member.partnershipId, owedMonth, owedMonth) : null,
    can(member.role, "risks.edit") ? listRisksDueForReview(member.partnershipId, member.scope.areaIds, today, everything) : [],
  ]);
  const owedReports = reports
    ? reportsOwed(
        reports.areas.filter((a) => mayWriteReport(member.scope, a.areaId)).map((a) => ({ ...a, report: a.reports[0] ?? null })),
        owedMonth,
        reports.dueDay,
        today,
      )
    : [];
  const settings = planSettings(settingsRow);
  const due = actions
    .map((action) => {
      const rejected = action.changeRequests
        .filter((c) => c.state === "REJECTED" && c.decidedAt && (!action.reportedAt || c.decidedAt > action.reportedAt))
        .map((c) => c.decidedAt!)
        .sort((a, b) => b.getTime() - a.getTime())[0];
      const needed = updateDue(
        { ...actionInput(action), openChangeRequest: action.changeRequests.some((c) => c.state === "PENDING"), rejectedChangeRequestAt: rejected ?? null },
        today,
        settings,
      );
      return needed ? { action, needed } : null;
    })
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .sort((a, b) => a.needed.since.getTime() - b.needed.since.getTime());
  const base = `/p/${member.partnership.slug}`;
  // Grouped by area, then by how long the update has been due, so a long list reads as a few short ones.
  const windowOf = (since: Date) => (daysBetween(since, today) > 30 ? 0 : daysBetween(since, today) >= 0 ? 1 : 2);
  const areas = [...new Map(due.map(({ action }) => [action.priorityArea.code, action.priorityArea])).values()].sort((a, b) => a.position - b.position);
  const groups = areas.map((area) => {
    const items = due.filter(({ action }) => action.priorityArea.code === area.code);
    return { area, items, windows: WINDOWS.map((label, i) => ({ label, items: items.filter(({ needed }) => windowOf(needed.since) === i) })).filter((w) => w.items.length > 0) };
  });
  const openAll = due.length <= 8 || groups.length === 1;

  return (
    <div>
      <h1 className="text-2xl font-semibold text-slate-900">My updates</h1>
      <p className="mt-1 text-slate-700">
        {everything ? "Everything in the plan" : "Everything assigned to you"} that is due an update, by area and by how long it has been due, oldest first.{" "}
        {due.length === 0 ? "" : `${due.length} ${due.length === 1 ? "item needs" : "items need"} you.`}
      </p>
      <OwedReports slug={member.partnership.slug} owed={owedReports} />
      <RisksDueReview risks={risksDue} slug={member.partnership.slug} today={today} reviewed={query.reviewed} scoreChanged={query.changed === "1"} />
      {due.length === 0 ? (
        <p className="mt-6 rounded-md border border-green-700 bg-green-50 p-4 text-green-900">
          <span aria-hidden="true">✓ </span>Nothing is due from you. Every action you are answerable for has a current update.
        </p>
      ) : (
        <div className="mt-6 space-y-4">
          {groups.map(({ area, items, windows }) => (
            <details key={area.code} open={openAll || undefined} className="rounded-lg border border-slate-300 bg-slate-50 p-4" data-testid="my-updates-area">
              <summary className="cursor-pointer">
                <h2 className="inline text-lg font-semibold text-slate-900">
                  {area.code} · {area.title}
                </h2>
                <span className="ml-2 text-sm text-slate-800">
                  {items.length} {items.length === 1 ? "item" : "items"}: {windows.map((w) => `${w.items.length} ${w.label.toLowerCase()}`).join(", ")}
                </span>
              </summary>
              {windows.map((window) => (
                <section key={window.label} aria-label={`${area.code}: ${window.label}`} className="mt-4">
                  <h3 className="font-semibold text-slate-900">{window.label}</h3>
                  <ol className="mt-2 space-y-4">
          {window.items.map(({ action, needed }) => {
            const overdueOccurrences = action.milestones.flatMap((m) =>
              m.occurrences.filter((o) => occurrenceView(o, today, settings) === "OVERDUE").map((o) => ({ ...o, text: m.text })),
            );
            const needsChange = needed.reasons.some((r) => r.code === "OVERDUE_NO_CHANGE_REQUEST");
            return (
              <li key={action.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="my-update-item">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <h2 className="text-lg font-semibold text-slate-900">
                      <Link href={`${base}/plan/actions/${action.id}`} className="underline-offset-2 hover:underline">
                        <span className="font-mono">{action.code}</span> {action.title}
                      </Link>
                    </h2>
                    <p className="text-sm text-slate-700">
                      {action.priorityArea.code} · due {formatUkDate(action.currentDueDate)}
                      {action.currentDueDate.getTime() !== action.baselineDueDate.getTime() ? ` (baseline ${formatUkDate(action.baselineDueDate)})` : ""}
                    </p>
                  </div>
                  <StatusBadge status={action.reportedStatus} label={member.labels[action.reportedStatus]} prefix="Reported status" />
                </div>
                <ul className="mt-2 list-disc pl-5 text-sm text-slate-900">
                  {needed.reasons.map((reason) => (
                    <li key={reason.code}>{reason.text}</li>
                  ))}
                </ul>
                <StatusUpdateForm
                  slug={member.partnership.slug}
                  actionId={action.id}
                  version={action.version}
                  currentStatus={action.reportedStatus}
                  labels={member.labels}
                  idPrefix={`a-${action.id}-`}
                  summary={`Update ${action.code} now`}
                />
                {overdueOccurrences.length ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer font-medium text-blue-800">Record {overdueOccurrences.length} overdue milestone{overdueOccurrences.length === 1 ? "" : "s"}</summary>
                    <ul className="mt-2 max-w-2xl space-y-3">
                      {overdueOccurrences.slice(0, 6).map((o) => (
                        <li key={o.id}>
                          <p className="text-sm text-slate-900">{o.text}</p>
                          <MilestoneOutcomeForm slug={member.partnership.slug} occurrenceId={o.id} version={o.version} dueLabel={formatUkDate(o.dueDate)} />
                        </li>
                      ))}
                    </ul>
                    {overdueOccurrences.length > 6 ? (
                      <p className="mt-2 text-sm">
                        <Link href={`${base}/plan/actions/${action.id}`} className="text-blue-800 underline">
                          See all {overdueOccurrences.length} on the action page
                        </Link>
                      </p>
                    ) : null}
                  </details>
                ) : null}
                {needsChange ? (
                  <RaiseChangeRequestForm
                    slug={member.partnership.slug}
                    actionId={action.id}
                    milestones={[]}
                    idPrefix={`cr-${action.id}-`}
                    summary={`Raise a change request for ${action.code}`}
                  />
                ) : null}
              </li>
            );
          })}
                  </ol>
                </section>
              ))}
            </details>
          ))}
        </div>
      )}
    </div>
  );
}
