"use client";

// A client component on purpose: the page passes the plan as compact rows
// (lib/plan/tree-view.ts), so its React payload carries the plan's text once
// instead of a second rendered copy of every row.
import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { actionPath } from "@/lib/plan/paths";
import type { PlanActionView, PlanAreaView, PlanMilestoneView } from "@/lib/plan/tree-view";
import type { StatusLabels } from "@/lib/plan/status";
import { StatusBadge } from "@/components/ui/status-badge";

function MilestoneLine({ milestone }: { milestone: PlanMilestoneView }) {
  return (
    <li className="border-l-2 border-slate-300 pl-3">
      <p className="text-slate-900">{milestone.text}</p>
      <p className="mt-0.5 text-sm text-slate-700">
        <span className="font-medium">By when:</span> {milestone.when}
        {milestone.planText ? <span> (plan: “{milestone.planText}”)</span> : null}
        {milestone.progress ? <span> · {milestone.progress}</span> : null}
      </p>
    </li>
  );
}

function ActionRow({ action, labels, slug }: { action: PlanActionView; labels: StatusLabels; slug: string }) {
  return (
    <tr className="align-top" data-testid="plan-action">
      <th scope="row" className="py-3 pr-3 text-left font-mono text-sm font-semibold whitespace-nowrap text-slate-900">
        {action.code}
      </th>
      <td className="py-3 pr-3">
        <Link prefetch={false} href={actionPath(slug, action.id)} className="font-medium text-blue-900 underline-offset-2 hover:underline">
          {action.title}
        </Link>
        {action.conflict ? (
          <p className="mt-1 text-sm font-medium text-red-900" data-testid="conflict-marker">
            <span aria-hidden="true">⚠ </span>Status conflict: {action.conflict}
          </p>
        ) : null}
        {action.owed ? (
          <p className="mt-1 text-sm font-medium text-amber-900" data-testid="owed-marker">
            <span aria-hidden="true">◷ </span>
            {action.owed}
          </p>
        ) : null}
        {action.tags.length ? <p className="mt-1 text-xs text-slate-700">Tags: {action.tags.join(", ")}</p> : null}
        {action.milestones.length ? (
          <details className="mt-2">
            <summary className="cursor-pointer text-sm font-medium text-blue-800">
              {action.milestones.length} {action.milestones.length === 1 ? "milestone" : "milestones"}
              <span className="sr-only"> for action {action.code}</span>
            </summary>
            <ul className="mt-2 space-y-2">
              {action.milestones.map((m) => (
                <MilestoneLine key={m.id} milestone={m} />
              ))}
            </ul>
          </details>
        ) : null}
      </td>
      <td className="py-3 pr-3 text-sm text-slate-800">{action.lead}</td>
      <td className="py-3 pr-3 text-sm whitespace-nowrap text-slate-800">
        {action.due}
        {action.baseline ? <span className="block text-xs text-slate-700">Baseline {action.baseline}</span> : null}
        {action.daysLate > 0 ? (
          <span className="block text-xs font-semibold text-red-900" data-testid="slippage-marker">
            {action.daysLate} days late
          </span>
        ) : null}
      </td>
      <td className="py-3 pr-3">
        <StatusBadge status={action.reported} label={labels[action.reported]} prefix="Reported status" />
        {action.reportedAt ? <span className="mt-1 block text-xs text-slate-700">Updated {action.reportedAt}</span> : null}
      </td>
      <td className="py-3">
        <StatusBadge status={action.computed} label={labels[action.computed]} prefix="Computed status" />
      </td>
    </tr>
  );
}

const SUMMARY_ORDER = ["OFF_TRACK", "AT_RISK", "ON_TRACK", "COMPLETE", "NOT_DUE"] as const;

function AreaSummary({ area, labels }: { area: PlanAreaView; labels: StatusLabels }) {
  const { summary } = area;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-800" data-testid="area-summary">
      <StatusBadge status={summary.computed} label={labels[summary.computed]} prefix={`${area.code} computed`} />
      <span>
        {summary.actions} {summary.actions === 1 ? "action" : "actions"}:{" "}
        {SUMMARY_ORDER.filter((s) => summary.counts[s] > 0)
          .map((s) => `${summary.counts[s]} ${labels[s].toLowerCase()}`)
          .join(", ")}
      </span>
      {summary.conflicts ? (
        <span className="font-medium text-red-900">
          <span aria-hidden="true">⚠ </span>
          {summary.conflicts} status {summary.conflicts === 1 ? "conflict" : "conflicts"}
        </span>
      ) : null}
      <span className={summary.owed ? "font-medium text-amber-900" : ""}>
        {summary.owed ? (
          <>
            <span aria-hidden="true">◷ </span>
            {summary.owed}
          </>
        ) : (
          "No updates owed"
        )}
      </span>
    </div>
  );
}

export function PlanTreeView({ tree, labels, slug }: { tree: PlanAreaView[]; labels: StatusLabels; slug: string }) {
  return (
    <div className="space-y-6">
      {tree.map((area) => (
        <section
          key={area.id}
          id={`area-${area.code}`}
          aria-labelledby={`area-heading-${area.id}`}
          className="rounded-lg border border-slate-200 bg-white shadow-sm"
          data-testid="plan-area"
        >
          <div className={`px-5 py-4 ${area.expanded ? "border-b border-slate-200" : ""}`}>
            <p className="text-sm font-medium text-slate-700">
              {area.kind} · {area.code}
            </p>
            <h2 id={`area-heading-${area.id}`} className="mt-1 text-xl font-semibold text-slate-900">
              {area.title}
            </h2>
            <p className="mt-1 text-sm text-slate-800">
              <span className="font-medium">{area.leads.length > 1 ? "Priority leads:" : "Priority lead:"}</span> {area.leads.join("; ") || "—"}
            </p>
            {area.linkedAreas.length ? (
              <p className="mt-1 text-sm text-slate-800">
                <span className="font-medium">Also responds to:</span> {area.linkedAreas.map((linked) => `${linked.code} (${linked.title})`).join("; ")}
              </p>
            ) : null}
            <AreaSummary area={area} labels={labels} />
            <div className="mt-3 flex flex-wrap items-center gap-4">
              <Link
                prefetch={false}
                href={area.toggleHref}
                scroll={false}
                className="font-medium text-blue-800 underline underline-offset-2"
                aria-expanded={area.expanded}
                data-testid="area-toggle"
              >
                {area.expanded ? `Hide the actions of ${area.code}` : `Show the ${area.summary.actions} actions of ${area.code}`}
              </Link>
              {area.expanded ? (
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-blue-800">Inspection finding</summary>
                  <p className="mt-2 text-sm whitespace-pre-line text-slate-800">{area.finding}</p>
                  {area.linkedAreas.map((linked) => (
                    <p key={linked.id} className="mt-2 text-sm whitespace-pre-line text-slate-800">
                      <span className="font-medium">{linked.code}:</span> {linked.finding}
                    </p>
                  ))}
                </details>
              ) : null}
            </div>
          </div>
          {area.outcomes.map((outcome) => (
            <div key={outcome.id} className="px-5 py-4">
              <h3 className="text-base font-semibold text-slate-900">Desired outcome {outcome.code}</h3>
              <p className="mt-1 text-slate-800">{outcome.text}</p>
              <ScrollRegion labelledBy={`outcome-actions-${outcome.id}`} className="mt-3">
                <table className="w-full min-w-[860px] border-collapse">
                  <caption id={`outcome-actions-${outcome.id}`} className="sr-only">
                    Actions for outcome {outcome.code}
                  </caption>
                  <thead>
                    <tr className="border-b border-slate-300 text-left text-sm text-slate-700">
                      <th scope="col" className="py-2 pr-3 font-medium">
                        Code
                      </th>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        Action
                      </th>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        Lead
                      </th>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        Due
                      </th>
                      <th scope="col" className="py-2 pr-3 font-medium">
                        Reported
                      </th>
                      <th scope="col" className="py-2 font-medium">
                        Computed
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200">
                    {outcome.actions.map((action) => (
                      <ActionRow key={action.id} action={action} labels={labels} slug={slug} />
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
