import Link from "next/link";
import { RaiseChangeRequestForm } from "@/components/changes/raise-change-request-form";
import { MilestoneOutcomeForm } from "@/components/plan/milestone-outcome-form";
import { StatusUpdateForm } from "@/components/plan/status-update-form";
import { OwedReports } from "@/components/reports/owed-reports";
import { RisksDueReview } from "@/components/risks/risks-due-review";
import { StatusBadge } from "@/components/ui/status-badge";
import { myEmailPath } from "@/lib/digests/paths";
import { OVERDUE_SHOWN, type DueUpdate } from "@/lib/plan/my-updates";
import { actionPath } from "@/lib/plan/paths";
import type { StatusLabels } from "@/lib/plan/status";
import type { MyUpdatesPage } from "@/lib/plan/view";
import { DUE_DATE_TO_BE_CONFIRMED } from "@/lib/plan/due-date";

function DueItem({ item, labels, slug }: { item: DueUpdate; labels: StatusLabels; slug: string }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="my-update-item">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold text-slate-900">
            <Link prefetch={false} href={actionPath(slug, item.id)} className="underline-offset-2 hover:underline">
              <span className="font-mono">{item.code}</span> {item.title}
            </Link>
          </h2>
          <p className="text-sm text-slate-700">
            {item.areaCode} · {item.due ? `due ${item.due}` : DUE_DATE_TO_BE_CONFIRMED.toLowerCase()}
            {item.baseline ? ` (baseline ${item.baseline})` : ""}
            {item.lead ? ` · led by ${item.lead}` : " · no lead"}
          </p>
        </div>
        <StatusBadge status={item.reported} label={labels[item.reported]} prefix="Reported status" />
      </div>
      <ul className="mt-2 list-disc pl-5 text-sm text-slate-900">
        {item.reasons.map((reason) => (
          <li key={reason.code}>{reason.text}</li>
        ))}
      </ul>
      <StatusUpdateForm
        slug={slug}
        actionId={item.id}
        version={item.version}
        currentStatus={item.reported}
        labels={labels}
        idPrefix={`a-${item.id}-`}
        summary={`Update ${item.code} now`}
      />
      {item.overdue.length ? (
        <details className="mt-2">
          <summary className="cursor-pointer font-medium text-blue-800">
            Record {item.overdue.length} overdue milestone{item.overdue.length === 1 ? "" : "s"}
          </summary>
          <ul className="mt-2 max-w-2xl space-y-3">
            {item.overdue.slice(0, OVERDUE_SHOWN).map((o) => (
              <li key={o.id}>
                <p className="text-sm text-slate-900">{o.text}</p>
                <MilestoneOutcomeForm slug={slug} occurrenceId={o.id} version={o.version} dueLabel={o.due} />
              </li>
            ))}
          </ul>
          {item.overdue.length > OVERDUE_SHOWN ? (
            <p className="mt-2 text-sm">
              <Link prefetch={false} href={actionPath(slug, item.id)} className="text-blue-800 underline">
                See all {item.overdue.length} on the action page
              </Link>
            </p>
          ) : null}
        </details>
      ) : null}
      {item.needsChangeRequest ? (
        <RaiseChangeRequestForm slug={slug} actionId={item.id} milestones={[]} idPrefix={`cr-${item.id}-`} summary={`Raise a change request for ${item.code}`} />
      ) : null}
    </li>
  );
}

/** My updates (lib/plan/view.ts getMyUpdatesPage): what is due from the member, by area and by how long it has been due, oldest first. */
export function MyUpdatesScreen({
  page,
  labels,
  slug,
  today,
  notices,
}: {
  page: MyUpdatesPage;
  labels: StatusLabels;
  slug: string;
  today: Date;
  /** After a risk review: the risk's code, and whether its scores changed. */
  notices: { reviewed?: string; scoreChanged: boolean };
}) {
  const { updates } = page;
  return (
    <div>
      <h1 className="text-2xl font-semibold text-slate-900">My updates</h1>
      <p className="mt-1 text-slate-700">
        {page.everything ? "Everything in the plan" : "Everything assigned to you"} that is due an update, by area and by how long it has been due, oldest first.{" "}
        {updates.count === 0 ? "" : `${updates.count} ${updates.count === 1 ? "item needs" : "items need"} you.`}{" "}
        <Link prefetch={false} href={myEmailPath(slug)} className="text-blue-800 underline">
          Email reminders
        </Link>
      </p>
      <OwedReports slug={slug} owed={page.owedReports} />
      <RisksDueReview risks={page.risksDue} slug={slug} today={today} reviewed={notices.reviewed} scoreChanged={notices.scoreChanged} />
      {updates.count === 0 ? (
        <p className="mt-6 rounded-md border border-green-700 bg-green-50 p-4 text-green-900">
          <span aria-hidden="true">✓ </span>Nothing is due from you. Every action you are answerable for has a current update.
        </p>
      ) : (
        <div className="mt-6 space-y-4">
          {updates.groups.map(({ area, count, windows }) => (
            <details key={area.code} open={updates.openAll || undefined} className="rounded-lg border border-slate-300 bg-slate-50 p-4" data-testid="my-updates-area">
              <summary className="cursor-pointer">
                <h2 className="inline text-lg font-semibold text-slate-900">
                  {area.code} · {area.title}
                </h2>
                <span className="ml-2 text-sm text-slate-800">
                  {count} {count === 1 ? "item" : "items"}: {windows.map((w) => `${w.items.length} ${w.label.toLowerCase()}`).join(", ")}
                </span>
              </summary>
              {windows.map((window) => (
                <section key={window.label} aria-label={`${area.code}: ${window.label}`} className="mt-4">
                  <h3 className="font-semibold text-slate-900">{window.label}</h3>
                  <ol className="mt-2 space-y-4">
                    {window.items.map((item) => (
                      <DueItem key={item.id} item={item} labels={labels} slug={slug} />
                    ))}
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
