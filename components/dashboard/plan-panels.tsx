// The dashboard's views of the plan's detail: what has slipped, where a lead
// reports better than the data says, and the milestones coming up.
import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { DashboardModel } from "@/lib/dashboard/compute";
import { actionPath, planPath } from "@/lib/plan/paths";
import type { StatusLabels } from "@/lib/plan/status";
import { clipped, DrillLink, Panel } from "./panel";

export function SlippagePanel({ model, slug }: { model: DashboardModel; slug: string }) {
  const { totals } = model;
  return (
    <Panel id="slippage-heading" title="Slippage" action={<DrillLink href={planPath(slug, { due: "overdue" })}>All {totals.overdueActions} overdue actions</DrillLink>}>
      {model.slippage.actions.length === 0 ? (
        <p className="text-slate-700">No action is past its due date.</p>
      ) : (
        <ScrollRegion labelledBy="slippage-caption">
          <table className="w-full text-sm">
            <caption id="slippage-caption" className="sr-only">
              Actions past their due date, most overdue first
            </caption>
            <thead>
              <tr className="border-b border-slate-300 text-left text-slate-700">
                <th scope="col" className="py-1 pr-2 font-medium">
                  Action
                </th>
                <th scope="col" className="py-1 pr-2 font-medium">
                  Late
                </th>
                <th scope="col" className="py-1 font-medium">
                  Due (baseline)
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {model.slippage.actions.map((a) => (
                <tr key={a.id} className="align-top">
                  <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                    <Link prefetch={false} href={actionPath(slug, a.id)} className="text-blue-900 underline-offset-2 hover:underline">
                      <span className="font-mono font-semibold">{a.code}</span> {clipped(a.title)}
                    </Link>
                  </th>
                  <td className="py-1.5 pr-2 font-semibold whitespace-nowrap text-red-900">{a.daysLate} days</td>
                  <td className="py-1.5 sm:whitespace-nowrap">
                    {a.due}
                    {a.slippedDays > 0 ? (
                      <span className="block text-xs text-slate-700">
                        baseline {a.baseline} (+{a.slippedDays} days approved)
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <p className="mt-3 text-sm text-slate-800">
        {totals.overdueMilestones} milestone {totals.overdueMilestones === 1 ? "date has" : "dates have"} passed without being recorded as met or missed · {totals.approvedChanges}{" "}
        due {totals.approvedChanges === 1 ? "date" : "dates"} moved by approved change requests
      </p>
      {totals.noDueDate ? (
        <p className="mt-1 text-sm text-slate-800">
          <Link prefetch={false} href={planPath(slug, { due: "tbc" })} className="text-blue-900 underline underline-offset-2">
            {totals.noDueDate} {totals.noDueDate === 1 ? "action has" : "actions have"} no agreed due date
          </Link>{" "}
          (to be confirmed, so never counted as late)
        </p>
      ) : null}
    </Panel>
  );
}

export function ConflictsPanel({ model, labels, slug }: { model: DashboardModel; labels: StatusLabels; slug: string }) {
  return (
    <Panel
      id="conflicts-heading"
      title="Status conflicts: reported better than the data says"
      action={<DrillLink href={planPath(slug, { conflict: true })}>All {model.totals.conflicts}</DrillLink>}
    >
      {model.conflicts.length === 0 ? (
        <p className="text-slate-700">Every reported status agrees with the data.</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {model.conflicts.map((c) => (
            <li key={c.actionId} className="border-l-4 border-red-700 pl-3">
              <Link prefetch={false} href={actionPath(slug, c.actionId)} className="font-medium text-blue-900 underline-offset-2 hover:underline">
                <span className="font-mono">{c.code}</span> {clipped(c.title)}
              </Link>
              <span className="block text-slate-800">
                Reported “{labels[c.reported]}”, computed “{labels[c.computed]}”: {c.reason}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export function UpcomingPanel({ model, slug, upcomingDays }: { model: DashboardModel; slug: string; upcomingDays: number }) {
  return (
    <Panel
      id="upcoming-heading"
      title={`Milestones due in the next ${upcomingDays} days`}
      action={<DrillLink href={planPath(slug, { due: upcomingDays })}>Actions due in {upcomingDays} days</DrillLink>}
    >
      {model.upcoming.length === 0 ? (
        <p className="text-slate-700">No milestones fall due in the next {upcomingDays} days.</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {model.upcoming.map((m, i) => (
            <li key={`${m.actionId}-${i}`}>
              <span className="font-medium">{m.due}</span> <span className="text-slate-700">(in {m.inDays} days)</span> ·{" "}
              <Link prefetch={false} href={actionPath(slug, m.actionId)} className="text-blue-900 underline-offset-2 hover:underline">
                <span className="font-mono">{m.code}</span> {clipped(m.text, 90)}
              </Link>
            </li>
          ))}
          {model.upcomingTotal > model.upcoming.length ? <li className="text-slate-700">and {model.upcomingTotal - model.upcoming.length} more</li> : null}
        </ul>
      )}
    </Panel>
  );
}
